// Projection of the people pages (curators and coordinators, issue #15) into
// Value trees; the names the templates use. The has_<name> flags are added
// by the caller (view/projection.cpp, with_flags) over the whole page.
#include "view/projection.hpp"

namespace shnor::view {
namespace {

Value to_value_item(const AttentionRow& r) {
    return Value()
        .set("key", r.key)
        .set("text", r.text)
        .set("subject", r.subject)
        .set("date", r.date);
}

Value to_value_item(const PersonSchoolRow& r);
Value to_value_item(const PersonMunicipalityRow& r);
Value to_value_item(const PersonYearView& y);

template <typename T>
Value list_of(const std::vector<T>& items) {
    Value l = Value::list();
    for (const auto& item : items) l.push(to_value_item(item));
    return l;
}

Value to_value_item(const PersonSchoolRow& r) {
    return Value()
        .set("school", r.school)
        .set("href", r.href)
        .set("municipality", r.municipality)
        .set("items", list_of(r.items));
}

Value to_value_item(const PersonMunicipalityRow& r) {
    return Value()
        .set("name", r.name)
        .set("href", r.href)
        .set("schools", r.schools)
        .set("needing_attention", r.needing_attention)
        .set("no_roadmap", r.no_roadmap)
        .set("returned", r.returned)
        .set("overdue", r.overdue);
}

Value to_value_item(const PersonYearView& y) {
    return Value()
        .set("year", y.year)
        .set("municipalities", list_of(y.municipalities))
        .set("schools", y.schools)
        .set("needing_attention", y.needing_attention)
        .set("rows", list_of(y.rows))
        .set("truncated", y.truncated)
        .set("listed", y.listed);
}

}  // namespace

// page is moved through the chain: the tree is never copied.
Value person_fields(const PersonView& v, Value page) {
    return std::move(page)
        .set("name", v.name)
        .set("role", v.role)
        .set("municipality", v.municipality)
        .set("municipality_href", v.municipality_href)
        .set("years", list_of(v.years));
}

}  // namespace shnor::view
