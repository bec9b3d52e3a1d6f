# Runs a scenario in the GUI under Xvfb to take a screenshot, then checks the PNG. Invoked by
# CTest with -DXVFB_RUN -DINTERLEAVE -DCHECKER -DSCENARIO -DOUT [-DLANG=zh].
file(REMOVE ${OUT})
set(lang_env)
if(DEFINED LANG)
  set(lang_env ${CMAKE_COMMAND} -E env INTERLEAVE_LANG=${LANG})
endif()
execute_process(
  COMMAND ${lang_env} ${XVFB_RUN} -a -s "-screen 0 1600x1000x24"
          ${INTERLEAVE} gui ${SCENARIO} --screenshot ${OUT} --size 1280x800 --run-for 2
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
