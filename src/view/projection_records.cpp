// Projection of the records views (issue #15) into Value trees; the names
// the templates use. The has_<name> flags are added by the caller
// (view/projection.cpp, with_flags) over the whole page.
#include "view/projection.hpp"

namespace shnor::view {
namespace {

Value item(const VisitRow& r) {
    return Value()
        .set("date", r.date)
        .set("curator", r.curator)
        .set("format", r.format)
        .set("purpose", r.purpose)
        .set("findings", r.findings)
        .set("recommendations", r.recommendations)
        .set("report_href", r.report_href);
}

Value item(const PartnershipRow& r) {
    return Value()
        .set("number", r.number)
        .set("date", r.date)
        .set("period", r.period)
        .set("leader", r.leader)
        .set("leader_href", r.leader_href)
        .set("school", r.school)
        .set("school_href", r.school_href)
        .set("support", r.support)
        .set("subject", r.subject);
}

Value item(const ResultRow& r) {
    return Value()
        .set("assessment", r.assessment)
        .set("subject", r.subject)
        .set("grade", r.grade)
        .set("participants", r.participants)
        .set("below_basic", r.below_basic)
        .set("below_change", r.below_change)
        .set("below_change_key", r.below_change_key)
        .set("mean_score", r.mean_score)
        .set("mean_change", r.mean_change)
        .set("mean_change_key", r.mean_change_key)
        .set("objective", r.objective)
        .set("not_objective", r.not_objective);
}

Value item(const RegionalIndicatorRow& r) {
    return Value()
        .set("title", r.title)
        .set("value", r.value)
        .set("schools", r.schools)
        .set("no_data", r.no_data);
}

Value item(const PartnershipYearRow& r) {
    return Value()
        .set("year", r.year)
        .set("count", r.count)
        .set("target", r.target)
        .set("schools", r.schools)
        .set("met", r.met);
}

Value item(const LeaderRow& r) {
    return Value()
        .set("id", r.id)
        .set("name", r.name)
        .set("municipality", r.municipality)
        .set("website", r.website)
        .set("school_href", r.school_href)
        .set("agreements", r.agreements);
}

Value item(const std::string& s) { return Value().set("text", s); }

Value item(const RegionRecordsView::Row& r);
Value item(const PracticeRow& r);

template <typename T>
Value list(const std::vector<T>& items) {
    Value l = Value::list();
    for (const auto& x : items) l.push(item(x));
    return l;
}

Value item(const RegionRecordsView::Row& r) {
    return Value().set("title", r.title).set("cells", list(r.cells));
}

Value item(const PracticeRow& r) {
    return Value()
        .set("id", r.id)
        .set("title", r.title)
        .set("school", r.school)
        .set("school_href", r.school_href)
        .set("year", r.year)
        .set("description_html", r.description_html)
        .set("factors", links_value(r.factors))
        .set("links", links_value(r.links));
}

}  // namespace

Value records_value(const SchoolRecordsView& v) {
    return Value()
        .set("visits_count", v.visits_count)
        .set("last_visit", v.last_visit)
        .set("no_recent_visit", v.no_recent_visit)
        .set("gap_months", v.gap_months)
        .set("visits", list(v.visits))
        .set("partnerships", list(v.partnerships))
        .set("results", list(v.results))
        .set("indicators", list(v.indicators))
        .set("practices", links_value(v.practices));
}

Value records_value(const RegionRecordsView& v) {
    return Value()
        .set("years", list(v.years))
        .set("indicators", list(v.indicators))
        .set("partnerships", list(v.partnerships))
        .set("partnerships_href", v.partnerships_href)
        .set("visits_year", v.visits_year)
        .set("visits_total", v.visits_total)
        .set("visited_schools", v.visited_schools)
        .set("gap_months", v.gap_months)
        .set("without_visit", links_value(v.without_visit));
}

// page is moved through each chain: the tree is never copied.
Value partnerships_fields(const PartnershipsView& v, Value page) {
    return std::move(page)
        .set("years", list(v.years))
        .set("agreements", list(v.agreements))
        .set("leaders", list(v.leaders));
}

Value practices_fields(const PracticesView& v, Value page) {
    return std::move(page)
        .set("year", v.year)
        .set("number", v.number)
        .set("factor_title", v.factor_title)
        .set("factor_href", v.factor_href)
        .set("practices", list(v.practices));
}

}  // namespace shnor::view
