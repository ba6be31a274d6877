// A school's folder: school.yaml and diagnostics.yaml.
#include <tuple>

#include "model/build_parts.hpp"
#include "model/enums.hpp"
#include "model/reader.hpp"

namespace shnor::model {

void build_school(const load::ContentFile& f, School& s, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    if (!r.ok()) return;
    s.loc = r.loc();
    s.id = r.str("id");
    if (!s.id.empty() && s.id != f.school)
        sink.error(r.node()->get("id")->loc, "идентификатор школы \"" + s.id +
                                                 "\" не совпадает с именем папки \"" + f.school +
                                                 "\"");
    s.id = f.school;
    s.name = r.str("name");
    s.short_name = r.str("short_name");
    s.municipality = r.str("municipality");
    s.municipality_loc = r.at("municipality");
    s.address = r.str("address", false);
    s.rural = r.str("settlement", false) == "village";
    s.small = r.boolean("small");
    s.levels = r.strings("levels");
    Reader c(r.child("contingent"), sink);
    if (c.ok()) {
        s.contingent.students = c.integer("students");
        s.contingent.students_ovz = c.integer("students_ovz");
        s.contingent.teachers = c.integer("teachers");
    }
    s.director = r.str("director", false);
    s.website = r.str("website", false);
    for (const load::Node* item : r.items("participation")) {
        Reader pr(item, sink);
        if (!pr.ok()) continue;
        Participation part;
        part.loc = pr.loc();
        part.year = pr.integer("year");
        part.curator = pr.str("curator", false);
        part.curator_loc = pr.at("curator");
        part.basis = pr.str("basis", false);
        part.outcome = parse_outcome(pr.child("outcome"), sink);
        part.roadmap_approved = pr.date("roadmap_approved", false);
        if (const load::Node* a = pr.child("roadmap_approved")) part.approved_loc = a->loc;
        s.participation.push_back(std::move(part));
    }
    std::stable_sort(s.participation.begin(), s.participation.end(),
                     [](const auto& a, const auto& b) { return a.year < b.year; });
}

namespace {

template <typename V>
void read_map(const load::Node* n, diag::Sink& sink, V&& visit) {
    if (!n || n->is_null()) return;
    if (!n->is_map()) {
        sink.error(n->loc, std::string("ожидался словарь, а найдено: ") + load::kind_name(n->kind));
        return;
    }
    for (std::size_t k = 0; k < n->map.size(); ++k) visit(n->map[k].first, *n->map[k].second);
}

Diagnostic build_diagnostic(const load::Node* item, diag::Sink& sink) {
    Reader r(item, sink);
    Diagnostic d;
    if (!r.ok()) return d;
    d.loc = r.loc();
    d.year = r.integer("year");
    d.wave = parse_wave(r.child("wave"), sink);
    d.date = r.date("date").value_or(Date{});
    read_map(r.child("respondents"), sink, [&](const std::string& k, const load::Node& v) {
        if (v.kind == load::Kind::Int) d.respondents[k] = static_cast<int>(v.i);
    });
    if (const load::Node* ids = r.child("indicators"); ids && ids->is_map())
        for (std::size_t k = 0; k < ids->map.size() && k < ids->key_locs.size(); ++k)
            d.indicator_locs[ids->map[k].first] = ids->key_locs[k];
    read_map(r.child("indicators"), sink, [&](const std::string& k, const load::Node& v) {
        if (v.is_number())
            d.indicator_values[k] = v.number();
        else
            sink.error(v.loc, "значение показателя \"" + k + "\" должно быть числом");
    });
    read_map(r.child("levels"), sink, [&](const std::string& k, const load::Node& v) {
        d.supplied_levels[k] = parse_level(v, sink);
        d.level_locs[k] = v.loc;
    });
    d.selected_risks = r.strings("selected_risks");
    d.selected_risk_locs = r.item_locs("selected_risks");
    return d;
}

}  // namespace

void build_diagnostics(const load::ContentFile& f, School& s, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    for (const load::Node* item : r.items("diagnostics"))
        s.diagnostics.push_back(build_diagnostic(item, sink));
    std::stable_sort(s.diagnostics.begin(), s.diagnostics.end(), [](const auto& a, const auto& b) {
        return std::tie(a.year, a.wave) < std::tie(b.year, b.wave);
    });
}

void build_measurements(const load::ContentFile& f, School& s, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    for (const load::Node* item : r.items("measurements")) {
        Reader m(item, sink);
        if (!m.ok()) continue;
        Measurement x;
        x.loc = m.loc();
        x.indicator = m.str("indicator");
        x.indicator_loc = m.at("indicator");
        x.date = m.date("date").value_or(Date{});
        x.value = m.number("value").value_or(0);
        x.source = m.str("source", false);
        x.analysis = m.str("analysis", false);
        if (x.date.valid() && x.date.year != f.year)
            sink.error(m.node()->get("date")->loc, "дата измерения " + x.date.iso() + " вне " +
                                                       std::to_string(f.year) + " года (папка " +
                                                       std::to_string(f.year) + ")");
        s.measurements.push_back(std::move(x));
    }
}

}  // namespace shnor::model
