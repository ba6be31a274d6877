#include "compute/rollup.hpp"

#include <map>

namespace shnor::compute {

namespace {

bool in_programme(const SchoolSummary& school, int year) {
    const YearSummary* y = school.year(year);
    return y && y->participates;
}

void add_school_year(YearFigures& f, const YearSummary& y, bool was_in_previous) {
    ++f.schools;
    if (y.exited) ++f.exited;
    if (was_in_previous) ++f.second_year;
    if (!y.no_roadmap) ++f.with_roadmap;
    if (y.roadmap_accepted) ++f.accepted_roadmaps;
    if (y.both_waves) ++f.with_both_waves;
    if (y.high_decreased) ++f.high_decreased;
    f.counts += y.counts;
    f.visits += y.visits;
    f.visits_on_site += y.visits_on_site;
}

std::vector<const SchoolSummary*> all_of(const std::vector<SchoolSummary>& schools) {
    std::vector<const SchoolSummary*> out;
    for (const auto& s : schools) out.push_back(&s);
    return out;
}

}  // namespace

YearFigures year_figures(const std::vector<const SchoolSummary*>& schools, int year) {
    YearFigures f;
    f.year = year;
    int previous = 0;
    for (const SchoolSummary* s : schools) {
        const bool before = in_programme(*s, year - 1);
        previous += before ? 1 : 0;
        const YearSummary* y = s->year(year);
        if (y && y->participates) add_school_year(f, *y, before);
    }
    if (previous > 0)
        f.reduction = static_cast<double>(previous - f.schools) / static_cast<double>(previous);
    return f;
}

std::vector<YearFigures> region_figures(const model::Project& project,
                                        const std::vector<SchoolSummary>& schools) {
    auto all = all_of(schools);
    std::vector<YearFigures> out;
    for (const auto& py : project.region.years) out.push_back(year_figures(all, py.year));
    return out;
}

std::vector<std::vector<MunicipalityYear>> municipality_figures(
    const model::Project& project, const std::vector<SchoolSummary>& schools) {
    // One pass over the schools, grouped by municipality id.
    std::map<std::string, std::vector<const SchoolSummary*>> by_id;
    for (const auto& s : schools) by_id[s.municipality].push_back(&s);
    std::vector<std::vector<MunicipalityYear>> out;
    for (const auto& py : project.region.years) {
        auto& row = out.emplace_back();
        for (const auto& m : project.municipalities) {
            auto it = by_id.find(m.id);
            static const std::vector<const SchoolSummary*> none;
            row.push_back({&m, year_figures(it == by_id.end() ? none : it->second, py.year)});
        }
    }
    return out;
}

}  // namespace shnor::compute
