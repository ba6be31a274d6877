#pragma once
// Validates every content file against the schema of its kind.
#include <map>
#include <optional>
#include <set>
#include <string>

#include "diag/diagnostic.hpp"
#include "load/content.hpp"
#include "validate/schema.hpp"

namespace shnor::validate {

struct SchemaSet {
    std::map<std::string, Schema> by_name;         // "school.schema.yaml" -> compiled
    std::map<std::string, load::NodePtr> sources;  // the parsed schema files
};

// The schemas embedded in the binary; errors in them are reported as
// "schemas/<name>:line:col".
std::optional<SchemaSet> builtin_schemas(diag::Sink& sink);

// Returns the paths of the files that failed validation (not to be built);
// a file whose only errors are missing plain-text fields is built all the same.
std::set<std::string> check_schemas(const load::Content& content, const SchemaSet& schemas,
                                    diag::Sink& sink);

}  // namespace shnor::validate
