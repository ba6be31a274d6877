#pragma once
// Helpers for the schema tests: JSON (the official suite) and YAML snippets
// turned into load::Node trees, and a compact dump of a sink.
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "diag/diagnostic.hpp"
#include "load/node.hpp"
#include "load/yaml_loader.hpp"
#include "validate/schema.hpp"

namespace shnor::test {

// JSON has no positions; every node gets the file name and line 0.
inline load::NodePtr from_json(const nlohmann::json& j, const std::string& file) {
    auto n = std::make_shared<load::Node>();
    n->loc.file = file;
    if (j.is_null()) {
        n->kind = load::Kind::Null;
    } else if (j.is_boolean()) {
        n->kind = load::Kind::Bool;
        n->b = j.get<bool>();
    } else if (j.is_number_integer()) {
        n->kind = load::Kind::Int;
        n->i = j.get<std::int64_t>();
    } else if (j.is_number()) {
        n->kind = load::Kind::Float;
        n->f = j.get<double>();
    } else if (j.is_string()) {
        n->kind = load::Kind::String;
        n->s = j.get<std::string>();
    } else if (j.is_array()) {
        n->kind = load::Kind::Seq;
        for (const auto& item : j) n->seq.push_back(from_json(item, file));
    } else {
        n->kind = load::Kind::Map;
        for (const auto& [key, value] : j.items()) {
            n->map.emplace_back(key, from_json(value, file));
            n->key_locs.push_back(n->loc);
        }
    }
    return n;
}

// Parses a YAML snippet with the real loader; null on loader errors.
inline load::NodePtr yaml(const std::string& text, const std::string& file = "t.yaml") {
    diag::Sink sink;
    return load::parse_yaml(text, file, sink);
}

inline std::string dump(const diag::Sink& sink) {
    std::string out;
    for (const auto& d : sink.sorted())
        out += d.loc.file.str() + ":" + std::to_string(d.loc.line) + ":" +
               std::to_string(d.loc.column) + ": " + d.message + "\n";
    return out;
}

// Compiles a YAML schema snippet; fails the test when it does not compile.
inline validate::Schema schema(const std::string& text, validate::SchemaOptions options = {}) {
    diag::Sink sink;
    auto root = yaml(text, "schema.yaml");
    if (!root) throw std::runtime_error("schema snippet does not parse");
    auto s = validate::compile_schema(root, sink, options);
    if (!s) throw std::runtime_error("schema snippet does not compile:\n" + dump(sink));
    return *s;
}

}  // namespace shnor::test
