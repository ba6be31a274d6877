// Projection of a school's page (passport, years, documents, roadmaps,
// indicators) into Value trees; the names the templates use. The
// has_<name> flags are added by the caller (view/projection.cpp,
// with_flags) over the whole page.
#include "view/projection.hpp"

namespace shnor::view {
namespace {

// Declared first so that list() sees every overload.
Value item(const ParticipationRow&);
Value item(const ProfileRow&);
Value item(const ChangeRow&);
Value item(const ReviewRow&);
Value item(const MeasureRow&);
Value item(const PointRow&);
Value item(const IndicatorRow&);
Value item(const DocumentView&);
Value item(const TaskGroup&);
Value item(const SchoolYearView&);

template <typename T>
Value list(const std::vector<T>& items) {
    Value l = Value::list();
    for (const auto& i : items) l.push(item(i));
    return l;
}

Value item(const ParticipationRow& r) {
    return Value()
        .set("year", r.year)
        .set("curator", r.curator)
        .set("curator_href", r.curator_href)
        .set("basis", r.basis)
        .set("outcome", r.outcome)
        .set("exited", r.exited);
}

Value item(const ProfileRow& r) {
    return Value()
        .set("number", r.number)
        .set("title", r.title)
        .set("href", r.href)
        .set("initial", level_value(r.initial))
        .set("final", level_value(r.final_))
        .set("change_key", r.change_key)
        .set("change_text", r.change_text)
        .set("selected", r.selected)
        .set("y", r.y)
        .set("y_final", r.y_final)
        .set("y_label", r.y_label)
        .set("y_text", r.y_text)
        .set("y_final_text", r.y_final_text)
        .set("w_initial", r.w_initial)
        .set("w_final", r.w_final);
}

Value item(const ChangeRow& r) {
    return Value()
        .set("number", r.number)
        .set("title", r.title)
        .set("change_key", r.change_key)
        .set("change_text", r.change_text)
        .set("before", level_value(r.before))
        .set("after", level_value(r.after));
}

Value item(const ReviewRow& r) {
    return Value()
        .set("date", r.date)
        .set("status_key", r.status_key)
        .set("status_text", r.status_text)
        .set("by", r.by)
        .set("comment", r.comment);
}

Value item(const MeasureRow& r) {
    return Value()
        .set("number", r.number)
        .set("title", r.title)
        .set("start", r.start)
        .set("due", r.due)
        .set("done_date", r.done_date)
        .set("responsible", r.responsible)
        .set("participants", r.participants)
        .set("result", r.result)
        .set("status_key", r.status_key)
        .set("status_text", r.status_text)
        .set("overdue", r.overdue)
        .set("evidence", links_value(r.evidence));
}

Value item(const PointRow& r) {
    return Value()
        .set("date", r.date)
        .set("value", r.value)
        .set("source", r.source)
        .set("analysis", r.analysis);
}

Value item(const IndicatorRow& r) {
    return Value()
        .set("title", r.title)
        .set("unit", r.unit)
        .set("method", r.method)
        .set("trend", r.trend)
        .set("baseline", r.baseline)
        .set("baseline_date", r.baseline_date)
        .set("target", r.target)
        .set("target_date", r.target_date)
        .set("latest", r.latest)
        .set("latest_date", r.latest_date)
        .set("has_latest", r.has_latest)
        .set("status_key", r.status_key)
        .set("status_text", r.status_text)
        .set("progress", bar_value(r.progress))
        .set("expected", bar_value(r.expected))
        .set("expected_x", r.expected_x)
        .set("targets", list(r.targets))
        .set("measurements", list(r.measurements));
}

Value item(const DocumentView& d) {
    return Value()
        .set("id", d.id)
        .set("title", d.title)
        .set("kind", d.kind)
        .set("risk", d.risk)
        .set("goal", d.goal)
        .set("review_key", d.review_key)
        .set("review_text", d.review_text)
        .set("tasks", links_value(d.tasks))
        .set("reviews", list(d.reviews))
        .set("indicators", list(d.indicators))
        .set("roadmap", list(d.roadmap));
}

Value item(const TaskGroup& g) {
    return Value().set("task", g.task).set("measures", list(g.measures));
}

Value item(const SchoolYearView& y) {
    return Value()
        .set("year", y.year)
        .set("curator", y.curator)
        .set("outcome", y.outcome)
        .set("exited", y.exited)
        .set("has_profile", y.has_profile)
        .set("has_final", y.has_final)
        .set("chart_height", y.chart_height)
        .set("profile", list(y.profile))
        .set("from_previous", list(y.from_previous))
        .set("selected", links_value(y.selected))
        .set("documents", list(y.documents))
        .set("measures", y.measures)
        .set("done", y.done)
        .set("overdue", y.overdue)
        .set("has_overdue", y.has_overdue)
        .set("no_roadmap", y.no_roadmap)
        .set("indicators", y.indicators)
        .set("achieved", y.achieved)
        .set("done_bar", bar_value(y.done_bar))
        .set("has_roadmap_pdf", y.has_roadmap_pdf)
        .set("roadmap_pdf_href", y.roadmap_pdf_href)
        .set("records", records_value(y.records));
}

Value passport_value(const Passport& p) {
    return Value()
        .set("name", p.name)
        .set("short_name", p.short_name)
        .set("municipality", p.municipality)
        .set("municipality_href", p.municipality_href)
        .set("address", p.address)
        .set("settlement", p.settlement)
        .set("levels", p.levels)
        .set("students", p.students)
        .set("students_ovz", p.students_ovz)
        .set("teachers", p.teachers)
        .set("director", p.director)
        .set("website", p.website)
        .set("has_website", p.has_website)
        .set("participation", list(p.participation))
        .set("people", links_value(p.people));
}

}  // namespace

Value school_fields(const SchoolView& v, Value page) {
    return std::move(page).set("passport", passport_value(v.passport)).set("years", list(v.years));
}

}  // namespace shnor::view
