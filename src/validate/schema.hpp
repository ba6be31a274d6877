#pragma once
// Our own JSON Schema (draft 2020-12) validator over the loaded YAML tree.
// Schemas are YAML files too. Only local references are resolved (`#`,
// `#/$defs/x`, or the root `$id` followed by a fragment); no network, ever.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "load/node.hpp"

namespace shnor::validate {

struct SchemaOptions {
    // Content mode asserts `format` (date, date-time, email, uri). Draft
    // 2020-12 treats `format` as an annotation by default; the official test
    // suite runs with this off except for the optional format tests.
    bool assert_formats = true;
    // Content mode rejects keywords we do not know (a typo such as
    // `requred` would otherwise silently accept everything), `$id` below the
    // root and a foreign `$schema`. The official suite runs with this off.
    bool strict_keywords = true;
    // Schemes a `format: uri`/`iri` value may use (lower case). Links end up
    // in href attributes, so `javascript:` and friends must never pass. Our
    // address fields (website, base_url) are web sites, and pages link only
    // http(s) (view::safe_url): `mailto:` passed here and vanished there.
    std::vector<std::string> uri_schemes = {"http", "https"};
};

struct SchemaImpl;

// A compiled schema: the root node plus resolved local references and
// compiled regular expressions. Cheap to copy (shared, immutable).
class Schema {
public:
    explicit Schema(std::shared_ptr<const SchemaImpl> impl) : impl_(std::move(impl)) {}
    const SchemaImpl& impl() const { return *impl_; }
    const load::Node& root() const;

private:
    std::shared_ptr<const SchemaImpl> impl_;
};

// Compiles a schema; problems in the schema itself go to sink (at the
// schema's locations). Returns nullopt when the schema has errors.
std::optional<Schema> compile_schema(load::NodePtr root, diag::Sink& sink,
                                     const SchemaOptions& options = {});

// Validates an instance; every violation goes to sink as an error at the
// offending node (a missing required property: at the object; an unexpected
// property: at its key). Returns true when valid.
bool validate(const Schema& schema, const load::Node& instance, diag::Sink& sink);
// The same; `missing_text` counts the errors that are a missing required
// field declared as plain text (type string, nothing more). A file whose
// every error is such can still be built, so the checks that need the whole
// project report its other errors in the same run.
bool validate(const Schema& schema, const load::Node& instance, diag::Sink& sink,
              int& missing_text);

// Pretty JSON (2-space indent, key order kept) for `shnor schemas export`.
std::string schema_to_json(const load::Node& node);

}  // namespace shnor::validate
