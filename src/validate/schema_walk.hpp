#pragma once
// The validation walk, split by instance kind over schema_validate*.cpp.
#include "validate/schema_impl.hpp"

namespace shnor::validate {

// Recursion bound for schema × instance nesting. Compile-time cycle checks
// make this unreachable for sane input; it exists so nothing can overflow
// the stack.
inline constexpr int kMaxWalkDepth = 300;

struct Walk {
    const SchemaImpl& impl;
    diag::Sink& top;  // fatal errors land here even inside a scratch sink
    int depth = 0;
    bool aborted = false;
    int missing_text = 0;  // see validate(): missing plain-text fields reported to top
};

// Validates inst against schema (a map or a boolean), reporting into out.
bool check(Walk& w, const load::Node& schema, const load::Node& inst, diag::Sink& out);

// Keyword groups; each returns false when it reported an error.
bool check_object(Walk& w, const load::Node& schema, const load::Node& inst, diag::Sink& out);
bool check_array(Walk& w, const load::Node& schema, const load::Node& inst, diag::Sink& out);
bool check_number(const load::Node& schema, const load::Node& inst, diag::Sink& out);
bool check_string(Walk& w, const load::Node& schema, const load::Node& inst, diag::Sink& out);
bool check_combinators(Walk& w, const load::Node& schema, const load::Node& inst, diag::Sink& out);

// A non-negative integer keyword value (minLength, maxItems, ...); compile
// has checked that it is integral, possibly written as 2.0.
inline long long as_count(const load::Node& n) {
    return n.kind == load::Kind::Int ? n.i : static_cast<long long>(n.f);
}

// The regex compiled for a pattern text (always present after compiling).
const std::wregex* find_regex(const Walk& w, const std::string& pattern);

}  // namespace shnor::validate
