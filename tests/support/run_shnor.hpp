#pragma once
// Runs the real binary as users and CI call it: exit code and output.
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace shnor::test {

struct Run {
    int code = -1;
    std::string output;  // stdout and stderr together
};

inline Run run_shnor(const std::string& args) {
    std::string cmd = std::string(SHNOR_BINARY) + " " + args + " 2>&1";
    Run r;
    FILE* p = popen(cmd.c_str(), "r");
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) r.output.append(buf.data(), n);
    int status = pclose(p);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

}  // namespace shnor::test
