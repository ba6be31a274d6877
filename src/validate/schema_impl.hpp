#pragma once
// Internals shared by the schema_*.cpp files; not part of the public API.
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <vector>

#include "validate/schema.hpp"

namespace shnor::validate {

struct SchemaImpl {
    load::NodePtr root;
    SchemaOptions options;
    // Compiled once at compile time, looked up by the pattern's text.
    std::map<std::string, std::shared_ptr<const std::wregex>> regexes;
    // Every `$ref` text found in the schema, resolved to its target node
    // (which lives in the tree held by `root`).
    std::map<std::string, const load::Node*> refs;
};

// Resolves a `$ref` against the root; returns nullptr and sets why on failure.
const load::Node* resolve_ref(const SchemaImpl& impl, const std::string& ref, std::string& why);

// Reports `$ref` cycles that apply a schema to the same instance again
// without descending into it (they would recurse forever). `order` lists
// the compiled schema nodes in compile order, so reports are deterministic.
bool check_ref_cycles(const SchemaImpl& impl, const std::vector<const load::Node*>& order,
                      diag::Sink& sink);

}  // namespace shnor::validate
