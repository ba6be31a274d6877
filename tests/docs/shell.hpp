#pragma once
// Runs shell text from the documentation (CI recipes, the guide's command
// blocks) the way its runner would: bash, stop at the first failing command,
// in a given folder, with a given environment added to the inherited one.
#include <filesystem>
#include <map>
#include <string>

namespace shnor::test {

struct ShellRun {
    int code = -1;
    std::string output;  // stdout and stderr together
};

ShellRun run_bash(const std::string& script, const std::filesystem::path& cwd,
                  const std::map<std::string, std::string>& env = {});

// A fresh empty folder under the system's temporary folder, unique to this
// process (tests may run in parallel under ctest).
std::filesystem::path fresh_temp_dir(const std::string& name);

// A content repository as a region keeps it: the example region's content/
// copied into `root`.
void copy_example_region(const std::filesystem::path& root);

}  // namespace shnor::test
