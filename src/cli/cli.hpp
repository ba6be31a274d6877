#pragma once
// The command line: parses arguments, calls app/, maps results to exit codes.
#include <ostream>

namespace shnor::cli {

enum Exit { kOk = 0, kContentErrors = 1, kUsage = 2, kInternal = 3 };

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err);

}  // namespace shnor::cli
