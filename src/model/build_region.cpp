// Region-level files: region.yaml, municipalities.yaml, people.yaml, catalogue/<year>.yaml.
#include "model/build_parts.hpp"
#include "model/enums.hpp"
#include "model/reader.hpp"

namespace shnor::model {

void build_region(const load::ContentFile& f, Project& p, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    if (!r.ok()) return;
    Region& region = p.region;
    region.loc = r.loc();
    region.name = r.str("name");
    region.ministry = r.str("ministry");
    region.operator_name = r.str("operator", false);
    region.base_url = r.str("base_url", false);
    region.report_date = r.date("report_date", false);
    if (r.str("measure_period", false) == "school-year")
        region.measure_period = MeasurePeriod::SchoolYear;
    region.partnership_target = r.integer("partnership_target", region.partnership_target);
    region.visit_gap_months = r.integer("visit_gap_months", region.visit_gap_months);
    for (const load::Node* item : r.items("years")) {
        Reader y(item, sink);
        if (!y.ok()) continue;
        ProgrammeYear py;
        py.loc = y.loc();
        py.year = y.integer("year");
        Reader o(y.child("order"), sink);
        if (o.ok()) {
            py.order.issuer = o.str("issuer");
            py.order.issuer_genitive = o.str("issuer_genitive");
            py.order.number = o.str("number");
            py.order.date = o.date("date").value_or(Date{});
            py.order.title = o.str("title", false);
            py.order.annex = o.integer("annex", 1);
        }
        region.years.push_back(std::move(py));
    }
    std::sort(region.years.begin(), region.years.end(),
              [](const auto& a, const auto& b) { return a.year < b.year; });
}

void build_municipalities(const load::ContentFile& f, Project& p, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    for (const load::Node* item : r.items("municipalities")) {
        Reader m(item, sink);
        if (!m.ok()) continue;
        p.municipalities.push_back({m.str("id"), m.str("name"), m.str("kind", false), m.loc()});
    }
}

void build_people(const load::ContentFile& f, Project& p, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    for (const load::Node* item : r.items("people")) {
        Reader m(item, sink);
        if (!m.ok()) continue;
        Person person;
        person.loc = m.loc();
        person.id = m.str("id");
        person.name = m.str("name");
        person.role = parse_role(m.child("role"), sink);
        person.position = m.str("position", false);
        person.organization = m.str("organization", false);
        person.municipality = m.str("municipality", false);
        person.municipality_loc = m.at("municipality");
        for (const load::Node* y : m.items("years"))
            if (y->kind == load::Kind::Int) person.years.push_back(static_cast<int>(y->i));
        p.people.push_back(std::move(person));
    }
}

namespace {

CatalogueIndicator build_catalogue_indicator(const load::Node* item, diag::Sink& sink) {
    Reader r(item, sink);
    CatalogueIndicator ind;
    if (!r.ok()) return ind;
    ind.loc = r.loc();
    ind.id = r.str("id");
    ind.title = r.str("title");
    ind.source = r.str("source", false);
    ind.unit = r.str("unit", false);
    ind.direction = parse_direction(r.child("direction"), sink);
    Reader t(r.child("thresholds"), sink);
    if (t.ok()) {
        ind.thresholds.medium = t.number("medium").value_or(0);
        ind.thresholds.high = t.number("high").value_or(0);
    }
    return ind;
}

}  // namespace

void build_catalogue(const load::ContentFile& f, Project& p, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    if (!r.ok()) return;
    Catalogue c;
    c.loc = r.loc();
    c.year = r.integer("year", f.year);
    if (c.year != f.year)
        sink.error(r.node()->get("year")->loc, "год каталога " + std::to_string(c.year) +
                                                   " не совпадает с именем файла " + f.stem);
    for (const load::Node* item : r.items("groups")) {
        Reader g(item, sink);
        if (g.ok()) c.groups.push_back({g.str("id"), g.str("title")});
    }
    for (const load::Node* item : r.items("factors")) {
        Reader fr(item, sink);
        if (!fr.ok()) continue;
        RiskFactor factor;
        factor.loc = fr.loc();
        factor.id = fr.str("id");
        factor.number = fr.integer("number");
        factor.title = fr.str("title");
        factor.group = fr.str("group");
        factor.group_loc = fr.at("group");
        factor.replaces_loc = fr.at("replaces");
        factor.replaces = fr.str("replaces", false);
        for (const load::Node* ind : fr.items("indicators"))
            factor.indicators.push_back(build_catalogue_indicator(ind, sink));
        c.factors.push_back(std::move(factor));
    }
    std::stable_sort(c.factors.begin(), c.factors.end(),
                     [](const auto& a, const auto& b) { return a.number < b.number; });
    p.catalogues[f.year] = std::move(c);
}

}  // namespace shnor::model
