#include "diag/diagnostic.hpp"

#include <algorithm>
#include <tuple>

namespace shnor::diag {

void Sink::error(SourceLoc loc, std::string message) {
    add({Severity::Error, std::move(loc), std::move(message)});
}

void Sink::warning(SourceLoc loc, std::string message) {
    add({Severity::Warning, std::move(loc), std::move(message)});
}

void Sink::add(Diagnostic d) {
    // Two stages may say the same thing about a file that is checked by its
    // schema and still built (a missing text field): say it once.
    auto key = std::make_tuple(d.loc, d.message, d.severity);
    if (!seen_.insert(std::move(key)).second) return;
    items_.push_back(std::move(d));
}

std::vector<Diagnostic> Sink::sorted() const {
    auto out = items_;
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.loc, a.message) < std::tie(b.loc, b.message);
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const Diagnostic& a, const Diagnostic& b) {
                              return a.loc == b.loc && a.message == b.message &&
                                     a.severity == b.severity;
                          }),
              out.end());
    return out;
}

int Sink::errors() const {
    return static_cast<int>(std::count_if(items_.begin(), items_.end(), [](const Diagnostic& d) {
        return d.severity == Severity::Error;
    }));
}

int Sink::warnings() const { return static_cast<int>(items_.size()) - errors(); }

void Sink::promote_warnings() {
    for (auto& d : items_) d.severity = Severity::Error;
}

Sink Sink::errors_only() const {
    Sink out;
    for (const auto& d : items_)
        if (d.severity == Severity::Error) out.add(d);
    return out;
}

}  // namespace shnor::diag
