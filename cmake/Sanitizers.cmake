# One switch for sanitizers on every target: -DRIFT_SANITIZE=address,undefined (g++ or clang).
# Any report aborts the process (-fno-sanitize-recover), so a test that triggers one fails.
set(RIFT_SANITIZE "" CACHE STRING "Sanitizers for every target, e.g. address,undefined (empty: none)")
if(RIFT_SANITIZE)
  if(EMSCRIPTEN)
    message(FATAL_ERROR "RIFT_SANITIZE is for native builds")
  endif()
  add_compile_options(-fsanitize=${RIFT_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=${RIFT_SANITIZE})
endif()
