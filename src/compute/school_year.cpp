#include "compute/school_year.hpp"

#include <set>

#include "compute/dynamics.hpp"
#include "compute/levels.hpp"
#include "compute/progress.hpp"

namespace shnor::compute {

using model::Wave;

namespace {

// Local lookups keep compute/ independent of model/'s helper definitions.
const model::Catalogue* catalogue_of(const model::Project& project, int year) {
    auto it = project.catalogues.find(year);
    return it != project.catalogues.end() ? &it->second : nullptr;
}

const model::RiskFactor* factor_of(const model::Catalogue* catalogue, const std::string& id) {
    if (!catalogue) return nullptr;
    for (const auto& f : catalogue->factors)
        if (f.id == id) return &f;
    return nullptr;
}

const model::Diagnostic* diagnostic_of(const model::School& school, int year, Wave wave) {
    for (const auto& d : school.diagnostics)
        if (d.year == year && d.wave == wave) return &d;
    return nullptr;
}

const model::Participation* participation_of(const model::School& school, int year) {
    for (const auto& p : school.participation)
        if (p.year == year) return &p;
    return nullptr;
}

const model::Document* anti_risk_programme(const model::School& school, int year,
                                           const std::string& factor) {
    for (const auto& d : school.documents)
        if (d.year == year && d.kind == model::DocKind::AntiRisk && d.risk == factor) return &d;
    return nullptr;
}

std::vector<int> years_of(const model::School& school) {
    std::set<int> years;
    for (const auto& p : school.participation) years.insert(p.year);
    for (const auto& d : school.diagnostics) years.insert(d.year);
    for (const auto& d : school.documents) years.insert(d.year);
    return {years.begin(), years.end()};
}

std::optional<RiskProfile> profile_of(const model::Catalogue* catalogue,
                                      const model::School& school, int year, Wave wave,
                                      diag::Sink& sink) {
    const model::Diagnostic* d = diagnostic_of(school, year, wave);
    if (!d) return std::nullopt;
    return risk_profile(catalogue, *d, sink);
}

void add_profiles(SchoolYear& sy, const model::Catalogue* catalogue, const model::School& school,
                  const SchoolYear* previous, diag::Sink& sink) {
    sy.initial = profile_of(catalogue, school, sy.year, Wave::Initial, sink);
    sy.final_ = profile_of(catalogue, school, sy.year, Wave::Final, sink);
    if (sy.initial && sy.final_) sy.within_year = within_year(*sy.initial, *sy.final_);
    if (!previous || !sy.initial) return;
    const auto& before = previous->final_ ? previous->final_ : previous->initial;
    if (before) sy.from_previous_year = year_over_year(*before, *sy.initial);
}

void add_documents(SchoolYear& sy, const model::School& school, model::Date as_of) {
    for (const auto& d : school.documents) {
        if (d.year != sy.year) continue;
        sy.documents.push_back(document_progress(d, school.measurements, as_of));
        sy.counts += sy.documents.back().counts;
    }
    sy.roadmap_accepted = roadmap_accepted(sy.documents);
}

SchoolYear school_year(const model::Project& project, const model::School& school, int year,
                       const SchoolYear* previous, model::Date as_of, diag::Sink& sink) {
    SchoolYear sy;
    sy.year = year;
    sy.participation = participation_of(school, year);
    sy.exited = sy.participation && sy.participation->outcome == model::Outcome::Exited;
    const model::Catalogue* catalogue = catalogue_of(project, year);
    add_profiles(sy, catalogue, school, previous, sink);
    sy.selected = selected_risks(catalogue, school, year);
    add_documents(sy, school, as_of);
    return sy;
}

}  // namespace

std::vector<SelectedRisk> selected_risks(const model::Catalogue* catalogue,
                                         const model::School& school, int year) {
    const model::Diagnostic* d = diagnostic_of(school, year, Wave::Initial);
    if (!d || d->selected_risks.empty()) d = diagnostic_of(school, year, Wave::Final);
    std::vector<SelectedRisk> out;
    if (!d) return out;
    for (const auto& id : d->selected_risks)
        if (const model::RiskFactor* f = factor_of(catalogue, id))
            out.push_back({f, anti_risk_programme(school, year, id)});
    return out;
}

bool roadmap_accepted(const std::vector<DocumentProgress>& documents) {
    bool any = false;
    for (const auto& d : documents) {
        if (d.document->measures.empty()) continue;
        if (d.review != model::ReviewStatus::Accepted) return false;
        any = true;
    }
    return any;
}

SchoolAnalysis analyse_school(const model::Project& project, const model::School& school,
                              model::Date as_of, diag::Sink& sink) {
    SchoolAnalysis sa;
    sa.school = &school;
    sa.as_of = as_of;
    for (int year : years_of(school)) {
        const SchoolYear* previous = sa.year(year - 1);
        sa.years.push_back(school_year(project, school, year, previous, as_of, sink));
    }
    return sa;
}

}  // namespace shnor::compute
