# ctest script: the CLI run with ARGS must exit with EXPECT_RC and print a line that starts with
# EXPECT (on stdout or stderr).
#   -DCLI=path -DARGS="controleer|file.csv" -DEXPECT_RC=0|1|2 -DEXPECT="file, rij 3, kolom 1: ..."
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND "${CLI}" ${args} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(NOT rc EQUAL EXPECT_RC)
  message(FATAL_ERROR "exit ${rc}, expected ${EXPECT_RC}:\n${out}${err}")
endif()
string(FIND "\n${out}\n${err}" "\n${EXPECT}" found)
if(found EQUAL -1)
  message(FATAL_ERROR "no line starts with:\n  ${EXPECT}\nin:\n${out}${err}")
endif()
