// Exports a YAML schema as JSON, for editors and other tools
// (`shnor schemas export DIR`).
#include <nlohmann/json.hpp>

#include "validate/schema.hpp"

namespace shnor::validate {

namespace {

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
