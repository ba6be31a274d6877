// The validation walk: boolean schemas, $ref, type, enum and const; the
// other keyword groups live in schema_validate_*.cpp.
#include "validate/schema_text.hpp"
#include "validate/schema_walk.hpp"

namespace shnor::validate {

namespace {

using load::Node;

std::vector<std::string> type_names(const Node& type) {
    std::vector<std::string> names;
    if (type.is_string()) names.push_back(type.s);
    for (const auto& item : type.seq) names.push_back(item->s);
    return names;
}

bool check_type(const Node& type, const Node& inst, diag::Sink& out) {
    auto names = type_names(type);
    for (const auto& name : names)
        if (has_type(inst, name)) return true;
    if (explain_string(inst, out)) return false;
    out.error(inst.loc, expected_types(names) + ", а " + found_value(inst));
    return false;
}

bool check_enum(const Node& choices, const Node& inst, diag::Sink& out) {
    std::vector<std::string> strings;
    for (const auto& c : choices.seq) {
        if (json_equal(*c, inst)) return true;
        if (c->is_string()) strings.push_back(c->s);
    }
    if (explain_string(inst, out)) return false;
    out.error(inst.loc, enum_message(choices, strings, inst));
    return false;
}

bool check_ref(Walk& w, const Node& ref, const Node& inst, diag::Sink& out) {
    auto it = w.impl.refs.find(ref.s);
    if (it == w.impl.refs.end()) {
        out.error(inst.loc, "внутренняя ошибка: ссылка " + quoted(ref.s) + " не разрешена");
        return false;
    }
    return check(w, *it->second, inst, out);
}

bool check_generic(Walk& w, const Node& schema, const Node& inst, diag::Sink& out) {
    bool ok = true;
    if (const Node* ref = schema.get("$ref")) ok = check_ref(w, *ref, inst, out) && ok;
    if (const Node* type = schema.get("type")) ok = check_type(*type, inst, out) && ok;
    if (const Node* choices = schema.get("enum")) ok = check_enum(*choices, inst, out) && ok;
    if (const Node* value = schema.get("const"); value && !json_equal(*value, inst)) {
        out.error(inst.loc,
                  "ожидалось значение " + render_value(*value) + ", а " + found_value(inst));
        ok = false;
    }
    return ok;
}

// Keeps the depth counter balanced on every return path.
struct DepthGuard {
    explicit DepthGuard(Walk& walk) : w(walk) { ++w.depth; }
    ~DepthGuard() { --w.depth; }
    Walk& w;
};

}  // namespace

bool check(Walk& w, const Node& schema, const Node& inst, diag::Sink& out) {
    if (w.aborted) return false;
    DepthGuard guard(w);
    if (w.depth > kMaxWalkDepth) {
        w.top.error(inst.loc, "слишком глубокая вложенность при проверке по схеме");
        w.aborted = true;
        return false;
    }
    if (schema.kind == load::Kind::Bool) {
        if (!schema.b) out.error(inst.loc, "значение здесь не допускается");
        return schema.b;
    }
    if (!schema.is_map()) return true;
    bool ok = check_generic(w, schema, inst, out);
    ok = check_combinators(w, schema, inst, out) && ok;
    switch (inst.kind) {
        case load::Kind::Map:
            ok = check_object(w, schema, inst, out) && ok;
            break;
        case load::Kind::Seq:
            ok = check_array(w, schema, inst, out) && ok;
            break;
        case load::Kind::String:
            ok = check_string(w, schema, inst, out) && ok;
            break;
        case load::Kind::Int:
        case load::Kind::Float:
            ok = check_number(schema, inst, out) && ok;
            break;
        default:
            break;
    }
    return ok && !w.aborted;
}

const std::wregex* find_regex(const Walk& w, const std::string& pattern) {
    auto it = w.impl.regexes.find(pattern);
    return it == w.impl.regexes.end() ? nullptr : it->second.get();
}

bool validate(const Schema& schema, const load::Node& instance, diag::Sink& sink) {
    int missing_text = 0;
    return validate(schema, instance, sink, missing_text);
}

bool validate(const Schema& schema, const load::Node& instance, diag::Sink& sink,
              int& missing_text) {
    Walk w{schema.impl(), sink};
    bool ok = check(w, schema.root(), instance, sink);
    missing_text = w.missing_text;
    return ok;
}

}  // namespace shnor::validate
