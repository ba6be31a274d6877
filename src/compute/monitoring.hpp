#pragma once
// The figures of the region's yearly monitoring report for the ministry
// (seed 003, «критерии»): the year's figures, the KPI, tables by
// municipality and by curator, and the schools whose support format must
// change. Made from the summaries and roll-ups; no figure is computed twice.
#include <optional>
#include <vector>

#include "compute/analysis.hpp"

namespace shnor::compute {

// The KPI the concept names, each a share or a count with its target.
enum class Kpi {
    Reduction,     // the list shrinks by at least 25 % (seed: 25–30 %) against year - 1
    Roadmaps,      // roadmaps in 100 % of the schools
    Execution,     // roadmap execution: measures done among those not cancelled
    SecondYear,    // schools on the list the second year running (change of support format)
    Partnerships,  // agreements with leader schools that year ≥ the region's target
};

struct KpiValue {
    Kpi kpi = Kpi::Reduction;
    std::optional<double> value;  // share in [0, 1] or a count; none: no data
    std::optional<bool> met;      // none: no target, or no data
    int target = 0;               // Partnerships: the region's yearly target
};

// A curator's schools of the year, summed like a municipality's.
struct CuratorFigures {
    const model::Person* person = nullptr;
    YearFigures figures;
    int needing_attention = 0;
};

struct MonitoringYear {
    int year = 0;
    YearFigures region;
    std::vector<KpiValue> kpi;                     // in the order of Kpi
    std::vector<MunicipalityYear> municipalities;  // municipalities with schools that year
    std::vector<CuratorFigures> curators;          // curators with schools that year, project order
    // Schools on the list the second year running: their support format
    // changes (seed 003). Indexes into Analysis::summaries, in its order.
    std::vector<std::size_t> changed_format;
};

inline constexpr double kReductionTarget = 0.25;

// One per programme year of the region, ascending.
std::vector<MonitoringYear> monitoring_years(const model::Project& project,
                                             const Analysis& analysis);

}  // namespace shnor::compute
