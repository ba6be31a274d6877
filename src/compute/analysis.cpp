#include "compute/analysis.hpp"

#include "compute/rollup.hpp"
#include "compute/school_year.hpp"

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

Analysis analyse(const model::Project& project, model::Date as_of, diag::Sink& sink) {
    Analysis a;
    a.as_of = as_of;
    for (const auto& school : project.schools)
        a.schools.push_back(analyse_school(project, school, as_of, sink));
    a.region = region_figures(project, a.schools);
    a.municipalities = municipality_figures(project, a.schools);
    return a;
}

}  // namespace shnor::compute
