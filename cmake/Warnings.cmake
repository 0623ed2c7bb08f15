# One place for compiler flags: strict warnings as errors and no exceptions on every target, the same for g++,
# clang and em++.
function(rift_setup_compiler_flags target)
  target_compile_features(${target} PUBLIC cxx_std_20)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused -Woverloaded-virtual
    -Wnull-dereference -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough
    -Werror
    # Nothing in Rift throws or catches: errors are values (LoadResult, messages with their place). Without
    # exceptions nlohmann/json's throw sites (and their message building) drop out; a broken invariant aborts.
    -fno-exceptions)
  target_compile_definitions(${target} PRIVATE JSON_NOEXCEPTION)
endfunction()
