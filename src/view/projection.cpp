#include "view/projection.hpp"

namespace shnor::view {
namespace {

// Declared first so that list_of sees every overload.
Value to_value_item(const LevelCell& c) { return level_value(c); }
Value to_value_item(const FiguresRow&);
Value to_value_item(const MunicipalityRow&);
Value to_value_item(const HeatFactor&);
Value to_value_item(const HeatRow&);
Value to_value_item(const ProgressRow&);
Value to_value_item(const ExitedRow&);
Value to_value_item(const FactorIndicatorRow&);
Value to_value_item(const FactorSchoolRow&);
Value to_value_item(const FactorMunicipalityRow&);

template <typename T>
Value list_of(const std::vector<T>& items) {
    Value l = Value::list();
    for (const auto& item : items) l.push(to_value_item(item));
    return l;
}

// Links have one projection, shared with view/projection_records.cpp.
Value list_of(const std::vector<Link>& links) { return links_value(links); }

Value to_value_item(const FiguresRow& r) {
    return Value()
        .set("year", r.year)
        .set("order", r.order)
        .set("annex_href", r.annex_href)
        .set("annex_docx_href", r.annex_docx_href)
        .set("schools", r.schools)
        .set("exited", r.exited)
        .set("second_year", r.second_year)
        .set("reduction", r.reduction)
        .set("has_reduction", r.has_reduction)
        .set("reduction_met", r.reduction_met)
        .set("accepted_share", r.accepted_share)
        .set("high_decreased_share", r.high_decreased_share)
        .set("done_share", r.done_share)
        .set("overdue", r.overdue)
        .set("has_overdue", r.has_overdue);
}

Value to_value_item(const MunicipalityRow& r) {
    return Value()
        .set("name", r.name)
        .set("href", r.href)
        .set("kind", r.kind)
        .set("schools", r.schools)
        .set("overdue", r.overdue)
        .set("has_overdue", r.has_overdue)
        .set("done", bar_value(r.done));
}

Value to_value_item(const HeatFactor& f) {
    return Value().set("number", f.number).set("title", f.title).set("href", f.href);
}

Value to_value_item(const HeatRow& r) {
    return Value()
        .set("school", r.school)
        .set("href", r.href)
        .set("municipality", r.municipality)
        .set("high", r.high)
        .set("cells", list_of(r.cells));
}

Value to_value_item(const ProgressRow& r) {
    return Value()
        .set("school", r.school)
        .set("href", r.href)
        .set("municipality", r.municipality)
        .set("measures", r.measures)
        .set("done", r.done)
        .set("overdue", r.overdue)
        .set("has_overdue", r.has_overdue)
        .set("exited", r.exited)
        .set("exited_text", r.exited_text)
        .set("no_roadmap", r.no_roadmap)
        .set("high", r.high)
        .set("medium", r.medium)
        .set("low", r.low)
        .set("bar", bar_value(r.bar));
}

Value to_value_item(const ExitedRow& r) {
    return Value()
        .set("school", r.school)
        .set("href", r.href)
        .set("municipality", r.municipality)
        .set("year", r.year);
}

Value to_value_item(const FactorIndicatorRow& r) {
    return Value()
        .set("title", r.title)
        .set("source", r.source)
        .set("unit", r.unit)
        .set("direction", r.direction)
        .set("medium", r.medium)
        .set("high", r.high);
}

Value to_value_item(const FactorSchoolRow& r) {
    return Value()
        .set("name", r.name)
        .set("href", r.href)
        .set("municipality", r.municipality)
        .set("waves", r.waves);
}

// Every list and string also gets a "has_<name>" flag unless the view-model
// sets one itself: Mustache cannot test a list around a table header, and
// this library renders a section over an empty string.
void add_flags(Value& v) {
    if (v.kind() == Value::Kind::List) {
        for (auto& item : v.items()) add_flags(item);
        return;
    }
    if (v.kind() != Value::Kind::Object) return;
    auto& fields = v.fields();
    // Flags join the map as it is walked (a std::map keeps its iterators);
    // the walk may meet them later, and a boolean needs nothing. A flag the
    // view-model sets itself wins (try_emplace keeps it).
    for (auto& [key, field] : fields) {
        if (field.kind() == Value::Kind::List)
            fields.try_emplace("has_" + key, !field.items().empty());
        else if (field.kind() == Value::Kind::String)
            fields.try_emplace("has_" + key, !field.str().empty());
        add_flags(field);
    }
}

// Takes the chain of set() calls on a temporary and moves it out: the
// page's tree is built once and never copied.
Value with_flags(Value&& v) {
    add_flags(v);
    return std::move(v);
}

Value heatmap_value(const Heatmap& h) {
    return Value()
        .set("year", h.year)
        .set("wave", h.wave)
        .set("factors", list_of(h.factors))
        .set("rows", list_of(h.rows));
}

Value to_value_item(const FactorMunicipalityRow& r) {
    return Value().set("name", r.name).set("href", r.href).set("schools", r.schools);
}

// Site pages always link the region site; a bundle only with a base URL.
bool has_region(const Layout& l) { return !l.standalone || !l.region.empty(); }

// Every page body also sees its title, so that templates need no layout.
// "home" is empty (and has_home false) when the region site is out of reach.
Value page(const Layout& l) {
    return Value().set("title", l.title).set("home", has_region(l) ? l.region + "index.html" : "");
}

}  // namespace

Value level_value(const LevelCell& c) {
    return Value().set("key", c.key).set("text", c.text).set("short", c.short_text);
}

Value bar_value(const Bar& b) { return Value().set("width", b.width).set("percent", b.percent); }

Value link_value(const Link& l) {
    return Value().set("href", l.href).set("text", l.text).set("current", l.current);
}

Value links_value(const std::vector<Link>& links) {
    Value l = Value::list();
    for (const auto& link : links) l.push(link_value(link));
    return l;
}

Value to_value(const Layout& v) {
    return with_flags(Value()
                          .set("title", v.title)
                          .set("site_name", v.site_name)
                          .set("root", v.root)
                          .set("canonical", v.canonical)
                          .set("report_date", v.report_date)
                          .set("operator_name", v.operator_name)
                          .set("nav", list_of(v.nav))
                          .set("region", v.region)
                          .set("has_region", has_region(v))
                          .set("open_data_by_municipality", v.open_data_by_municipality)
                          .set("standalone", v.standalone)
                          .set("has_canonical", !v.canonical.empty()));
}

Value to_value(const DashboardView& v) {
    return with_flags(page(v.layout)
                          .set("region", v.region)
                          .set("ministry", v.ministry)
                          .set("current_year", v.current_year)
                          .set("compact", v.compact)
                          .set("schools_total", v.schools_total)
                          .set("years", list_of(v.years))
                          .set("municipalities", list_of(v.municipalities))
                          .set("has_heatmap", v.has_heatmap)
                          .set("heatmap", heatmap_value(v.heatmap))
                          .set("progress", list_of(v.progress))
                          .set("exited", list_of(v.exited))
                          .set("factors", list_of(v.factors))
                          .set("records", records_value(v.records)));
}

Value to_value(const MunicipalityView& v) {
    return with_flags(page(v.layout)
                          .set("name", v.name)
                          .set("kind", v.kind)
                          .set("current_year", v.current_year)
                          .set("years", list_of(v.years))
                          .set("has_heatmap", v.has_heatmap)
                          .set("heatmap", heatmap_value(v.heatmap))
                          .set("progress", list_of(v.schools))
                          .set("exited", list_of(v.exited)));
}

Value to_value(const SchoolView& v) { return with_flags(school_fields(v, page(v.layout))); }

Value to_value(const FactorView& v) {
    return with_flags(page(v.layout)
                          .set("year", v.year)
                          .set("number", v.number)
                          .set("factor_title", v.title)
                          .set("group", v.group)
                          .set("replaces", v.replaces)
                          .set("indicators", list_of(v.indicators))
                          .set("high_schools", list_of(v.high_schools))
                          .set("compact", v.compact)
                          .set("high_total", v.high_total)
                          .set("by_municipality", list_of(v.by_municipality))
                          .set("other_years", list_of(v.other_years))
                          .set("practices_href", v.practices_href));
}

Value to_value(const PersonView& v) { return with_flags(person_fields(v, page(v.layout))); }

Value to_value(const MarkdownView& v) { return page(v.layout).set("content_html", v.content_html); }

Value to_value(const NotFoundView& v) { return page(v.layout); }

Value to_value(const PartnershipsView& v) {
    return with_flags(partnerships_fields(v, page(v.layout)));
}

Value to_value(const PracticesView& v) { return with_flags(practices_fields(v, page(v.layout))); }

}  // namespace shnor::view
