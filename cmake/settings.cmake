# One INTERFACE target carries the warning and sanitizer flags; every project target links it,
# so third-party code is never compiled with -Werror.
add_library(interleave_settings INTERFACE)
target_compile_options(interleave_settings INTERFACE
  -Wall -Wextra -Werror -Wno-unused-parameter)
# GCC 12 at -O2/-O3 reports false -Wrestrict overlaps inside libstdc++'s std::string
# (GCC bug 105329, fixed in GCC 13); it fires on ordinary string assignments and inserts.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(interleave_settings INTERFACE -Wno-restrict)
endif()
# Every symbol is bound when the program starts: a native run's forked child would otherwise
# resolve each library call it makes first on its own, writing to a copy-on-write page each time.
target_link_options(interleave_settings INTERFACE -Wl,-z,now)

set(_sanitizers "")
if(INTERLEAVE_ASAN)
  list(APPEND _sanitizers address)
endif()
if(INTERLEAVE_UBSAN)
  list(APPEND _sanitizers undefined)
endif()
if(INTERLEAVE_TSAN)
  list(APPEND _sanitizers thread)
endif()
if(INTERLEAVE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "INTERLEAVE_FUZZ needs clang (libFuzzer): configure with CMAKE_CXX_COMPILER=clang++")
  endif()
  # Coverage instrumentation for libFuzzer without its main(); the fuzz executables add
  # -fsanitize=fuzzer at link time (tests/fuzz/CMakeLists.txt).
  target_compile_options(interleave_settings INTERFACE -fsanitize=fuzzer-no-link)
  list(APPEND _sanitizers address undefined)
  list(REMOVE_DUPLICATES _sanitizers)
endif()
if(_sanitizers)
  list(JOIN _sanitizers "," _san)
  target_compile_options(interleave_settings INTERFACE -fsanitize=${_san} -fno-omit-frame-pointer
    -fno-sanitize-recover=all)
  target_link_options(interleave_settings INTERFACE -fsanitize=${_san})
endif()

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
  set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
endif()
