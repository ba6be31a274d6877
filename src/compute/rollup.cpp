#include "compute/rollup.hpp"

namespace shnor::compute {

namespace {

bool in_programme(const SchoolAnalysis& school, int year) {
    const SchoolYear* sy = school.year(year);
    return sy && sy->participation;
}

int count_in_programme(const std::vector<const SchoolAnalysis*>& schools, int year) {
    int n = 0;
    for (const SchoolAnalysis* s : schools) n += in_programme(*s, year) ? 1 : 0;
    return n;
}

void add_school_year(YearFigures& f, const SchoolYear& sy, bool was_in_previous) {
    ++f.schools;
    if (sy.exited) ++f.exited;
    if (was_in_previous) ++f.second_year;
    if (sy.roadmap_accepted) ++f.accepted_roadmaps;
    if (sy.initial && sy.final_) {
        ++f.with_both_waves;
        if (sy.final_->high < sy.initial->high) ++f.high_decreased;
    }
    f.counts += sy.counts;
}

std::vector<const SchoolAnalysis*> all_of(const std::vector<SchoolAnalysis>& schools) {
    std::vector<const SchoolAnalysis*> out;
    for (const auto& s : schools) out.push_back(&s);
    return out;
}

std::vector<const SchoolAnalysis*> in_municipality(const std::vector<SchoolAnalysis>& schools,
                                                   const std::string& municipality) {
    std::vector<const SchoolAnalysis*> out;
    for (const auto& s : schools)
        if (s.school->municipality == municipality) out.push_back(&s);
    return out;
}

}  // namespace

YearFigures year_figures(const std::vector<const SchoolAnalysis*>& schools, int year) {
    YearFigures f;
    f.year = year;
    for (const SchoolAnalysis* s : schools) {
        const SchoolYear* sy = s->year(year);
        if (sy && sy->participation) add_school_year(f, *sy, in_programme(*s, year - 1));
    }
    int previous = count_in_programme(schools, year - 1);
    if (previous > 0)
        f.reduction = static_cast<double>(previous - f.schools) / static_cast<double>(previous);
    return f;
}

std::vector<YearFigures> region_figures(const model::Project& project,
                                        const std::vector<SchoolAnalysis>& schools) {
    auto all = all_of(schools);
    std::vector<YearFigures> out;
    for (const auto& py : project.region.years) out.push_back(year_figures(all, py.year));
    return out;
}

std::vector<std::vector<MunicipalityYear>> municipality_figures(
    const model::Project& project, const std::vector<SchoolAnalysis>& schools) {
    std::vector<std::vector<const SchoolAnalysis*>> groups;
    for (const auto& m : project.municipalities) groups.push_back(in_municipality(schools, m.id));
    std::vector<std::vector<MunicipalityYear>> out;
    for (const auto& py : project.region.years) {
        auto& row = out.emplace_back();
        for (std::size_t i = 0; i < groups.size(); ++i)
            row.push_back({&project.municipalities[i], year_figures(groups[i], py.year)});
    }
    return out;
}

}  // namespace shnor::compute
