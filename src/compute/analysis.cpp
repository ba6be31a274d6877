#include "compute/analysis.hpp"

#include "compute/people.hpp"
#include "compute/rollup.hpp"
#include "compute/school_year.hpp"
#include "compute/summary.hpp"

namespace shnor::compute {

const SchoolYear* SchoolAnalysis::year(int y) const {
    for (const auto& sy : years)
        if (sy.year == y) return &sy;
    return nullptr;
}

const SchoolAnalysis* Analysis::school(const std::string& id) const {
    for (const auto& s : schools)
        if (s.school->id == id) return &s;
    return nullptr;
}

void add_rollups(const model::Project& project, Analysis& analysis) {
    analysis.region = region_figures(project, analysis.summaries);
    analysis.municipalities = municipality_figures(project, analysis.summaries);
    analysis.people = people_rollups(project, analysis.summaries);
}

Analysis analyse(const model::Project& project, model::Date as_of, diag::Sink& sink) {
    Analysis a;
    a.as_of = as_of;
    for (const auto& school : project.schools) {
        a.schools.push_back(analyse_school(project, school, as_of, sink));
        a.summaries.push_back(summarise(project, a.schools.back()));
    }
    add_rollups(project, a);
    return a;
}

}  // namespace shnor::compute
