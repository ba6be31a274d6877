// People who served in the last year serve in the new one too, until a
// person decides otherwise: without the year in `years` a curator's
// acceptance of a new-year document would not count (validate/reviewers).
#include <algorithm>

#include "scaffold/new_year.hpp"
#include "scaffold/text.hpp"
#include "scaffold/yaml_out.hpp"

namespace shnor::scaffold {

namespace {

// The edit that adds `year` to a list of years, flow ([2021, 2022]) or block.
std::optional<Edit> add_to_list(std::string_view text, const load::Node& years, int year) {
    if (years.seq.empty()) return std::nullopt;
    std::size_t at = offset_of(text, years.loc);
    if (at < text.size() && text[at] == '[') {
        std::size_t close = text.find(']', at);
        if (close == std::string_view::npos) return std::nullopt;
        return Edit{close, 0, ", " + std::to_string(year)};
    }
    std::size_t last = offset_of(text, years.seq.back()->loc);
    std::size_t line = text.rfind('\n', last);
    line = line == std::string_view::npos ? 0 : line + 1;
    std::size_t dash = text.rfind('-', last);
    if (dash == std::string_view::npos || dash < line) return std::nullopt;
    std::size_t eol = text.find('\n', last);
    if (eol == std::string_view::npos) eol = text.size();
    return Edit{eol, 0,
                "\n" + std::string(text.substr(line, dash - line)) + "- " + std::to_string(year)};
}

}  // namespace

bool carry_people(const Input& in, int year, Plan& plan) {
    const load::ContentFile* f = in.file("people.yaml");
    const load::Node* people = f && f->root ? f->root->get("people") : nullptr;
    if (!people) return true;  // nobody to carry
    const std::string& text = in.source(*f);
    std::vector<Edit> edits;
    for (const auto& person : people->seq) {
        const load::Node* years = person->get("years");
        if (!years || !years->is_seq()) continue;
        bool served = std::any_of(years->seq.begin(), years->seq.end(), [&](const auto& y) {
            return y->kind == load::Kind::Int && y->i == year - 1;
        });
        if (!served) continue;
        auto edit = add_to_list(text, *years, year);
        if (!edit) return false;
        edits.push_back(*edit);
    }
    if (edits.empty()) return true;
    const std::string y = std::to_string(year), ly = std::to_string(year - 1);
    edits.push_back({0, 0,
                     "# TODO: " + y + " год добавлен в years всем, кто работал в " + ly +
                         " году: уберите тех, кто не продолжает, и добавьте новых\n"});
    plan.edited["people.yaml"] = apply(text, edits);
    plan.report.push_back("people.yaml: " + y + " год в years у всех, кто работал в " + ly +
                          " году: " + std::to_string(edits.size() - 1));
    return true;
}

}  // namespace shnor::scaffold
