#pragma once
// The external, official test suites (JSON Schema Test Suite, Mustache spec)
// are read in place from one folder, never copied into the repository. Its
// place is the one setting SHNOR_TESTSUITES: the environment variable when
// the tests run, else the CMake cache variable of the same name (whose default
// is ../shared/testsuites beside the source tree).
//
// When a suite is missing, its tests print a skip line (which CTest's
// SKIP_REGULAR_EXPRESSION turns into "Skipped") and return without failing.
#include <string>

namespace shnor::test {

// The folder holding the suites.
std::string testsuites_dir();

// The suite's folder (e.g. "mustache-spec"), or "" when it is missing, after
// printing the skip line that says what is missing and how to point at it.
std::string testsuite_or_skip(const std::string& suite);

}  // namespace shnor::test
