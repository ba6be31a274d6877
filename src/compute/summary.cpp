#include "compute/summary.hpp"

#include <algorithm>

#include "compute/records.hpp"

namespace shnor::compute {
namespace {

std::vector<std::string> high_ids(const std::optional<RiskProfile>& profile) {
    std::vector<std::string> out;
    if (!profile) return out;
    for (const auto& fl : profile->factors)
        if (fl.factor && fl.level == model::Level::High) out.push_back(fl.factor->id);
    return out;
}

std::vector<std::optional<model::Level>> levels_in_order(const model::Catalogue* catalogue,
                                                         const RiskProfile& profile) {
    std::vector<std::optional<model::Level>> out;
    if (!catalogue) return out;
    for (const auto& f : catalogue->factors) {
        const FactorLevel* fl = profile.factor(f.id);
        out.push_back(fl ? fl->level : std::nullopt);
    }
    return out;
}

YearSummary summarise_year(const model::Project& project, const model::School& school,
                           const SchoolYear& sy, model::Date as_of) {
    YearSummary y;
    y.year = sy.year;
    y.participates = sy.participation != nullptr;
    y.no_roadmap = y.participates && sy.documents.empty();
    y.exited = sy.exited;
    y.roadmap_accepted = sy.roadmap_accepted;
    y.both_waves = sy.initial && sy.final_;
    y.high_decreased = y.both_waves && sy.final_->high < sy.initial->high;
    if (sy.participation) y.curator = sy.participation->curator;
    y.counts = sy.counts;
    const auto& profile = sy.initial ? sy.initial : sy.final_;
    const model::Catalogue* catalogue = project.catalogue(sy.year);
    if (profile) {
        y.has_profile = true;
        y.wave = profile->wave;
        y.high = profile->high, y.medium = profile->medium, y.low = profile->low;
        y.levels = levels_in_order(catalogue, *profile);
    }
    y.high_initial = high_ids(sy.initial);
    y.high_final = high_ids(sy.final_);
    const VisitFigures visits = visit_figures(school.visits, sy.year, as_of);
    y.visits = visits.count;
    y.visits_on_site = visits.on_site;
    y.last_visit = visits.last;
    y.indicators = school_indicators(school, sy.year);
    y.attention = attention_items(sy);
    // Only the report date's own year can be «without a visit for N months»
    // (as on the school page).
    if (sy.participation && sy.year == as_of.year && !sy.exited &&
        without_recent_visit(visits.last, as_of, project.region.visit_gap_months))
        add_no_recent_visit(y.attention, visits.last.value_or(model::Date{}));
    return y;
}

}  // namespace

const YearSummary* SchoolSummary::year(int y) const {
    for (const auto& ys : years)
        if (ys.year == y) return &ys;
    return nullptr;
}

SchoolSummary summarise(const model::Project& project, const SchoolAnalysis& analysis) {
    const model::School& s = *analysis.school;
    SchoolSummary out{s.id, s.name, s.short_name, s.municipality, s.loc, {}};
    for (const auto& sy : analysis.years)
        out.years.push_back(summarise_year(project, s, sy, analysis.as_of));
    return out;
}

}  // namespace shnor::compute
