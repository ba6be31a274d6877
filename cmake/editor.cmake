# The editor test: tests/editor/run.mjs puts the schemas exported by shnor,
# mapped as docs/guide/editor.md tells users, into the real
# yaml-language-server (pinned by tests/editor/package-lock.json, installed by
# `scripts/deps.sh test`) and checks a diagnostic and an enum completion.
#
# Run in script mode at test time, so that node installed after configuring
# is found. Without node the test prints a SHNOR-SKIP line and CTest reports
# it as skipped; with node but without the npm packages it fails, saying
# what to run.

if(CMAKE_SCRIPT_MODE_FILE)
  # cmake -DEDITOR_DIR=... -DSHNOR=... -DCONTENT=... -DWORK=... -P editor.cmake
  find_program(_editor_node node)
  if(NOT _editor_node)
    message("SHNOR-SKIP: editor_yaml needs node (Debian package nodejs, installed by "
      "`scripts/deps.sh test`)")
    return()
  endif()
  execute_process(COMMAND ${_editor_node} ${EDITOR_DIR}/run.mjs ${SHNOR} ${CONTENT} ${WORK}
    RESULT_VARIABLE _editor_rc)
  if(NOT _editor_rc EQUAL 0)
    message(FATAL_ERROR "editor_yaml failed (exit ${_editor_rc})")
  endif()
  return()
endif()

add_test(NAME editor_yaml
  COMMAND ${CMAKE_COMMAND} -DEDITOR_DIR=${CMAKE_SOURCE_DIR}/tests/editor -DSHNOR=$<TARGET_FILE:shnor>
    -DCONTENT=${CMAKE_SOURCE_DIR}/content -DWORK=${CMAKE_CURRENT_BINARY_DIR}/editor
    -P ${CMAKE_CURRENT_LIST_FILE})
set_tests_properties(editor_yaml PROPERTIES TIMEOUT 120 LABELS editor
  SKIP_REGULAR_EXPRESSION "SHNOR-SKIP:")
