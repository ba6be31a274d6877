#include "compute/monitoring.hpp"

#include "compute/records.hpp"
#include "compute/rollup.hpp"

namespace shnor::compute {
namespace {

std::vector<KpiValue> kpis(const YearFigures& f, bool has_previous) {
    std::vector<KpiValue> out;
    KpiValue reduction{Kpi::Reduction, std::nullopt, std::nullopt, 0};
    if (has_previous) {
        reduction.value = f.reduction;
        reduction.met = f.reduction + 1e-9 >= kReductionTarget;
    }
    out.push_back(reduction);
    KpiValue roadmaps{Kpi::Roadmaps, std::nullopt, std::nullopt, 0};
    if (f.schools > 0) {
        roadmaps.value = static_cast<double>(f.with_roadmap) / f.schools;
        roadmaps.met = f.with_roadmap == f.schools;
    }
    out.push_back(roadmaps);
    // The concept names execution as the criterion without a threshold.
    KpiValue execution{Kpi::Execution, std::nullopt, std::nullopt, 0};
    if (f.counts.measures > f.counts.cancelled) execution.value = f.counts.done_share();
    out.push_back(execution);
    out.push_back({Kpi::SecondYear, static_cast<double>(f.second_year), std::nullopt, 0});
    return out;
}

bool in_programme(const SchoolSummary& s, int year) {
    const YearSummary* y = s.year(year);
    return y && y->participates;
}

std::vector<CuratorFigures> curators(const Analysis& a, int year) {
    std::vector<CuratorFigures> out;
    for (const auto& p : a.people) {
        if (p.person->role != model::Role::Curator) continue;
        for (const auto& py : p.years) {
            if (py.year != year || py.schools.empty()) continue;
            std::vector<const SchoolSummary*> schools;
            for (std::size_t i : py.schools) schools.push_back(&a.summaries[i]);
            out.push_back({p.person, year_figures(schools, year), py.needing_attention});
        }
    }
    return out;
}

}  // namespace

std::vector<MonitoringYear> monitoring_years(const model::Project& project,
                                             const Analysis& analysis) {
    std::vector<MonitoringYear> out;
    const auto partnerships = partnership_years(project);
    for (std::size_t i = 0; i < analysis.region.size(); ++i) {
        MonitoringYear m;
        m.region = analysis.region[i];
        m.year = m.region.year;
        const bool has_previous = i > 0 && analysis.region[i - 1].schools > 0;
        m.kpi = kpis(m.region, has_previous);
        for (const auto& p : partnerships)
            if (p.year == m.year)
                m.kpi.push_back(
                    {Kpi::Partnerships, static_cast<double>(p.count), p.met(), p.target});
        if (i < analysis.municipalities.size())
            for (const auto& my : analysis.municipalities[i])
                if (my.figures.schools > 0) m.municipalities.push_back(my);
        m.curators = curators(analysis, m.year);
        for (std::size_t s = 0; s < analysis.summaries.size(); ++s)
            if (in_programme(analysis.summaries[s], m.year) &&
                in_programme(analysis.summaries[s], m.year - 1))
                m.changed_format.push_back(s);
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace shnor::compute
