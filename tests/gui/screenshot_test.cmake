# Runs a scenario in the GUI under Xvfb to take a screenshot, then checks the PNG. Invoked by
# CTest with -DXVFB_RUN -DINTERLEAVE -DCHECKER -DSCENARIO -DOUT [-DLANG=zh] [-DSCHEDULE=1]
# [-DEXECUTOR=native]. EXECUTOR: the run goes on real threads and processes, --run-for 2 real
# seconds (the scenario ends well before).
# SCHEDULE: `interleave explore --out` finds a failing schedule first (the same file for the
# same seed, and never stale: it is made from the script as it is now), and the window opens it
# walked to its last step, where the run fails.
file(REMOVE ${OUT})
set(lang_env)
if(DEFINED LANG)
  set(lang_env ${CMAKE_COMMAND} -E env INTERLEAVE_LANG=${LANG})
endif()
set(run_args --run-for 2)
if(DEFINED EXECUTOR)
  list(APPEND run_args --executor ${EXECUTOR})
endif()
if(SCHEDULE)
  set(schedule_file ${OUT}.schedule.json)
  file(REMOVE ${schedule_file})
  execute_process(COMMAND ${INTERLEAVE} explore ${SCENARIO} --seed 0 --out ${schedule_file}
                  OUTPUT_QUIET RESULT_VARIABLE explore_result)
  if(NOT EXISTS ${schedule_file})
    message(FATAL_ERROR "interleave explore found no failing schedule (exit ${explore_result})")
  endif()
  file(READ ${schedule_file} schedule_json)
  string(JSON steps LENGTH "${schedule_json}" choices)
  message(STATUS "schedule: ${steps} steps")
  set(run_args --schedule ${schedule_file} --schedule-step ${steps})
endif()
execute_process(
  COMMAND ${lang_env} ${XVFB_RUN} -a -s "-screen 0 1600x1000x24"
          ${INTERLEAVE} gui ${SCENARIO} --screenshot ${OUT} --size 1280x800 ${run_args}
  RESULT_VARIABLE gui_result)
if(NOT gui_result EQUAL 0)
  message(FATAL_ERROR "interleave gui --screenshot exited with ${gui_result}")
endif()
if(NOT EXISTS ${OUT})
  message(FATAL_ERROR "interleave gui --screenshot wrote no ${OUT}")
endif()
execute_process(COMMAND ${CHECKER} ${OUT} 1280 800 RESULT_VARIABLE check_result)
if(NOT check_result EQUAL 0)
  message(FATAL_ERROR "the screenshot check failed (${check_result})")
endif()
