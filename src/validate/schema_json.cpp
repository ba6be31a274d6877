// Exports a YAML schema as JSON, for editors and other tools
// (`shnor schemas export DIR`).
#include <nlohmann/json.hpp>

#include "model/labels.hpp"
#include "validate/schema.hpp"

namespace shnor::validate {

namespace {

// Editors show each value of an enum with its Russian label when the schema
// gives them (yaml-language-server reads markdownEnumDescriptions in
// completion and hover); the labels come from model/labels, their one source.
void add_enum_descriptions(const load::Node& node, nlohmann::ordered_json& out) {
    const auto* values = node.get("enum");
    if (!values || !values->is_seq() || node.get("markdownEnumDescriptions")) return;
    std::vector<std::string> keys;
    for (const auto& v : values->seq) keys.push_back(v->s);
    const auto* table = model::enum_table_for(keys);
    if (!table) return;
    auto labels = nlohmann::ordered_json::array();
    for (const auto& key : keys) labels.push_back(model::enum_label(table->name, key));
    out["markdownEnumDescriptions"] = labels;
}

nlohmann::ordered_json to_json(const load::Node& node) {
    switch (node.kind) {
        case load::Kind::Null:
            return nullptr;
        case load::Kind::Bool:
            return node.b;
        case load::Kind::Int:
            return node.i;
        case load::Kind::Float:
            return node.f;
        case load::Kind::String:
            return node.s;
        case load::Kind::Seq: {
            auto out = nlohmann::ordered_json::array();
            for (const auto& item : node.seq) out.push_back(to_json(*item));
            return out;
        }
        case load::Kind::Map: {
            auto out = nlohmann::ordered_json::object();
            for (const auto& [key, value] : node.map) out[key] = to_json(*value);
            add_enum_descriptions(node, out);
            return out;
        }
    }
    return nullptr;
}

}  // namespace

std::string schema_to_json(const load::Node& node) {
    return to_json(node).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace shnor::validate
