# The test suite (SHNOR_TESTS=ON; `make test` turns it on, `make site` leaves
# it off so that building the tool never needs the test-only packages).
find_package(Catch2 2 QUIET)  # Debian bookworm ships 2.13 (header-only)
if(NOT Catch2_FOUND)
  message(FATAL_ERROR "SHNOR_TESTS=ON needs Catch2 (Debian package catch2): run `make test`, "
    "which installs the test packages (scripts/deps.sh test), or configure with -DSHNOR_TESTS=OFF")
endif()
include(CTest)
include(Catch)

# The one setting for the external test suites (JSON Schema Test Suite,
# Mustache spec): the environment variable SHNOR_TESTSUITES, which also gives
# this cache variable its first value. Tests that need a missing suite print
# a line starting with SHNOR-SKIP (tests/support/testsuites.cpp) and CTest
# reports them as skipped.
if(DEFINED ENV{SHNOR_TESTSUITES} AND NOT "$ENV{SHNOR_TESTSUITES}" STREQUAL "")
  set(_suites_default "$ENV{SHNOR_TESTSUITES}")
else()
  get_filename_component(_suites_default "${CMAKE_SOURCE_DIR}/../shared/testsuites" ABSOLUTE)
endif()
set(SHNOR_TESTSUITES "${_suites_default}" CACHE PATH
  "Folder of the external test suites (json-schema-test-suite/, mustache-spec/)")
if(NOT IS_DIRECTORY "${SHNOR_TESTSUITES}")
  message(STATUS "External test suites not found at ${SHNOR_TESTSUITES}: their tests will be "
    "skipped. Point SHNOR_TESTSUITES (environment or -DSHNOR_TESTSUITES=...) at them.")
endif()

file(GLOB_RECURSE SHNOR_TEST_SOURCES CONFIGURE_DEPENDS tests/*.cpp)
list(FILTER SHNOR_TEST_SOURCES EXCLUDE REGEX "/tests/bench/")
add_executable(shnor_tests ${SHNOR_TEST_SOURCES} ${SHNOR_GEN_SOURCES} tests/bench/gen_test.cpp)
# Fixtures build model structs by aggregate initialisation, naming only the
# fields a test is about.
target_compile_options(shnor_tests PRIVATE ${SHNOR_WARNINGS} -Wno-missing-field-initializers)
target_include_directories(shnor_tests PRIVATE tests)
target_link_libraries(shnor_tests PRIVATE shnorlib Catch2::Catch2)
target_compile_definitions(shnor_tests PRIVATE
  SHNOR_TEST_DIR="${CMAKE_SOURCE_DIR}/tests"
  SHNOR_BINARY="$<TARGET_FILE:shnor>")
# Only this file sees the setting, so changing it recompiles one file.
set_source_files_properties(tests/support/testsuites.cpp PROPERTIES
  COMPILE_DEFINITIONS "SHNOR_TESTSUITES_DIR=\"${SHNOR_TESTSUITES}\"")
add_dependencies(shnor_tests shnor)
catch_discover_tests(shnor_tests PROPERTIES SKIP_REGULAR_EXPRESSION "SHNOR-SKIP:")

# The reason, printed once after the test run (not once per skipped test).
configure_file(cmake/CTestCustom.cmake.in ${CMAKE_BINARY_DIR}/CTestCustom.cmake @ONLY)

# The browser end-to-end test (chromium + playwright-core), run by ctest.
include(cmake/e2e.cmake)

# The schemas in the real yaml-language-server (VS Code's YAML extension).
include(cmake/editor.cmake)

# `shnor serve` end to end (issue 14's done-test): a temporary copy of the
# example region, an edit seen served, the error overlay, SIGINT -> exit 0.
find_package(Python3 REQUIRED COMPONENTS Interpreter)
add_test(NAME serve_live
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/serve/serve_live.py
    $<TARGET_FILE:shnor> ${CMAKE_SOURCE_DIR}/content ${CMAKE_CURRENT_BINARY_DIR}/serve-live)
set_tests_properties(serve_live PROPERTIES TIMEOUT 600 LABELS serve)

# Colour on a terminal (a pseudo-terminal), and none with NO_COLOR.
add_test(NAME terminal_pty
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/tests/cli/terminal_pty.py
    $<TARGET_FILE:shnor> ${CMAKE_SOURCE_DIR}/tests/fixtures/mini/content
    ${CMAKE_CURRENT_BINARY_DIR}/terminal-pty)
set_tests_properties(terminal_pty PROPERTIES TIMEOUT 120 LABELS cli)
