# cmake -DSUITES=<cache value> -P testsuites_note.cmake (run by CTest after the
# tests, see CTestCustom.cmake.in). Prints one line when a suite is missing;
# the test binary decides the same way (tests/support/testsuites.cpp).
if(DEFINED ENV{SHNOR_TESTSUITES} AND NOT "$ENV{SHNOR_TESTSUITES}" STREQUAL "")
  set(SUITES "$ENV{SHNOR_TESTSUITES}")
endif()
set(_missing "")
foreach(_suite json-schema-test-suite mustache-spec)
  if(NOT IS_DIRECTORY "${SUITES}/${_suite}")
    list(APPEND _missing ${_suite})
  endif()
endforeach()
if(_missing)
  string(REPLACE ";" ", " _missing "${_missing}")
  message("NOTE: tests of the external test suites were skipped: ${_missing} not found in "
    "${SUITES}. Point SHNOR_TESTSUITES (environment or -DSHNOR_TESTSUITES=...) at the "
    "folder holding them (CI has it at ../shared/testsuites).")
endif()
