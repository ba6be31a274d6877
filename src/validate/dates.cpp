// Date consistency against the report date and the year's order: nothing
// done, measured or reviewed after the report date, no document or approval
// before the order that listed the school, no approval before the curator
// agreed. Also warns about a participating year with no roadmap at all.
#include <map>

#include "validate/references.hpp"

namespace shnor::validate {

using model::Date;

namespace {

std::string order_text(const model::Order& o) {
    return "приказа от " + o.date.iso() + " № " + o.number;
}

void not_after_report(const Date& d, const Date& as_of, const char* what,
                      const diag::SourceLoc& loc, diag::Sink& sink) {
    if (d.valid() && as_of.valid() && as_of < d)
        sink.error(loc, std::string(what) + " " + d.iso() + " позже даты отчёта " + as_of.iso());
}

void check_measures(const model::Document& d, const Date& as_of, diag::Sink& sink) {
    for (const auto& m : d.measures) {
        if (!m.done_date) continue;
        const diag::SourceLoc& loc = m.done_loc.line ? m.done_loc : m.loc;
        not_after_report(*m.done_date, as_of, "дата выполнения", loc, sink);
        if (m.start.valid() && *m.done_date < m.start)
            sink.error(loc, "дата выполнения " + m.done_date->iso() +
                                " раньше начала мероприятия " + m.start.iso());
    }
}

void check_review_dates(const model::Document& d, const model::ProgrammeYear* py, const Date& as_of,
                        diag::Sink& sink) {
    for (const auto& r : d.reviews) {
        not_after_report(r.date, as_of, "дата согласования", r.loc, sink);
        if (py && py->order.date.valid() && r.date.valid() && r.date < py->order.date)
            sink.error(r.loc, "запись о согласовании от " + r.date.iso() + " раньше " +
                                  order_text(py->order) + ", включившего школу в перечень");
    }
}

// The latest acceptance among the year's documents; invalid when none.
Date last_acceptance(const model::School& s, int year) {
    Date last;
    for (const auto& d : s.documents)
        for (const auto& r : d.reviews)
            if (d.year == year && r.status == model::ReviewStatus::Accepted && last < r.date)
                last = r.date;
    return last;
}

void check_approval(const model::School& s, const model::Participation& part,
                    const model::ProgrammeYear* py, const Date& as_of, bool complete,
                    diag::Sink& sink) {
    if (!part.roadmap_approved) return;
    const Date& a = *part.roadmap_approved;
    const diag::SourceLoc& loc = part.approved_loc.line ? part.approved_loc : part.loc;
    not_after_report(a, as_of, "дата утверждения дорожной карты", loc, sink);
    if (py && py->order.date.valid() && a < py->order.date)
        sink.error(loc, "дорожная карта утверждена " + a.iso() + " раньше " +
                            order_text(py->order) + ", включившего школу в перечень");
    const Date agreed = last_acceptance(s, part.year);
    if (!complete) return;  // a document failed to load: its own error says so
    if (!agreed.valid())
        sink.error(loc, "дорожная карта утверждена " + a.iso() +
                            ", но ни один её документ не согласован куратором");
    else if (a < agreed)
        sink.error(loc, "дорожная карта утверждена " + a.iso() +
                            " раньше, чем согласована куратором (" + agreed.iso() + ")");
}

void check_measurement_dates(const model::School& s, const Date& as_of, diag::Sink& sink) {
    std::map<std::pair<int, std::string>, Date> baselines;
    for (const auto& d : s.documents)
        for (const auto& ind : d.indicators) baselines[{d.year, ind.id}] = ind.baseline.date;
    for (const auto& x : s.measurements) {
        not_after_report(x.date, as_of, "измерение от", x.loc, sink);
        auto it = baselines.find({x.date.year, x.indicator});
        if (it != baselines.end() && it->second.valid() && x.date < it->second)
            sink.error(x.loc, "измерение от " + x.date.iso() + " раньше даты базового значения " +
                                  it->second.iso());
    }
}

bool has_documents(const model::School& s, int year) {
    for (const auto& d : s.documents)
        if (d.year == year) return true;
    return false;
}

}  // namespace

void check_school_dates(const model::Project& p, const model::School& s, const Gaps& gaps,
                        const Date& as_of, diag::Sink& sink) {
    auto year_of = [&](int y) -> const model::ProgrammeYear* {
        for (const auto& py : p.region.years)
            if (py.year == y) return &py;
        return nullptr;
    };
    for (const auto& d : s.documents) {
        check_measures(d, as_of, sink);
        check_review_dates(d, year_of(d.year), as_of, sink);
    }
    check_measurement_dates(s, as_of, sink);
    for (const auto& part : s.participation) {
        const bool complete = !gaps.school_years.count({s.id, part.year});
        check_approval(s, part, year_of(part.year), as_of, complete, sink);
        // Not a programme year: that error is reported on its own.
        if (year_of(part.year) && part.year <= as_of.year && complete &&
            !has_documents(s, part.year))
            sink.warning(part.loc, "дорожная карта на " + std::to_string(part.year) +
                                       " год не представлена: нет ни одного документа в папке " +
                                       std::to_string(part.year) + "/");
    }
}

void check_dates(const model::Project& p, const Gaps& gaps, const Date& as_of, diag::Sink& sink) {
    for (const auto& s : p.schools) check_school_dates(p, s, gaps, as_of, sink);
}

}  // namespace shnor::validate
