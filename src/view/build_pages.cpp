// Factor pages and Markdown pages.
#include <algorithm>
#include <map>

#include "view/build_records.hpp"
#include "view/builders.hpp"
#include "view/format.hpp"
#include "view/links.hpp"
#include "view/markdown.hpp"

namespace shnor::view {
namespace {

std::string threshold(double v, const std::string& unit) {
    return number_ru(v, 2) + (unit.empty() ? "" : "\u00a0" + unit);
}

std::string group_title(const model::Catalogue& c, const std::string& id) {
    for (const auto& g : c.groups)
        if (g.id == id) return g.title;
    return id;
}

// «№ 6 «Название» (2021 год)»: readers know factors by number and title, not by id.
std::string previous_factor_text(const SiteInput& in, int year, const std::string& id) {
    if (id.empty()) return {};
    const model::Catalogue* prev = in.project.catalogue(year - 1);
    const model::RiskFactor* f = prev ? prev->factor(id) : nullptr;
    if (!f) return {};
    return "№\u00a0" + std::to_string(f->number) + " «" + f->title + "» (" +
           std::to_string(year - 1) + " год)";
}

}  // namespace

FactorView build_factor(const SiteInput& in, const model::Catalogue& catalogue,
                        const model::RiskFactor& factor) {
    std::string path = factor_path(catalogue.year, factor.id);
    FactorView v;
    v.year = std::to_string(catalogue.year);
    v.number = std::to_string(factor.number);
    v.title = capitalized_ru(factor.title);
    v.layout = make_layout(in, v.number + ". " + factor.title, path);
    v.group = group_title(catalogue, factor.group);
    v.replaces = previous_factor_text(in, catalogue.year, factor.replaces);
    for (const auto& ind : factor.indicators)
        v.indicators.push_back(
            {ind.title, respondent_ru(ind.source), ind.unit, direction_ru(ind.direction),
             threshold(ind.thresholds.medium, ind.unit), threshold(ind.thresholds.high, ind.unit)});
    std::map<std::string, int> per_municipality;
    auto has = [&](const std::vector<std::string>& ids) {
        return std::find(ids.begin(), ids.end(), factor.id) != ids.end();
    };
    for (const auto& s : in.analysis.summaries) {
        const auto* sy = s.year(catalogue.year);
        if (!sy || !safe_segment(s.id)) continue;
        std::string waves;
        if (has(sy->high_initial)) waves = wave_ru(model::Wave::Initial);
        if (has(sy->high_final)) waves += (waves.empty() ? "" : ", ") + wave_ru(model::Wave::Final);
        if (waves.empty()) continue;
        v.high_schools.push_back({s.list_name(), relative(path, school_path(s.id)),
                                  municipality_name(in, s.municipality), waves});
        ++per_municipality[s.municipality];
    }
    v.high_total = count(static_cast<int>(v.high_schools.size()));
    if (v.high_schools.size() > kMaxListedSchools) {
        v.compact = true;
        v.high_schools.clear();
        for (const auto& m : in.project.municipalities)  // project order: by name
            if (auto it = per_municipality.find(m.id); it != per_municipality.end())
                v.by_municipality.push_back(
                    {m.name, relative(path, municipality_path(m.id)), count(it->second)});
    }
    for (const auto& [year, cat] : in.project.catalogues) {
        if (year == catalogue.year || !cat.factor(factor.id)) continue;
        v.other_years.push_back(
            {relative(path, factor_path(year, factor.id)), std::to_string(year)});
    }
    for (const auto* f : factors_with_practices(in, catalogue.year))
        if (f->id == factor.id)
            v.practices_href = relative(path, practices_path(catalogue.year, factor.id));
    return v;
}

MarkdownView build_markdown_page(const SiteInput& in, const model::Page& page, diag::Sink& sink) {
    MarkdownView v;
    v.layout = make_layout(in, page.title, page_path(page.id));
    auto html = markdown_to_html(strip_front_matter(page.markdown), page.loc, sink);
    v.content_html = html ? *html : "<p>Страница не может быть показана.</p>\n";
    return v;
}

}  // namespace shnor::view
