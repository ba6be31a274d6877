// Meaning checks: dates inside the programme year and ordered, targets in the
// indicator's direction, reviews moving forward, percentages within 0–100,
// selected risks matched by anti-risk programmes.
#include <map>
#include <set>

#include "model/labels.hpp"
#include "validate/references.hpp"

namespace shnor::validate {

using model::Date;
using model::ReviewStatus;

namespace {

// «согласовано» (accepted): the label people read and the code they type.
std::string status_ru(ReviewStatus s) {
    return "«" + model::enum_label("review_status", model::key(s)) + "» (" +
           std::string(model::key(s)) + ")";
}
std::string measure_status_ru(model::MeasureStatus s) {
    return "«" + model::enum_label("measure_status", model::key(s)) + "» (" +
           std::string(model::key(s)) + ")";
}

std::string num(double v) {
    std::string s = std::to_string(v);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

void check_percent(const std::string& unit, double v, const diag::SourceLoc& loc,
                   diag::Sink& sink) {
    if (unit == "%" && (v < 0 || v > 100))
        sink.error(loc, "значение " + num(v) + " % вне диапазона от 0 до 100");
}

// A programme year's measures and targets fall in its calendar year, or with
// region.measure_period: school-year, up to 31 August of the next year (the
// end of the school year that starts in its autumn).
void check_in_year(const Date& d, int year, const char* what, const diag::SourceLoc& loc,
                   diag::Sink& sink, model::MeasurePeriod period = model::MeasurePeriod::Calendar) {
    if (!d.valid()) return;
    if (period == model::MeasurePeriod::SchoolYear) {
        if (d.year == year || (d.year == year + 1 && d.month <= 8)) return;
        sink.error(loc, std::string(what) + " " + d.iso() + " вне " + std::to_string(year) +
                            " года программы (январь " + std::to_string(year) + " — август " +
                            std::to_string(year + 1) + ")");
        return;
    }
    if (d.year != year)
        sink.error(loc, std::string(what) + " " + d.iso() + " вне " + std::to_string(year) +
                            " года программы");
}

void check_indicator(const model::Indicator& ind, int year, model::MeasurePeriod period,
                     diag::Sink& sink) {
    check_percent(ind.unit, ind.baseline.value, ind.loc, sink);
    if (ind.targets.empty())
        sink.error(ind.loc, "у показателя \"" + ind.id + "\" нет целевых значений");
    for (const auto& t : ind.targets) {
        check_percent(ind.unit, t.value, ind.loc, sink);
        check_in_year(t.date, year, "срок целевого значения", ind.loc, sink, period);
        if (t.date.valid() && ind.baseline.date.valid() && t.date < ind.baseline.date)
            sink.error(ind.loc, "срок целевого значения " + t.date.iso() +
                                    " раньше даты базового значения " + ind.baseline.date.iso());
        bool wrong = ind.trend == model::Trend::Increase ? t.value < ind.baseline.value
                                                         : t.value > ind.baseline.value;
        if (wrong)
            sink.warning(ind.loc, "целевое значение " + num(t.value) +
                                      " не соответствует направлению (" +
                                      (ind.trend == model::Trend::Increase ? "рост" : "снижение") +
                                      ") от базового " + num(ind.baseline.value));
    }
}

void check_reviews(const model::Document& d, diag::Sink& sink) {
    const model::Review* prev = nullptr;
    for (const auto& r : d.reviews) {
        if (prev && r.date < prev->date)
            sink.error(r.loc, "дата согласования " + r.date.iso() + " раньше предыдущей " +
                                  prev->date.iso());
        bool allowed = prev ? (prev->status == ReviewStatus::Submitted &&
                               r.status != ReviewStatus::Submitted) ||
                                  (prev->status != ReviewStatus::Submitted &&
                                   r.status == ReviewStatus::Submitted)
                            : r.status == ReviewStatus::Submitted;
        if (!allowed)
            sink.error(r.loc, prev ? "после статуса " + status_ru(prev->status) +
                                         " документ подают снова: следующий статус " +
                                         status_ru(ReviewStatus::Submitted)
                                   : "история согласования начинается со статуса " +
                                         status_ru(ReviewStatus::Submitted));
        prev = &r;
    }
}

void check_document(const model::Document& d, model::MeasurePeriod period, diag::Sink& sink) {
    for (const auto& ind : d.indicators) check_indicator(ind, d.year, period, sink);
    for (const auto& m : d.measures) {
        check_in_year(m.start, d.year, "начало мероприятия", m.loc, sink, period);
        check_in_year(m.due, d.year, "срок мероприятия", m.loc, sink, period);
        if (m.start.valid() && m.due.valid() && m.due < m.start)
            sink.error(m.loc, "срок " + m.due.iso() + " раньше начала " + m.start.iso());
        if (m.done_date && m.status != model::MeasureStatus::Done)
            sink.warning(m.loc, "дата выполнения указана, но статус не " +
                                    measure_status_ru(model::MeasureStatus::Done));
    }
    check_reviews(d, sink);
}

void check_selected(const model::School& s, const Gaps& gaps, diag::Sink& sink) {
    std::map<int, std::set<std::string>> programmes;
    for (const auto& d : s.documents)
        if (d.kind == model::DocKind::AntiRisk) programmes[d.year].insert(d.risk);
    std::map<int, std::set<std::string>> selected;
    for (const auto& diag : s.diagnostics)
        for (const auto& id : diag.selected_risks) selected[diag.year].insert(id);
    bool any_docs = false;
    for (const auto& diagnostic : s.diagnostics) {
        any_docs = programmes.count(diagnostic.year) > 0;
        // Documents not written yet, or one failed to load: nothing to match.
        if (!any_docs || gaps.school_years.count({s.id, diagnostic.year})) continue;
        const auto& ids = diagnostic.selected_risks;
        for (std::size_t k = 0; k < ids.size(); ++k)
            if (!programmes[diagnostic.year].count(ids[k]))
                sink.warning(k < diagnostic.selected_risk_locs.size()
                                 ? diagnostic.selected_risk_locs[k]
                                 : diagnostic.loc,
                             "для выбранного риска \"" + ids[k] + "\" нет антирисковой программы");
    }
    for (const auto& d : s.documents)
        if (d.kind == model::DocKind::AntiRisk && selected.count(d.year) &&
            !selected[d.year].count(d.risk))
            sink.warning(d.risk_loc, "антирисковая программа для риска \"" + d.risk +
                                         "\", который школа не выбрала в диагностике");
}

void check_measurements(const model::School& s, diag::Sink& sink) {
    std::map<std::pair<int, std::string>, std::string> units;
    for (const auto& d : s.documents)
        for (const auto& ind : d.indicators) units[{d.year, ind.id}] = ind.unit;
    for (const auto& x : s.measurements) {
        auto it = units.find({x.date.year, x.indicator});
        if (it != units.end()) check_percent(it->second, x.value, x.loc, sink);
    }
}

void check_diagnostic_values(const model::Project& p, const model::School& s, diag::Sink& sink) {
    for (const auto& d : s.diagnostics) {
        const model::Catalogue* cat = p.catalogue(d.year);
        if (!cat) continue;
        for (const auto& f : cat->factors)
            for (const auto& ind : f.indicators)
                if (auto it = d.indicator_values.find(ind.id); it != d.indicator_values.end())
                    check_percent(ind.unit, it->second, d.loc, sink);
    }
}

}  // namespace

void check_region_meaning(const model::Project& p, diag::Sink& sink) {
    for (const auto& [year, cat] : p.catalogues)
        for (const auto& f : cat.factors)
            for (const auto& ind : f.indicators) {
                check_percent(ind.unit, ind.thresholds.medium, ind.loc, sink);
                check_percent(ind.unit, ind.thresholds.high, ind.loc, sink);
                bool ordered = ind.direction == model::Direction::HigherIsWorse
                                   ? ind.thresholds.medium <= ind.thresholds.high
                                   : ind.thresholds.medium >= ind.thresholds.high;
                if (!ordered) sink.error(ind.loc, "порог medium должен быть мягче порога high");
            }
}

void check_school_meaning(const model::Project& p, const model::School& s, const Gaps& gaps,
                          diag::Sink& sink) {
    for (const auto& d : s.documents) check_document(d, p.region.measure_period, sink);
    for (const auto& diagnostic : s.diagnostics)
        check_in_year(diagnostic.date, diagnostic.year, "дата диагностики", diagnostic.loc, sink);
    check_selected(s, gaps, sink);
    check_measurements(s, sink);
    check_diagnostic_values(p, s, sink);
}

void check_meaning(const model::Project& p, const Gaps& gaps, diag::Sink& sink) {
    check_region_meaning(p, sink);
    for (const auto& s : p.schools) check_school_meaning(p, s, gaps, sink);
}

}  // namespace shnor::validate
