// Messages that explain rather than state: look-alike characters, decimal
// commas and Russian words written for enumerated values.
#include "diag/odd_chars.hpp"
#include "load/hints.hpp"
#include "model/labels.hpp"
#include "validate/schema_text.hpp"

namespace shnor::validate {

namespace {

// Where the index-th character of a scalar is: its own column when the
// scalar is on one line (a quoted one starts one column later).
diag::SourceLoc char_loc(const load::Node& n, std::size_t index) {
    diag::SourceLoc loc = n.loc;
    if (loc.known() && n.s.find('\n') == std::string::npos)
        loc.column += static_cast<int>(index) + (n.plain ? 0 : 1);
    return loc;
}

std::string labelled(const model::EnumChoice& c) {
    return std::string(c.key) + " (" + std::string(c.label) + ")";
}

// The choice whose label the user wrote (exactly, or with a typo).
const model::EnumChoice* by_label(const model::EnumTable& t, const std::string& written) {
    std::string folded = diag::fold_case(written);
    std::vector<std::string> labels;
    for (const auto& c : t.choices) {
        if (diag::fold_case(c.label) == folded) return &c;
        labels.push_back(std::string(c.label));
    }
    if (auto near = diag::suggest(folded, labels))
        for (const auto& c : t.choices)
            if (c.label == *near) return &c;
    return nullptr;
}

}  // namespace

bool explain_string(const load::Node& inst, diag::Sink& out) {
    if (!inst.is_string()) return false;
    if (auto odd = diag::find_odd_char(inst.s)) {
        out.error(char_loc(inst, odd->index),
                  std::string(odd->name) + " в значении " + quoted(inst.s) + ": " + odd->fix);
        return true;
    }
    if (load::is_decimal_comma(inst.s)) {
        out.error(inst.loc, load::decimal_comma_message(inst.s));
        return true;
    }
    return false;
}

std::string enum_message(const load::Node& choices, const std::vector<std::string>& strings,
                         const load::Node& inst) {
    const model::EnumTable* table = model::enum_table_for(strings);
    if (!table) {
        std::string message = render_value(inst) +
                              " не входит в список допустимых значений: " + render_choices(choices);
        if (inst.is_string())
            if (auto hint = suggest(inst.s, strings))
                message += " (возможно, " + quoted(*hint) + ")";
        return message;
    }
    std::string list;
    for (const auto& c : table->choices) list += (list.empty() ? "" : ", ") + labelled(c);
    if (inst.is_string())
        if (const model::EnumChoice* c = by_label(*table, inst.s))
            return quoted(inst.s) + ": напишите " + labelled(*c) + "; допустимые значения: " + list;
    std::string message = render_value(inst) + " не входит в список допустимых значений: " + list;
    if (inst.is_string())
        if (auto hint = suggest(inst.s, strings)) message += "; возможно, вы имели в виду " + *hint;
    return message;
}

}  // namespace shnor::validate
