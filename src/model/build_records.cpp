// The records of issue #15: a school's visits.yaml and results.yaml; the
// region's leaders.yaml, partnerships/<year>.yaml and practices/<id>.yaml.
#include <tuple>

#include "model/build_parts.hpp"
#include "model/reader.hpp"

namespace shnor::model {

const std::array<const char*, kRegionalIndicators>& regional_indicator_keys() {
    static const std::array<const char*, kRegionalIndicators> keys = {
        "basic-results", "talents", "objectivity", "environment", "individualisation", "graduates"};
    return keys;
}

std::vector<WebLink> build_links(const Reader& r, const char* key, diag::Sink& sink) {
    std::vector<WebLink> out;
    for (const load::Node* item : r.items(key)) {
        Reader l(item, sink);
        if (l.ok()) out.push_back({l.str("title"), l.str("url"), l.at("url")});
    }
    return out;
}

namespace {

// Records of a year's file must fall in that year: "дата посещения
// 2021-03-01 вне 2022 года (папка 2022)".
void check_in_year(const Reader& r, const char* what, const Date& d, int year, diag::Sink& sink,
                   const std::string& where) {
    if (d.valid() && d.year != year)
        sink.error(r.at("date"), std::string(what) + " " + d.iso() + " вне " +
                                     std::to_string(year) + " года (" + where + ")");
}

}  // namespace

void build_visits(const load::ContentFile& f, School& s, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    for (const load::Node* item : r.items("visits")) {
        Reader v(item, sink);
        if (!v.ok()) continue;
        Visit x;
        x.year = f.year;
        x.loc = v.loc();
        x.date = v.date("date").value_or(Date{});
        x.date_loc = v.at("date");
        x.curator = v.str("curator");
        x.curator_loc = v.at("curator");
        x.format = v.str("format");
        x.purpose = v.str("purpose");
        x.findings = v.str("findings", false);
        x.recommendations = v.str("recommendations", false);
        x.report = v.str("report", false);
        x.report_loc = v.at("report");
        check_in_year(v, "дата посещения", x.date, f.year, sink, "папка " + std::to_string(f.year));
        s.visits.push_back(std::move(x));
    }
    std::stable_sort(s.visits.begin(), s.visits.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
}

void build_results(const load::ContentFile& f, School& s, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    if (!r.ok()) return;
    for (const load::Node* item : r.items("results")) {
        Reader v(item, sink);
        if (!v.ok()) continue;
        AssessmentResult x;
        x.year = f.year;
        x.loc = v.loc();
        x.assessment = v.str("assessment");
        x.subject = v.str("subject");
        x.grade = v.integer("grade");
        x.participants = v.integer("participants");
        x.below_basic = v.number("below_basic", false);
        x.mean_score = v.number("mean_score", false);
        if (const load::Node* o = v.child("objective"); o && o->kind == load::Kind::Bool)
            x.objective = o->b;
        s.results.push_back(std::move(x));
    }
    // Assessments in the order pupils meet them: ВПР, ОГЭ, ЕГЭ, then regional tests.
    auto rank = [](const std::string& a) {
        return a == "vpr" ? 0 : a == "oge" ? 1 : a == "ege" ? 2 : 3;
    };
    std::stable_sort(s.results.begin(), s.results.end(), [&](const auto& a, const auto& b) {
        return std::tuple(a.year, rank(a.assessment), a.subject, a.grade) <
               std::tuple(b.year, rank(b.assessment), b.subject, b.grade);
    });
    Reader ind(r.child("indicators"), sink);
    if (!ind.ok()) return;
    SuppliedIndicators si;
    si.year = f.year;
    si.loc = ind.loc();
    const auto& keys = regional_indicator_keys();
    for (std::size_t k = 0; k < keys.size(); ++k) si.values[k] = ind.number(keys[k], false);
    s.supplied_indicators.push_back(si);
    std::stable_sort(s.supplied_indicators.begin(), s.supplied_indicators.end(),
                     [](const auto& a, const auto& b) { return a.year < b.year; });
}

void build_leaders(const load::ContentFile& f, Project& p, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    for (const load::Node* item : r.items("leaders")) {
        Reader v(item, sink);
        if (!v.ok()) continue;
        Leader x;
        x.loc = v.loc();
        x.id = v.str("id");
        x.name = v.str("name");
        x.municipality = v.str("municipality", false);
        x.municipality_loc = v.at("municipality");
        x.website = v.str("website", false);
        x.school = v.str("school", false);
        x.school_loc = v.at("school");
        p.leaders.push_back(std::move(x));
    }
}

void build_partnerships(const load::ContentFile& f, Project& p, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    for (const load::Node* item : r.items("partnerships")) {
        Reader v(item, sink);
        if (!v.ok()) continue;
        Partnership x;
        x.year = f.year;
        x.loc = v.loc();
        x.number = v.str("number");
        x.date = v.date("date").value_or(Date{});
        x.date_loc = v.at("date");
        x.leader = v.str("leader");
        x.leader_loc = v.at("leader");
        x.school = v.str("school");
        x.school_loc = v.at("school");
        x.from = v.date("from", false);
        x.to = v.date("to", false);
        if (x.from && x.to && *x.to < *x.from)
            sink.error(v.at("to"), "договор заканчивается (" + x.to->iso() +
                                       ") раньше, чем начинается (" + x.from->iso() + ")");
        x.support = v.strings("support");
        x.subject = v.str("subject", false);
        check_in_year(v, "дата договора", x.date, f.year, sink, "файл " + f.stem + ".yaml");
        p.partnerships.push_back(std::move(x));
    }
}

void build_practice(const load::ContentFile& f, Project& p, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    if (!r.ok()) return;
    Practice x;
    x.id = f.stem;
    x.loc = r.loc();
    x.title = r.str("title");
    x.school = r.str("school");
    x.school_loc = r.at("school");
    x.year = r.integer("year");
    x.factors = r.strings("factors");
    x.factor_locs = r.item_locs("factors");
    x.description = r.str("description");
    x.links = build_links(r, "links", sink);
    p.practices.push_back(std::move(x));
}

}  // namespace shnor::model
