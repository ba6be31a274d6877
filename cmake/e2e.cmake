# The browser end-to-end test of the generated site: tests/e2e/run.mjs builds
# the example site with the shnor binary and checks it in Debian's chromium
# (playwright-core), with html-validate and axe-core. Needs node, chromium
# and tests/e2e/node_modules, all installed by `scripts/deps.sh test` (which
# `make test` runs first).
#
# The test is always registered, so it can never silently disappear: when
# something is missing at configure time it runs this file in script mode,
# which checks again at test time (deps may have been installed since) and
# either runs the test or fails with a message saying what to install.

set(_e2e_chromium /usr/bin/chromium)

if(CMAKE_SCRIPT_MODE_FILE)
  # cmake -DE2E_DIR=... -DSHNOR=... -DCONTENT=... -DWORK=... -P e2e.cmake
  find_program(_e2e_node node)
  set(_e2e_missing "")
  if(NOT _e2e_node)
    list(APPEND _e2e_missing "node")
  endif()
  if(NOT EXISTS ${_e2e_chromium})
    list(APPEND _e2e_missing "${_e2e_chromium}")
  endif()
  if(NOT EXISTS ${E2E_DIR}/node_modules/playwright-core)
    list(APPEND _e2e_missing "tests/e2e/node_modules")
  endif()
  if(_e2e_missing)
    string(REPLACE ";" ", " _e2e_missing "${_e2e_missing}")
    message(FATAL_ERROR "e2e_site: missing ${_e2e_missing}. "
      "Run `scripts/deps.sh test` (apt: chromium, nodejs, npm; `npm ci` in tests/e2e).")
  endif()
  execute_process(COMMAND ${_e2e_node} ${E2E_DIR}/run.mjs ${SHNOR} ${CONTENT} ${WORK}
    RESULT_VARIABLE _e2e_rc)
  if(NOT _e2e_rc EQUAL 0)
    message(FATAL_ERROR "e2e_site failed (exit ${_e2e_rc})")
  endif()
  return()
endif()

set(_e2e_dir ${CMAKE_SOURCE_DIR}/tests/e2e)
set(_e2e_work ${CMAKE_CURRENT_BINARY_DIR}/e2e)
find_program(SHNOR_NODE node)
if(SHNOR_NODE AND EXISTS ${_e2e_chromium} AND EXISTS ${_e2e_dir}/node_modules/playwright-core)
  add_test(NAME e2e_site
    COMMAND ${SHNOR_NODE} ${_e2e_dir}/run.mjs $<TARGET_FILE:shnor> ${CMAKE_SOURCE_DIR}/content ${_e2e_work})
else()
  message(STATUS "e2e_site: node, chromium or tests/e2e/node_modules missing; "
    "the test will fail until `scripts/deps.sh test` installs them")
  add_test(NAME e2e_site
    COMMAND ${CMAKE_COMMAND} -DE2E_DIR=${_e2e_dir} -DSHNOR=$<TARGET_FILE:shnor>
      -DCONTENT=${CMAKE_SOURCE_DIR}/content -DWORK=${_e2e_work}
      -P ${CMAKE_CURRENT_LIST_FILE})
endif()
set_tests_properties(e2e_site PROPERTIES TIMEOUT 600 LABELS e2e)
