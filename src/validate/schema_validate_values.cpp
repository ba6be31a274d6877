// Keywords for numbers, strings and arrays.
#include <cmath>
#include <set>

#include "validate/schema_format.hpp"
#include "validate/schema_regex.hpp"
#include "validate/schema_text.hpp"
#include "validate/schema_walk.hpp"

namespace shnor::validate {

namespace {

using load::Node;

bool is_multiple(const Node& value, const Node& divisor) {
    if (value.kind == load::Kind::Int && divisor.kind == load::Kind::Int)
        return divisor.i != 0 && value.i % divisor.i == 0;
    double q = value.number() / divisor.number();
    if (!std::isfinite(q)) return false;
    return std::fabs(q - std::nearbyint(q)) < 1e-9 * std::fmax(1.0, std::fabs(q));
}

bool number_bound(const Node& schema, const char* keyword, const Node& inst, diag::Sink& out) {
    const Node* bound = schema.get(keyword);
    if (!bound) return true;
    int c = compare_numbers(inst, *bound);
    std::string v = render_value(inst), b = render_value(*bound);
    std::string_view k = keyword;
    if (k == "minimum" && c < 0)
        out.error(inst.loc, "значение " + v + " меньше минимума " + b);
    else if (k == "maximum" && c > 0)
        out.error(inst.loc, "значение " + v + " больше максимума " + b);
    else if (k == "exclusiveMinimum" && c <= 0)
        out.error(inst.loc, "значение " + v + " должно быть больше " + b);
    else if (k == "exclusiveMaximum" && c >= 0)
        out.error(inst.loc, "значение " + v + " должно быть меньше " + b);
    else
        return true;
    return false;
}

std::string symbols_genitive(long long n) {
    return std::to_string(n) + (n % 10 == 1 && n % 100 != 11 ? " символа" : " символов");
}

bool check_length(const Node& schema, const Node& inst, diag::Sink& out) {
    auto length = static_cast<long long>(utf8_length(inst.s));
    if (const Node* min = schema.get("minLength"); min && length < as_count(*min)) {
        if (length == 0)
            out.error(inst.loc, "строка не должна быть пустой");
        else
            out.error(inst.loc,
                      "строка " + quoted(inst.s) + " короче " + symbols_genitive(as_count(*min)));
        return false;
    }
    if (const Node* max = schema.get("maxLength"); max && length > as_count(*max)) {
        out.error(inst.loc, "строка " + quoted(inst.s) + " длиннее " +
                                symbols_genitive(as_count(*max)) + " (в ней " +
                                std::to_string(length) + ")");
        return false;
    }
    return true;
}

bool check_pattern(const Walk& w, const Node& schema, const Node& inst, diag::Sink& out) {
    const Node* pattern = schema.get("pattern");
    if (!pattern) return true;
    const std::wregex* re = find_regex(w, pattern->s);
    RegexResult r = re ? regex_find(*re, inst.s) : RegexResult::TooLong;
    if (r == RegexResult::Match) return true;
    if (r == RegexResult::TooLong)
        out.error(inst.loc, "строка слишком длинная для проверки по шаблону " + pattern->s +
                                " (больше " + std::to_string(kMaxRegexSubject) + " символов)");
    else if (explain_string(inst, out))
        return false;
    else if (const Node* what = schema.get("description"); what && what->kind == load::Kind::String)
        // People read the field's own description better than a regex.
        out.error(inst.loc, quoted(inst.s) + " не подходит. " + what->s);
    else
        out.error(inst.loc, quoted(inst.s) + " не соответствует шаблону " + pattern->s);
    return false;
}

bool check_items(Walk& w, const Node& schema, const Node& inst, diag::Sink& out) {
    bool ok = true;
    std::size_t first = 0;
    if (const Node* prefix = schema.get("prefixItems"))
        for (; first < prefix->seq.size() && first < inst.seq.size(); ++first)
            ok = check(w, *prefix->seq[first], *inst.seq[first], out) && ok;
    const Node* items = schema.get("items");
    if (!items) return ok;
    if (items->kind == load::Kind::Bool && !items->b) {
        if (first >= inst.seq.size()) return ok;
        out.error(inst.seq[first]->loc, first == 0
                                            ? std::string("список должен быть пустым")
                                            : "лишний элемент списка: допускается не больше " +
                                                  plural(static_cast<long long>(first), "элемента",
                                                         "элементов", "элементов"));
        return false;
    }
    for (std::size_t k = first; k < inst.seq.size(); ++k)
        ok = check(w, *items, *inst.seq[k], out) && ok;
    return ok;
}

bool check_contains(Walk& w, const Node& schema, const Node& inst, diag::Sink& out) {
    const Node* contains = schema.get("contains");
    if (!contains) return true;
    long long found = 0;
    for (const auto& item : inst.seq) {
        diag::Sink scratch;
        if (check(w, *contains, *item, scratch)) ++found;
    }
    const Node* min = schema.get("minContains");
    long long need = min ? as_count(*min) : 1;
    const Node* max = schema.get("maxContains");
    if (found < need) {
        out.error(inst.loc, "в списке " +
                                plural(found, "подходящий элемент", "подходящих элемента",
                                       "подходящих элементов") +
                                ", а нужно не меньше " + std::to_string(need));
        return false;
    }
    if (max && found > as_count(*max)) {
        out.error(inst.loc, "в списке " +
                                plural(found, "подходящий элемент", "подходящих элемента",
                                       "подходящих элементов") +
                                ", а допускается не больше " + std::to_string(as_count(*max)));
        return false;
    }
    return true;
}

bool check_item_counts(const Node& schema, const Node& inst, diag::Sink& out) {
    auto count = static_cast<long long>(inst.seq.size());
    std::string have = "в списке " + plural(count, "элемент", "элемента", "элементов");
    if (const Node* min = schema.get("minItems"); min && count < as_count(*min)) {
        out.error(inst.loc, have + ", а нужно не меньше " + std::to_string(as_count(*min)));
        return false;
    }
    if (const Node* max = schema.get("maxItems"); max && count > as_count(*max)) {
        out.error(inst.loc, have + ", а допускается не больше " + std::to_string(as_count(*max)));
        return false;
    }
    return true;
}

bool check_unique(const Node& schema, const Node& inst, diag::Sink& out) {
    const Node* unique = schema.get("uniqueItems");
    if (!unique || !unique->b) return true;
    bool ok = true;
    std::set<std::string> seen;
    for (const auto& item : inst.seq)
        if (!seen.insert(json_key(*item)).second) {
            out.error(item->loc, "значение " + render_value(*item) + " повторяется в списке");
            ok = false;
        }
    return ok;
}

}  // namespace

bool check_number(const Node& schema, const Node& inst, diag::Sink& out) {
    bool ok = true;
    for (const char* k : {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"})
        ok = number_bound(schema, k, inst, out) && ok;
    if (const Node* m = schema.get("multipleOf"); m && !is_multiple(inst, *m)) {
        out.error(inst.loc, "значение " + render_value(inst) + " не кратно " + render_value(*m));
        ok = false;
    }
    return ok;
}

bool check_string(Walk& w, const Node& schema, const Node& inst, diag::Sink& out) {
    bool ok = check_length(schema, inst, out);
    ok = check_pattern(w, schema, inst, out) && ok;
    const Node* format = schema.get("format");
    if (format && w.impl.options.assert_formats)
        if (auto problem = check_format(format->s, inst.s, w.impl.options)) {
            if (!explain_string(inst, out)) out.error(inst.loc, *problem);
            ok = false;
        }
    return ok;
}

bool check_array(Walk& w, const Node& schema, const Node& inst, diag::Sink& out) {
    bool ok = check_items(w, schema, inst, out);
    ok = check_contains(w, schema, inst, out) && ok;
    ok = check_item_counts(schema, inst, out) && ok;
    return check_unique(schema, inst, out) && ok;
}

}  // namespace shnor::validate
