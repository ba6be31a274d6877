#pragma once
// The two CI report formats, beside the text and JSON ones of report.cpp:
// GitHub workflow annotations and GitLab's Code Quality report (docs/ci/ has
// the pipelines that read them). Internal to diag/report*.cpp.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace shnor::diag {

// Messages and file names quote user data, which may hold terminal escapes
// ("\e]0;pwned\a" retitles the window, "\e[2K\r" erases the line) or bidi
// overrides that reorder what a reviewer sees. Shown as \xHH / \uHHHH
// instead, so nothing reaches a terminal or a CI log raw. keep_line_breaks
// leaves CR and LF for a format that encodes them itself (GitHub's %0A).
std::string escape_hidden(std::string_view s, bool keep_line_breaks = false);

// `::error file=F,line=L,col=C,title=T::message`, one line per diagnostic.
void report_github(const std::vector<Diagnostic>& sorted, std::ostream& out);

// A JSON array of Code Quality issues (description, check_name, fingerprint,
// severity, location.path, location.lines.begin).
void report_gitlab(const std::vector<Diagnostic>& sorted, std::ostream& out);

}  // namespace shnor::diag
