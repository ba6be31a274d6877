#pragma once
// Roadmap progress on the report date: indicator values against targets,
// measure deadlines, review state. The report date is an input, never the clock.
#include <optional>
#include <vector>

#include "compute/analysis.hpp"

namespace shnor::compute {

// The last measurement of the indicator dated on or before as_of among the
// measurements of that programme year; nullopt when there is none.
std::optional<model::Point> latest_value(const std::string& indicator,
                                         const std::vector<model::Measurement>& measurements,
                                         int year, model::Date as_of);

// The first target dated on or after as_of, else the last target.
std::optional<model::Point> current_target(const model::Indicator& indicator, model::Date as_of);

// (latest - baseline) / (target - baseline) bounded to [0, 1]; when the target
// does not move away from the baseline in the wanted direction: 1 if latest
// is at or beyond the target, else 0.
double progress_share(const model::Indicator& indicator, double latest, double target);

// Share of the time from `from` to `to` elapsed on as_of, bounded to [0, 1];
// an empty or reversed span counts as fully elapsed once as_of reaches `to`.
double elapsed_share(model::Date from, model::Date to, model::Date as_of);

IndicatorProgress indicator_progress(const model::Indicator& indicator,
                                     const std::vector<model::Measurement>& measurements, int year,
                                     model::Date as_of);

// Overdue: planned or in progress and due strictly before as_of.
MeasureState measure_state(const model::Measure& measure, model::Date as_of);

// Status of the last review entry; Draft when there is none.
model::ReviewStatus review_status(const model::Document& document);

DocumentProgress document_progress(const model::Document& document,
                                   const std::vector<model::Measurement>& measurements,
                                   model::Date as_of);

}  // namespace shnor::compute
