#include "docs/shell.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>

#include "support/fixtures.hpp"

namespace shnor::test {

namespace {

std::string quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

ShellRun run_bash(const std::string& script, const std::filesystem::path& cwd,
                  const std::map<std::string, std::string>& env) {
    auto file = cwd / ".shnor-test-step.sh";
    std::ofstream(file) << script << "\n";
    // GitHub runs `bash --noprofile --norc -eo pipefail`, GitLab `set -eo pipefail`.
    std::string cmd = "cd " + quoted(cwd.string()) + " && env";
    for (const auto& [k, v] : env) cmd += " " + k + "=" + quoted(v);
    cmd += " bash --noprofile --norc -eo pipefail " + quoted(file.string()) + " 2>&1 </dev/null";
    ShellRun r;
    FILE* p = popen(cmd.c_str(), "r");
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.output.append(buf.data(), n);
    int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    std::filesystem::remove(file);
    return r;
}

std::filesystem::path fresh_temp_dir(const std::string& name) {
    auto dir =
        std::filesystem::temp_directory_path() / ("shnor-" + name + "-" + std::to_string(getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

void copy_example_region(const std::filesystem::path& root) {
    std::filesystem::copy(test_dir() + "/../content", root / "content",
                          std::filesystem::copy_options::recursive);
}

}  // namespace shnor::test
