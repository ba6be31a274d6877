#pragma once
// Diagnostics are collected, never thrown: every stage reports all the
// problems it finds into a Sink, and the orchestrator decides whether to go on.
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "diag/source_loc.hpp"

namespace shnor::diag {

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLoc loc;
    std::string message;  // Russian, lowercase, no trailing period
};

class Sink {
public:
    void error(SourceLoc loc, std::string message);
    void warning(SourceLoc loc, std::string message);
    void add(Diagnostic d);

    const std::vector<Diagnostic>& all() const { return items_; }
    // Sorted by file, line, column, then message; stable and deterministic.
    std::vector<Diagnostic> sorted() const;
    int errors() const;
    int warnings() const;
    bool has_errors() const { return errors() > 0; }
    // --strict: every warning becomes an error.
    void promote_warnings();
    // The errors alone (--quiet, the preview's overlay).
    Sink errors_only() const;

private:
    std::vector<Diagnostic> items_;
    std::set<std::tuple<SourceLoc, std::string, Severity>> seen_;  // exact repeats are dropped
};

}  // namespace shnor::diag
