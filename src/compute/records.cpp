#include "compute/records.hpp"

#include <algorithm>
#include <set>
#include <tuple>

namespace shnor::compute {

using model::Date;

VisitFigures visit_figures(const std::vector<model::Visit>& visits, int year, Date as_of) {
    VisitFigures f;
    for (const auto& v : visits) {
        if (v.year != year || !v.date.valid() || v.date > as_of) continue;
        ++f.count;
        if (v.format == "visit") ++f.on_site;
        if (!f.last || *f.last < v.date) f.last = v.date;
    }
    return f;
}

Date months_before(Date d, int months) {
    int index = d.year * 12 + (d.month - 1) - months;
    Date out{index / 12, index % 12 + 1, d.day};
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int last = kDays[out.month - 1];
    bool leap = (out.year % 4 == 0 && out.year % 100 != 0) || out.year % 400 == 0;
    if (out.month == 2 && leap) last = 29;
    out.day = std::min(out.day, last);
    return out;
}

bool without_recent_visit(const std::optional<Date>& last, Date as_of, int months) {
    return !last || *last < months_before(as_of, months);
}

std::vector<PartnershipYear> partnership_years(const model::Project& project) {
    std::vector<PartnershipYear> out;
    for (const auto& y : project.region.years) {
        PartnershipYear py{y.year, 0, project.region.partnership_target, 0};
        std::set<std::string> schools;
        for (const auto& a : project.partnerships)
            if (a.year == y.year) ++py.count, schools.insert(a.school);
        py.schools = static_cast<int>(schools.size());
        out.push_back(py);
    }
    return out;
}

std::vector<const model::Partnership*> partnerships_of(const model::Project& project,
                                                       const std::string& school_id) {
    std::set<std::string> as_leader;
    for (const auto& l : project.leaders)
        if (l.school == school_id) as_leader.insert(l.id);
    std::vector<const model::Partnership*> out;
    for (const auto& a : project.partnerships)
        if (a.school == school_id || as_leader.count(a.leader)) out.push_back(&a);
    return out;
}

std::vector<ResultChange> result_changes(const model::School& school, int year) {
    std::vector<ResultChange> out;
    auto same = [](const model::AssessmentResult& a, const model::AssessmentResult& b) {
        return std::tie(a.assessment, a.subject, a.grade) ==
               std::tie(b.assessment, b.subject, b.grade);
    };
    for (const auto& r : school.results) {
        if (r.year != year) continue;
        ResultChange c{&r, nullptr, {}, {}};
        for (const auto& p : school.results)
            if (p.year == year - 1 && same(p, r)) c.previous = &p;
        if (c.previous && r.below_basic && c.previous->below_basic)
            c.below_basic_change = *r.below_basic - *c.previous->below_basic;
        if (c.previous && r.mean_score && c.previous->mean_score)
            c.mean_score_change = *r.mean_score - *c.previous->mean_score;
        out.push_back(c);
    }
    return out;
}

namespace {

// Participant-weighted share (%) of results for which `part` gives a value.
template <typename Part>
std::optional<double> weighted_share(const model::School& school, int year, Part part) {
    double sum = 0, weight = 0;
    for (const auto& r : school.results) {
        if (r.year != year || r.participants <= 0) continue;
        if (auto v = part(r)) sum += *v * r.participants, weight += r.participants;
    }
    if (weight == 0) return std::nullopt;
    return sum / weight;
}

}  // namespace

IndicatorValues school_indicators(const model::School& school, int year) {
    IndicatorValues v;
    for (const auto& s : school.supplied_indicators)
        if (s.year == year) v = s.values;
    using I = model::RegionalIndicator;
    auto& basic = v[static_cast<std::size_t>(I::BasicResults)];
    if (!basic)
        basic = weighted_share(school, year, [](const model::AssessmentResult& r) {
            return r.below_basic ? std::optional<double>(100 - *r.below_basic) : std::nullopt;
        });
    auto& objective = v[static_cast<std::size_t>(I::Objectivity)];
    if (!objective)
        objective = weighted_share(school, year, [](const model::AssessmentResult& r) {
            return r.objective ? std::optional<double>(*r.objective ? 100 : 0) : std::nullopt;
        });
    return v;
}

std::array<RegionIndicator, model::kRegionalIndicators> region_indicators(
    const std::vector<IndicatorValues>& schools) {
    std::array<RegionIndicator, model::kRegionalIndicators> out;
    std::array<double, model::kRegionalIndicators> sums{};
    for (const auto& values : schools)
        for (std::size_t k = 0; k < values.size(); ++k)
            if (values[k]) sums[k] += *values[k], ++out[k].schools;
    for (std::size_t k = 0; k < out.size(); ++k)
        if (out[k].schools) out[k].mean = sums[k] / out[k].schools;
    return out;
}

}  // namespace shnor::compute
