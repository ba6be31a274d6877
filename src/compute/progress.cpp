#include "compute/progress.hpp"

#include <algorithm>

namespace shnor::compute {

using model::Date;
using model::Point;

namespace {

// Values come from decimal YAML scalars; a tolerance keeps 0.1 + 0.2 style
// noise from turning «достигнут» into «отстаёт».
constexpr double kEps = 1e-9;

double better_sign(model::Trend trend) { return trend == model::Trend::Increase ? 1.0 : -1.0; }

// The year a measurement belongs to: its folder's year once the model carries
// it, until then the calendar year of its date.
template <class M>
int measurement_year(const M& m) {
    if constexpr (requires { m.year; })
        return m.year;
    else
        return m.date.year;
}

bool reaches(const model::Indicator& indicator, double latest, double target) {
    return better_sign(indicator.trend) * (latest - target) >= -kEps;
}

IndicatorStatus status_of(const IndicatorProgress& p) {
    if (!p.latest || !p.target) return IndicatorStatus::NoData;
    if (reaches(*p.indicator, p.latest->value, p.target->value)) return IndicatorStatus::Achieved;
    if (p.progress + kEps >= p.expected) return IndicatorStatus::OnTrack;
    return IndicatorStatus::Lagging;
}

void count_measure(Counts& c, const MeasureState& s) {
    ++c.measures;
    switch (s.measure->status) {
        case model::MeasureStatus::Planned:
            ++c.planned;
            break;
        case model::MeasureStatus::InProgress:
            ++c.in_progress;
            break;
        case model::MeasureStatus::Done:
            ++c.done;
            break;
        case model::MeasureStatus::Cancelled:
            ++c.cancelled;
            break;
    }
    if (s.overdue) ++c.overdue;
}

void count_indicator(Counts& c, const IndicatorProgress& p) {
    ++c.indicators;
    switch (p.status) {
        case IndicatorStatus::Achieved:
            ++c.achieved;
            break;
        case IndicatorStatus::OnTrack:
            ++c.on_track;
            break;
        case IndicatorStatus::Lagging:
            ++c.lagging;
            break;
        case IndicatorStatus::NoData:
            ++c.no_data;
            break;
    }
}

}  // namespace

double Counts::done_share() const {
    int base = measures - cancelled;
    return base > 0 ? static_cast<double>(done) / base : 0.0;
}

Counts& Counts::operator+=(const Counts& o) {
    measures += o.measures;
    planned += o.planned;
    in_progress += o.in_progress;
    done += o.done;
    cancelled += o.cancelled;
    overdue += o.overdue;
    indicators += o.indicators;
    achieved += o.achieved;
    on_track += o.on_track;
    lagging += o.lagging;
    no_data += o.no_data;
    return *this;
}

std::optional<Point> latest_value(const std::string& indicator,
                                  const std::vector<model::Measurement>& measurements, int year,
                                  Date as_of) {
    std::optional<Point> latest;
    for (const auto& m : measurements) {
        if (m.indicator != indicator || measurement_year(m) != year || m.date > as_of) continue;
        if (!latest || m.date >= latest->date) latest = Point{m.value, m.date};
    }
    return latest;
}

std::optional<Point> current_target(const model::Indicator& indicator, Date as_of) {
    for (const auto& t : indicator.targets)
        if (t.date >= as_of) return t;
    if (indicator.targets.empty()) return std::nullopt;
    return indicator.targets.back();
}

double progress_share(const model::Indicator& indicator, double latest, double target) {
    double sign = better_sign(indicator.trend);
    double need = sign * (target - indicator.baseline.value);
    if (need <= kEps) return reaches(indicator, latest, target) ? 1.0 : 0.0;
    double gained = sign * (latest - indicator.baseline.value);
    return std::clamp(gained / need, 0.0, 1.0);
}

double elapsed_share(Date from, Date to, Date as_of) {
    long span = to.days() - from.days();
    if (span <= 0) return as_of >= to ? 1.0 : 0.0;
    double share = static_cast<double>(as_of.days() - from.days()) / static_cast<double>(span);
    return std::clamp(share, 0.0, 1.0);
}

IndicatorProgress indicator_progress(const model::Indicator& indicator,
                                     const std::vector<model::Measurement>& measurements, int year,
                                     Date as_of) {
    IndicatorProgress p;
    p.indicator = &indicator;
    p.latest = latest_value(indicator.id, measurements, year, as_of);
    p.target = current_target(indicator, as_of);
    if (p.target) p.expected = elapsed_share(indicator.baseline.date, p.target->date, as_of);
    if (p.latest && p.target)
        p.progress = progress_share(indicator, p.latest->value, p.target->value);
    p.status = status_of(p);
    return p;
}

MeasureState measure_state(const model::Measure& measure, Date as_of) {
    bool open = measure.status == model::MeasureStatus::Planned ||
                measure.status == model::MeasureStatus::InProgress;
    return {&measure, open && measure.due < as_of};
}

model::ReviewStatus review_status(const model::Document& document) {
    return document.reviews.empty() ? model::ReviewStatus::Draft : document.reviews.back().status;
}

DocumentProgress document_progress(const model::Document& document,
                                   const std::vector<model::Measurement>& measurements,
                                   Date as_of) {
    DocumentProgress d;
    d.document = &document;
    d.review = review_status(document);
    for (const auto& m : document.measures) {
        d.measures.push_back(measure_state(m, as_of));
        count_measure(d.counts, d.measures.back());
    }
    for (const auto& i : document.indicators) {
        d.indicators.push_back(indicator_progress(i, measurements, document.year, as_of));
        count_indicator(d.counts, d.indicators.back());
    }
    return d;
}

}  // namespace shnor::compute
