#pragma once
// Prints diagnostics for people (compiler style, with the source line and a
// caret), for tools (JSON), for GitHub workflow annotations or for GitLab's
// Code Quality report (docs/ci/).
#include <map>
#include <ostream>
#include <string>

#include "diag/diagnostic.hpp"

namespace shnor::diag {

enum class Format { Text, Json, Github, Gitlab };

// sources: file path -> its bytes, to show the offending line.
// colour: ANSI colours in the text format, for a terminal (the caller
// decides: only on a terminal, never with NO_COLOR).
void report(const Sink& sink, const std::map<std::string, std::string>& sources, Format format,
            std::ostream& out, bool colour = false);

// "2 ошибки, 1 предупреждение" / "ошибок нет".
std::string summary(int errors, int warnings);

}  // namespace shnor::diag
