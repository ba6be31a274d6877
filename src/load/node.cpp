#include "load/node.hpp"

namespace shnor::load {

const Node* Node::get(std::string_view key) const {
    if (kind != Kind::Map) return nullptr;
    for (const auto& [k, v] : map)
        if (k == key) return v.get();
    return nullptr;
}

diag::SourceLoc Node::key_loc(std::string_view key) const {
    for (std::size_t n = 0; n < map.size(); ++n)
        if (map[n].first == key && n < key_locs.size()) return key_locs[n];
    return loc;
}

const char* kind_name(Kind k) {
    switch (k) {
        case Kind::Null:
            return "пустое значение";
        case Kind::Bool:
            return "логическое значение";
        case Kind::Int:
            return "целое число";
        case Kind::Float:
            return "число";
        case Kind::String:
            return "строка";
        case Kind::Seq:
            return "список";
        case Kind::Map:
            return "словарь";
    }
    return "?";
}

}  // namespace shnor::load
