#include "support/testsuites.hpp"

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace shnor::test {

std::string testsuites_dir() {
    if (const char* env = std::getenv("SHNOR_TESTSUITES"); env && *env) return env;
    return SHNOR_TESTSUITES_DIR;
}

std::string testsuite_or_skip(const std::string& suite) {
    const std::string dir = testsuites_dir() + "/" + suite;
    if (std::filesystem::is_directory(dir)) return dir;
    // CMake's SKIP_REGULAR_EXPRESSION matches this marker; keep them in step.
    std::cout << "SHNOR-SKIP: test suite " << suite << " not found at " << dir
              << "; point SHNOR_TESTSUITES (environment or CMake cache variable) at the folder "
                 "holding it\n";
    return {};
}

}  // namespace shnor::test
