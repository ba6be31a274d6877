// allOf, anyOf, oneOf, not, if/then/else. Branches are validated into
// scratch sinks so that errors of a rejected branch never reach the user;
// a failed anyOf/oneOf gives one message, chosen as described below.
#include <algorithm>

#include "validate/schema_text.hpp"
#include "validate/schema_walk.hpp"

namespace shnor::validate {

namespace {

using load::Node;

constexpr int kMaxTypeHops = 16;

// The types a branch declares (following $ref); empty when it declares none.
std::vector<std::string> declared_types(const Walk& w, const Node& schema, int hops = 0) {
    std::vector<std::string> names;
    if (!schema.is_map() || hops > kMaxTypeHops) return names;
    if (const Node* type = schema.get("type")) {
        if (type->is_string()) names.push_back(type->s);
        for (const auto& item : type->seq) names.push_back(item->s);
        return names;
    }
    if (const Node* ref = schema.get("$ref")) {
        auto it = w.impl.refs.find(ref->s);
        if (it != w.impl.refs.end()) return declared_types(w, *it->second, hops + 1);
    }
    return names;
}

bool admits_type(const Walk& w, const Node& schema, const Node& inst) {
    if (schema.kind == load::Kind::Bool) return schema.b;
    auto names = declared_types(w, schema);
    if (names.empty()) return true;
    for (const auto& n : names)
        if (has_type(inst, n)) return true;
    return false;
}

struct Branch {
    diag::Sink sink;
    bool ok = false;
};

Branch run_branch(Walk& w, const Node& schema, const Node& inst) {
    Branch b;
    b.ok = check(w, schema, inst, b.sink);
    return b;
}

// No branch matched. If only one branch fits the value's type, its errors
// are the real ones; if none fits, say which types were expected; otherwise
// name the branch that came closest (fewest errors).
void report_no_match(const Walk& w, const Node& list, const std::vector<Branch>& branches,
                     const Node& inst, diag::Sink& out) {
    std::vector<std::size_t> fitting;
    for (std::size_t k = 0; k < branches.size(); ++k)
        if (admits_type(w, *list.seq[k], inst)) fitting.push_back(k);
    if (fitting.size() == 1) {
        for (const auto& d : branches[fitting[0]].sink.all()) out.add(d);
        return;
    }
    if (fitting.empty()) {
        std::vector<std::string> types;
        for (const auto& item : list.seq)
            for (auto& t : declared_types(w, *item))
                if (std::find(types.begin(), types.end(), t) == types.end()) types.push_back(t);
        if (!types.empty()) {
            out.error(inst.loc, expected_types(types) + ", а " + found_value(inst));
            return;
        }
        out.error(inst.loc, "значение не подходит ни под один из допустимых вариантов");
        return;
    }
    std::size_t best = fitting[0];
    for (std::size_t k : fitting)
        if (branches[k].sink.all().size() < branches[best].sink.all().size()) best = k;
    std::string message =
        "значение не подходит ни под один из " +
        plural(static_cast<long long>(branches.size()), "варианта", "вариантов", "вариантов");
    const auto& errors = branches[best].sink.all();
    if (!errors.empty())
        message +=
            "; ближе всего вариант " + std::to_string(best + 1) + ": " + errors.front().message;
    out.error(inst.loc, message);
}

bool check_any_of(Walk& w, const Node& list, const Node& inst, diag::Sink& out) {
    std::vector<Branch> branches;
    for (const auto& item : list.seq) {
        branches.push_back(run_branch(w, *item, inst));
        if (branches.back().ok) return true;
    }
    report_no_match(w, list, branches, inst, out);
    return false;
}

bool check_one_of(Walk& w, const Node& list, const Node& inst, diag::Sink& out) {
    std::vector<Branch> branches;
    std::vector<std::size_t> passed;
    for (const auto& item : list.seq) {
        branches.push_back(run_branch(w, *item, inst));
        if (branches.back().ok) passed.push_back(branches.size());
    }
    if (passed.size() == 1) return true;
    if (passed.empty()) {
        report_no_match(w, list, branches, inst, out);
        return false;
    }
    out.error(inst.loc, "значение подходит сразу под несколько вариантов (" +
                            std::to_string(passed[0]) + " и " + std::to_string(passed[1]) +
                            "), а должно ровно под один");
    return false;
}

}  // namespace

bool check_combinators(Walk& w, const Node& schema, const Node& inst, diag::Sink& out) {
    bool ok = true;
    if (const Node* all = schema.get("allOf"))
        for (const auto& item : all->seq) ok = check(w, *item, inst, out) && ok;
    if (const Node* any = schema.get("anyOf")) ok = check_any_of(w, *any, inst, out) && ok;
    if (const Node* one = schema.get("oneOf")) ok = check_one_of(w, *one, inst, out) && ok;
    if (const Node* neg = schema.get("not"); neg && run_branch(w, *neg, inst).ok) {
        out.error(inst.loc, "значение не должно соответствовать схеме из \"not\"");
        ok = false;
    }
    if (const Node* cond = schema.get("if")) {
        const Node* branch =
            run_branch(w, *cond, inst).ok ? schema.get("then") : schema.get("else");
        if (branch) ok = check(w, *branch, inst, out) && ok;
    }
    return ok;
}

}  // namespace shnor::validate
