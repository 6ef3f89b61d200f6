# ctest script: the CLI run with ARGS must exit with EXPECT_RC and print a line that starts with
# EXPECT (on stdout or stderr), and one that starts with EXPECT2 when given.
#   -DCLI=path -DARGS="controleer|file.csv" -DEXPECT_RC=0|1|2 -DEXPECT="file, rij 3, kolom 1: ..."
#   [-DEXPECT2="..."]
#   [-DSPARSE=path -DSPARSE_SIZE=1G]: first make `path` a sparse file of that size (truncate -s):
#   a file as large as the test needs, written in no time and taking no disk.
if(DEFINED SPARSE)
  file(REMOVE "${SPARSE}")
  execute_process(COMMAND truncate -s "${SPARSE_SIZE}" "${SPARSE}" RESULT_VARIABLE made)
  if(NOT made EQUAL 0)
    message(FATAL_ERROR "truncate -s ${SPARSE_SIZE} ${SPARSE} failed")
  endif()
endif()
string(REPLACE "|" ";" args "${ARGS}")
execute_process(COMMAND "${CLI}" ${args} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
if(DEFINED SPARSE)
  file(REMOVE "${SPARSE}")
endif()
if(NOT rc EQUAL EXPECT_RC)
  message(FATAL_ERROR "exit ${rc}, expected ${EXPECT_RC}:\n${out}${err}")
endif()
foreach(expected IN ITEMS "${EXPECT}" "${EXPECT2}")
  if(expected STREQUAL "")
    continue()
  endif()
  string(FIND "\n${out}\n${err}" "\n${expected}" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "no line starts with:\n  ${expected}\nin:\n${out}${err}")
  endif()
endforeach()
