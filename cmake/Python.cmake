# Finding a Python 3 with the modules a build step or test needs.
# The first Python 3 that can import `modules` (the first python3 on PATH may be another one without Debian's
# packages, e.g. pyenv's), cached in `var`; `what` says what it is for. Without one, `missing` decides: FATAL_ERROR
# stops the configuration, WARNING falls back to the first python3 (whose tests then fail and say why).
function(rift_find_python var modules what missing)
  if(${var})
    return()
  endif()
  foreach(candidate ${Python3_EXECUTABLE} /usr/bin/python3)
    execute_process(COMMAND ${candidate} -c "import ${modules}" RESULT_VARIABLE found OUTPUT_QUIET ERROR_QUIET)
    if(found EQUAL 0)
      set(${var} ${candidate} CACHE FILEPATH "${what}")
      return()
    endif()
  endforeach()
  message(${missing} "No Python 3 that can import ${modules} (scripts/setup.sh installs it): ${what}")
  set(${var} ${Python3_EXECUTABLE} PARENT_SCOPE)
endfunction()
