# Differential tests against CPython: every NNN_topic.py in a folder must print exactly NAME.out and
# exit as NAME.exit says (the folder's run_one.sh checks one program), and the checked-in
# expectations must be what CPython 3.11 prints (the folder's regen.sh --check proves it).
include_guard(GLOBAL)

find_program(IL_BASH bash REQUIRED)

# python3's version, read once for every folder: the expectation check needs exactly 3.11.
find_program(IL_PYTHON3 python3)
set(IL_PYTHON3_VERSION "")
if(IL_PYTHON3)
  execute_process(COMMAND ${IL_PYTHON3} --version
                  OUTPUT_VARIABLE IL_PYTHON3_VERSION ERROR_VARIABLE IL_PYTHON3_VERSION
                  OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE _il_python3_rc)
  if(NOT _il_python3_rc EQUAL 0)
    set(IL_PYTHON3_VERSION "")
  endif()
endif()
if(IL_PYTHON3_VERSION STREQUAL "")
  set(IL_PYTHON3_VERSION "no python3 found")
endif()
# The guard runs this file once, in the first includer's scope: the cache makes the result seen by
# every folder (rewritten on each configure, so a changed python3 is noticed).
set(IL_PYTHON3_VERSION "${IL_PYTHON3_VERSION}" CACHE INTERNAL "python3 --version, for the differential checks")

# il_differential_tests(PREFIX name TIMEOUT s CHECK_TIMEOUT s [RUN_ONE_TIMEOUT s] [NATIVE]
#                       [NATIVE_SKIP name...])
# registers PREFIX.<NAME> for each program of the calling folder, run with the `interleave`
# target, and PREFIX.expected_files_match_python3 when python3 is 3.11. RUN_ONE_TIMEOUT, when
# given, is the folder's run_one.sh bound on one run (it must stay below TIMEOUT). NATIVE also
# registers PREFIX_native.<NAME>: the same program on the native executor (real OS threads)
# must print the same, except the NATIVE_SKIP programs (what the native executor cannot run yet).
function(il_differential_tests)
  cmake_parse_arguments(D "NATIVE" "PREFIX;TIMEOUT;CHECK_TIMEOUT;RUN_ONE_TIMEOUT" "NATIVE_SKIP" ${ARGN})
  set(dir ${CMAKE_CURRENT_SOURCE_DIR})
  file(GLOB programs CONFIGURE_DEPENDS ${dir}/[0-9]*.py)
  list(SORT programs)

  if(TARGET interleave)
    foreach(program IN LISTS programs)
      get_filename_component(name ${program} NAME_WE)
      add_test(NAME ${D_PREFIX}.${name}
               COMMAND ${IL_BASH} ${dir}/run_one.sh $<TARGET_FILE:interleave> ${name}.py
               WORKING_DIRECTORY ${dir})
      set_tests_properties(${D_PREFIX}.${name} PROPERTIES TIMEOUT ${D_TIMEOUT} LABELS ${D_PREFIX})
      if(D_RUN_ONE_TIMEOUT)
        set_tests_properties(${D_PREFIX}.${name} PROPERTIES
                             ENVIRONMENT "RUN_ONE_TIMEOUT=${D_RUN_ONE_TIMEOUT}")
      endif()
      if(D_NATIVE AND NOT name IN_LIST D_NATIVE_SKIP)
        add_test(NAME ${D_PREFIX}_native.${name}
                 COMMAND ${IL_BASH} ${dir}/run_one.sh $<TARGET_FILE:interleave> ${name}.py
                 WORKING_DIRECTORY ${dir})
        set(env "RUN_ARGS=--executor native")
        if(D_RUN_ONE_TIMEOUT)
          list(APPEND env "RUN_ONE_TIMEOUT=${D_RUN_ONE_TIMEOUT}")
        endif()
        set_tests_properties(${D_PREFIX}_native.${name} PROPERTIES TIMEOUT ${D_TIMEOUT}
                             LABELS "${D_PREFIX};native" ENVIRONMENT "${env}")
      endif()
    endforeach()
  else()
    message(STATUS "tests/${D_PREFIX}: no 'interleave' target; the ${D_PREFIX}.* tests are not registered")
  endif()

  if(IL_PYTHON3_VERSION MATCHES "^Python 3\\.11\\.")
    add_test(NAME ${D_PREFIX}.expected_files_match_python3
             COMMAND ${IL_BASH} ${dir}/regen.sh --check ${CMAKE_CURRENT_BINARY_DIR}/python3_expected)
    set_tests_properties(${D_PREFIX}.expected_files_match_python3 PROPERTIES
                         TIMEOUT ${D_CHECK_TIMEOUT} LABELS ${D_PREFIX}
                         ENVIRONMENT "PYTHON=${IL_PYTHON3}")
  else()
    message(STATUS "tests/${D_PREFIX}: python3 is not 3.11 (${IL_PYTHON3_VERSION}); "
                   "${D_PREFIX}.expected_files_match_python3 is not registered")
  endif()
endfunction()
