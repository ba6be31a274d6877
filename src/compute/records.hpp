#pragma once
// Figures of the records of issue #15: curator visits, partnerships against
// the region's yearly target, year-over-year results and the six regional
// indicators of seed 003. Pure functions; the curator pages and the
// monitoring report read them through compute::SchoolSummary.
#include <array>
#include <optional>
#include <vector>

#include "model/project.hpp"

namespace shnor::compute {

// ---- visits ----

struct VisitFigures {
    int count = 0;    // visits and consultations of the year up to the report date
    int on_site = 0;  // of them, visits to the school (format visit)
    std::optional<model::Date> last;
};

// The school's visits of `year` dated on or before as_of.
VisitFigures visit_figures(const std::vector<model::Visit>& visits, int year, model::Date as_of);

// The date `months` calendar months before `d` (the day clamped to the
// month's length): 2022-05-31 minus 3 months is 2022-02-28.
model::Date months_before(model::Date d, int months);

// No visit within the last `months` months before as_of: the last visit is
// missing or earlier than months_before(as_of, months).
bool without_recent_visit(const std::optional<model::Date>& last, model::Date as_of, int months);

// ---- partnerships ----

struct PartnershipYear {
    int year = 0;
    int count = 0;    // agreements concluded that year
    int target = 0;   // region.yaml partnership_target
    int schools = 0;  // distinct ШНОР with an agreement that year
    bool met() const { return count >= target; }
};

// One entry per programme year, ascending.
std::vector<PartnershipYear> partnership_years(const model::Project& project);

// The agreements a school is a party to: as the ШНОР, or as a leader through
// leaders.yaml `school`. Project order.
std::vector<const model::Partnership*> partnerships_of(const model::Project& project,
                                                       const std::string& school_id);

// ---- assessment results ----

struct ResultChange {
    const model::AssessmentResult* result = nullptr;
    const model::AssessmentResult* previous = nullptr;  // same assessment, subject, grade, year - 1
    std::optional<double> below_basic_change;           // percentage points; negative is better
    std::optional<double> mean_score_change;
};

// The school's results of `year` with their change from year - 1.
std::vector<ResultChange> result_changes(const model::School& school, int year);

// ---- the six regional indicators ----

using IndicatorValues = std::array<std::optional<double>, model::kRegionalIndicators>;

// A school's six indicators for a year: what results.yaml supplies; without
// a supplied value, «массовость достижения базовых результатов» is the
// participant-weighted share at the basic level or above, and «объективность»
// the participant-weighted share of results not flagged as not objective.
// Nothing is invented: absent stays absent («нет данных»).
IndicatorValues school_indicators(const model::School& school, int year);

struct RegionIndicator {
    std::optional<double> mean;  // over the schools with a value; none: «нет данных»
    int schools = 0;             // schools with a value
};

// Per indicator, over the given schools' values for one year.
std::array<RegionIndicator, model::kRegionalIndicators> region_indicators(
    const std::vector<IndicatorValues>& schools);

}  // namespace shnor::compute
