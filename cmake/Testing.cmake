# Flags for the test files alone, after the build's own: scripts/reliability.sh passes -O0, which halves their
# compile time under the sanitizers (441 of the 817 CPU seconds of build/sanitize went to the test files at -O1),
# while the code they test keeps the build's optimisation.
set(RIFT_TEST_CXX_FLAGS "" CACHE STRING "Extra compiler flags for the GoogleTest files (e.g. -O0)")

# One helper registers a GoogleTest file: rift_add_test(core/date) -> ctest names "core/Date.*".
function(rift_add_test path)
  # rift_add_test(ui/soak rift_ui COST 500): libraries to link, and optionally the tests' cost, which CTest runs in
  # descending order on a fresh build (long tests first, beside the browser tests, instead of last).
  cmake_parse_arguments(ARG "" "COST" "" ${ARGN})
  get_filename_component(name ${path} NAME)
  set(target test_${name})
  add_executable(${target} ${PROJECT_SOURCE_DIR}/tests/${path}_test.cpp)
  rift_setup_compiler_flags(${target})
  if(RIFT_TEST_CXX_FLAGS)
    separate_arguments(test_flags UNIX_COMMAND "${RIFT_TEST_CXX_FLAGS}")
    target_compile_options(${target} PRIVATE ${test_flags})
  endif()
  target_link_libraries(${target} PRIVATE ${ARG_UNPARSED_ARGUMENTS} GTest::gtest GTest::gtest_main)
  target_compile_definitions(${target} PRIVATE RIFT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  if(ARG_COST)
    gtest_discover_tests(${target} TEST_PREFIX "${path}/" DISCOVERY_TIMEOUT 60 PROPERTIES COST ${ARG_COST})
  else()
    gtest_discover_tests(${target} TEST_PREFIX "${path}/" DISCOVERY_TIMEOUT 60)
  endif()
endfunction()
