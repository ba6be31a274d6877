#include "scaffold/field_docs.hpp"

#include <stdexcept>

#include "model/labels.hpp"
#include "validate/content_schemas.hpp"

namespace shnor::scaffold {

FieldDocs::FieldDocs(const std::string& schema) {
    diag::Sink sink;
    auto set = validate::builtin_schemas(sink);
    if (!set || !set->sources.count(schema)) throw std::out_of_range("no schema " + schema);
    root_ = set->sources.at(schema);
}

// "#/$defs/id" -> the definition; anything else as it is.
const load::Node* FieldDocs::resolve(const load::Node* n) const {
    const load::Node* ref = n ? n->get("$ref") : nullptr;
    if (!ref || !ref->is_string() || ref->s.rfind("#/$defs/", 0) != 0) return n;
    const load::Node* defs = root_->get("$defs");
    return defs ? defs->get(ref->s.substr(8)) : nullptr;
}

const load::Node* FieldDocs::field(const std::vector<std::string_view>& path) const {
    const load::Node* at = root_.get();
    for (auto name : path) {
        at = resolve(at);
        while (at && at->get("items")) at = resolve(at->get("items"));
        const load::Node* props = at ? at->get("properties") : nullptr;
        at = props ? props->get(name) : nullptr;
        if (!at) return nullptr;
    }
    return at;
}

std::string allowed_words(const std::vector<std::string>& keys) {
    std::string out;
    const model::EnumTable* table = model::enum_table_for(keys);
    for (const auto& k : keys) {
        out += (out.empty() ? "" : ", ") + k;
        if (table) out += " — " + model::enum_label(table->name, k);
    }
    return out;
}

std::string allowed_words_of(std::string_view table) {
    std::vector<std::string> keys;
    for (const auto& c : model::enum_table(table).choices) keys.emplace_back(c.key);
    return allowed_words(keys);
}

std::vector<std::string> FieldDocs::lines(const std::vector<std::string_view>& path) const {
    std::vector<std::string> out;
    const load::Node* f = field(path);
    if (!f) return out;
    const load::Node* desc = f->get("description");
    const load::Node* target = resolve(f);
    if (!desc && target) desc = target->get("description");
    if (desc && desc->is_string()) out.push_back(desc->s);
    const load::Node* values = target ? target->get("enum") : nullptr;
    if (!values && target && target->get("items"))
        values = resolve(target->get("items"))->get("enum");
    if (values && values->is_seq()) {
        std::vector<std::string> keys;
        for (const auto& v : values->seq) keys.push_back(v->s);
        out.push_back("допустимые значения: " + allowed_words(keys));
    }
    return out;
}

}  // namespace shnor::scaffold
