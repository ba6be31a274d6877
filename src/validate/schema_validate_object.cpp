// Object keywords: properties, patternProperties, additionalProperties,
// propertyNames, required, dependentRequired, dependentSchemas and the
// property counts.
#include "validate/schema_regex.hpp"
#include "validate/schema_text.hpp"
#include "validate/schema_walk.hpp"

namespace shnor::validate {

namespace {

using load::Node;

bool matches_pattern(const Walk& w, const std::string& pattern, const std::string& key) {
    const std::wregex* re = find_regex(w, pattern);
    return re && regex_find(*re, key) == RegexResult::Match;
}

std::vector<std::string> declared_names(const Node* properties) {
    std::vector<std::string> names;
    if (properties)
        for (const auto& entry : properties->map) names.push_back(entry.first);
    return names;
}

// Validates one property value against its schemas; true when the key was
// covered by `properties` or `patternProperties`.
bool check_declared(Walk& w, const Node& schema, const std::string& key,
                    const diag::SourceLoc& key_loc, const Node& value, diag::Sink& out, bool& ok) {
    bool covered = false;
    if (const Node* props = schema.get("properties"))
        if (const Node* sub = props->get(key)) {
            covered = true;
            if (sub->kind == load::Kind::Bool && !sub->b) {
                out.error(key_loc, "поле " + quoted(key) + " здесь не допускается");
                ok = false;
            } else {
                ok = check(w, *sub, value, out) && ok;
            }
        }
    if (const Node* patterns = schema.get("patternProperties"))
        for (const auto& [pattern, sub] : patterns->map)
            if (matches_pattern(w, pattern, key)) {
                covered = true;
                ok = check(w, *sub, value, out) && ok;
            }
    return covered;
}

bool check_additional(Walk& w, const Node& schema, const Node& extra, const std::string& key,
                      const diag::SourceLoc& key_loc, const Node& value, diag::Sink& out) {
    if (extra.kind == load::Kind::Bool && !extra.b) {
        auto hint = suggest(key, declared_names(schema.get("properties")));
        out.error(key_loc, "неизвестное поле " + quoted(key) +
                               (hint ? " (возможно, " + quoted(*hint) + ")" : ""));
        return false;
    }
    return check(w, extra, value, out);
}

bool check_name(Walk& w, const Node& names, const std::string& key, const diag::SourceLoc& key_loc,
                diag::Sink& out) {
    Node name;
    name.kind = load::Kind::String;
    name.s = key;
    name.loc = key_loc;
    diag::Sink scratch;
    if (check(w, names, name, scratch)) return true;
    std::string why = scratch.all().empty() ? "" : ": " + scratch.all().front().message;
    out.error(key_loc, "недопустимое имя поля " + quoted(key) + why);
    return false;
}

bool check_counts(const Node& schema, const Node& inst, diag::Sink& out) {
    auto count = static_cast<long long>(inst.map.size());
    const Node* min = schema.get("minProperties");
    if (min && count < as_count(*min)) {
        out.error(inst.loc, "в словаре " + plural(count, "поле", "поля", "полей") +
                                ", а нужно не меньше " + std::to_string(as_count(*min)));
        return false;
    }
    const Node* max = schema.get("maxProperties");
    if (max && count > as_count(*max)) {
        out.error(inst.loc, "в словаре " + plural(count, "поле", "поля", "полей") +
                                ", а допускается не больше " + std::to_string(as_count(*max)));
        return false;
    }
    return true;
}

// A property declared as `type: string` and nothing else: when it is
// missing, the model reads an empty text and nothing else depends on it.
bool plain_text(const Node& schema, const std::string& name) {
    const Node* props = schema.get("properties");
    const Node* sub = props ? props->get(name) : nullptr;
    if (!sub || !sub->is_map()) return false;
    for (const auto& [key, value] : sub->map)
        if (key != "type" && key != "description" && key != "minLength") return false;
    const Node* type = sub->get("type");
    return type && type->is_string() && type->s == "string";
}

bool check_presence(Walk& w, const Node& schema, const Node& inst, diag::Sink& out) {
    bool ok = true;
    if (const Node* required = schema.get("required"))
        for (const auto& name : required->seq)
            if (!inst.get(name->s)) {
                out.error(inst.loc, "нет обязательного поля " + quoted(name->s));
                if (&out == &w.top && plain_text(schema, name->s)) ++w.missing_text;
                ok = false;
            }
    if (const Node* deps = schema.get("dependentRequired"))
        for (const auto& [trigger, names] : deps->map) {
            if (!inst.get(trigger)) continue;
            for (const auto& name : names->seq)
                if (!inst.get(name->s)) {
                    out.error(inst.key_loc(trigger), "поле " + quoted(name->s) +
                                                         " обязательно, если указано поле " +
                                                         quoted(trigger));
                    ok = false;
                }
        }
    if (const Node* deps = schema.get("dependentSchemas"))
        for (const auto& [trigger, sub] : deps->map)
            if (inst.get(trigger)) ok = check(w, *sub, inst, out) && ok;
    return ok;
}

}  // namespace

bool check_object(Walk& w, const Node& schema, const Node& inst, diag::Sink& out) {
    bool ok = check_presence(w, schema, inst, out);
    ok = check_counts(schema, inst, out) && ok;
    const Node* extra = schema.get("additionalProperties");
    const Node* names = schema.get("propertyNames");
    for (std::size_t k = 0; k < inst.map.size(); ++k) {
        const auto& [key, value] = inst.map[k];
        const diag::SourceLoc& key_loc = k < inst.key_locs.size() ? inst.key_locs[k] : inst.loc;
        if (names) ok = check_name(w, *names, key, key_loc, out) && ok;
        bool covered = check_declared(w, schema, key, key_loc, *value, out, ok);
        if (!covered && extra)
            ok = check_additional(w, schema, *extra, key, key_loc, *value, out) && ok;
    }
    return ok;
}

}  // namespace shnor::validate
