// The records of issue #15 as view-models: a school-year's visits,
// partnerships, results and indicators; the partnerships page; the practice
// pages by factor; the region's figures on the dashboard.
#include "view/build_records.hpp"

#include <algorithm>
#include <set>

#include "compute/records.hpp"
#include "view/format.hpp"
#include "view/links.hpp"
#include "view/markdown.hpp"

namespace shnor::view {
namespace {

const model::Leader* leader(const model::Project& p, const std::string& id) {
    for (const auto& l : p.leaders)
        if (l.id == id) return &l;
    return nullptr;
}

std::string school_name(const SiteInput& in, const std::string& id) {
    for (const auto& s : in.analysis.summaries)
        if (s.id == id) return s.list_name();
    if (const model::School* s = in.project.school(id))
        return s->short_name.empty() ? s->name : s->short_name;
    return id;
}

// link: a region-site path -> the link from the page.
PartnershipRow partnership_row(const SiteInput& in, const model::Partnership& a,
                               const std::function<std::string(const std::string&)>& link) {
    PartnershipRow r;
    r.number = a.number;
    r.date = date_ru(a.date);
    if (a.from || a.to)
        r.period = (a.from ? date_ru(*a.from) : "…") + " — " + (a.to ? date_ru(*a.to) : "…");
    const model::Leader* l = leader(in.project, a.leader);
    r.leader = l ? l->name : a.leader;
    const std::string page = link(partnerships_path());  // "" from a bundle without base URL
    if (safe_segment(a.leader) && !page.empty()) r.leader_href = page + "#leader-" + a.leader;
    r.school = school_name(in, a.school);
    if (safe_segment(a.school)) r.school_href = link(school_path(a.school));
    r.support = support_ru(a.support);
    r.subject = a.subject;
    return r;
}

std::string change_key(const std::optional<double>& change, bool lower_is_better) {
    if (!change || *change == 0) return "unchanged";
    return (*change < 0) == lower_is_better ? "improved" : "worsened";
}

ResultRow result_row(const compute::ResultChange& c) {
    const auto& r = *c.result;
    ResultRow row;
    row.assessment = assessment_ru(r.assessment);
    row.subject = r.subject;
    row.grade = r.grade ? std::to_string(r.grade) : "";
    row.participants = count(r.participants);
    row.below_basic = r.below_basic ? number_ru(*r.below_basic) + "\u00a0%" : "нет данных";
    if (c.below_basic_change)
        row.below_change = change_signed_ru(*c.below_basic_change, "п.\u00a0п.");
    row.below_change_key = change_key(c.below_basic_change, true);
    row.mean_score = r.mean_score ? number_ru(*r.mean_score, 2) : "нет данных";
    if (c.mean_score_change) row.mean_change = change_signed_ru(*c.mean_score_change);
    row.mean_change_key = change_key(c.mean_score_change, false);
    row.objective = !r.objective   ? "нет данных"
                    : *r.objective ? "объективны"
                                   : "признаки необъективности";
    row.not_objective = r.objective && !*r.objective;
    return row;
}

std::vector<const model::Practice*> practices_for(const model::Project& p, int year,
                                                  const std::string& factor) {
    std::vector<const model::Practice*> out;
    for (const auto& x : p.practices)
        if (x.year == year && std::count(x.factors.begin(), x.factors.end(), factor))
            out.push_back(&x);
    return out;
}

// A practice's school (its short name) or, for a leader school, the leader's name.
std::string practice_author(const SiteInput& in, const model::Practice& x) {
    const model::Leader* l = leader(in.project, x.school);
    return l ? l->name : school_name(in, x.school);
}

}  // namespace

std::vector<const model::RiskFactor*> factors_with_practices(const SiteInput& in, int year) {
    std::vector<const model::RiskFactor*> out;
    if (const model::Catalogue* cat = in.project.catalogue(year))
        for (const auto& f : cat->factors)
            if (safe_segment(f.id) && !practices_for(in.project, year, f.id).empty())
                out.push_back(&f);
    return out;
}

SchoolRecordsView school_records(const SiteInput& in, const compute::SchoolAnalysis& sa,
                                 const compute::SchoolYear& sy,
                                 const std::function<std::string(const std::string&)>& link) {
    const model::School& s = *sa.school;
    SchoolRecordsView v;
    const auto visits = compute::visit_figures(s.visits, sy.year, sa.as_of);
    v.visits_count = count(visits.count);
    if (visits.last) v.last_visit = date_ru(*visits.last);
    const int gap = in.project.region.visit_gap_months;
    v.gap_months = count(gap);
    // Only the report date's own year can be «without a visit for N months».
    v.no_recent_visit = sy.participation && sy.year == sa.as_of.year && !sy.exited &&
                        compute::without_recent_visit(visits.last, sa.as_of, gap);
    for (const auto& x : s.visits)
        if (x.year == sy.year)
            v.visits.push_back({date_ru(x.date), person_name(in, x.curator),
                                visit_format_ru(x.format), x.purpose, x.findings, x.recommendations,
                                safe_url(x.report)});
    for (const auto* a : compute::partnerships_of(in.project, s.id))
        if (a->year == sy.year) v.partnerships.push_back(partnership_row(in, *a, link));
    for (const auto& c : compute::result_changes(s, sy.year)) v.results.push_back(result_row(c));
    const auto values = compute::school_indicators(s, sy.year);
    bool any = !v.results.empty();
    for (const auto& x : values) any = any || x.has_value();
    if (any)
        for (std::size_t k = 0; k < values.size(); ++k)
            v.indicators.push_back(
                {regional_indicator_ru(k), percent_value_ru(values[k]), "", !values[k]});
    for (const auto& sr : sy.selected) {
        if (!sr.factor || !safe_segment(sr.factor->id) ||
            practices_for(in.project, sy.year, sr.factor->id).empty())
            continue;
        // Dropped from a bundle without base URL: no link may leave the bundle.
        if (auto href = link(practices_path(sy.year, sr.factor->id)); !href.empty())
            v.practices.push_back(
                {href, std::to_string(sr.factor->number) + ". " + sr.factor->title, false});
    }
    return v;
}

PartnershipsView build_partnerships(const SiteInput& in) {
    PartnershipsView v;
    const std::string path = partnerships_path();
    v.layout = make_layout(in, "Партнёрство со школами-лидерами", path);
    auto link = [&](const std::string& to) { return relative(path, to); };
    for (const auto& py : compute::partnership_years(in.project))
        v.years.push_back({std::to_string(py.year), count(py.count), count(py.target),
                           count(py.schools), py.met()});
    for (const auto& a : in.project.partnerships)
        v.agreements.push_back(partnership_row(in, a, link));
    for (const auto& l : in.project.leaders) {
        LeaderRow r{l.id, l.name, municipality_name(in, l.municipality), safe_url(l.website),
                    "",   ""};
        if (!l.school.empty() && safe_segment(l.school))
            r.school_href = link(school_path(l.school));
        int n = 0;
        for (const auto& a : in.project.partnerships) n += a.leader == l.id;
        r.agreements = count(n);
        v.leaders.push_back(std::move(r));
    }
    return v;
}

PracticesView build_practices(const SiteInput& in, const model::Catalogue& catalogue,
                              const model::RiskFactor& factor, diag::Sink& sink) {
    PracticesView v;
    const std::string path = practices_path(catalogue.year, factor.id);
    v.layout = make_layout(in, "Лучшие практики: " + factor.title, path);
    v.year = std::to_string(catalogue.year);
    v.number = std::to_string(factor.number);
    v.factor_title = factor.title;
    v.factor_href = relative(path, factor_path(catalogue.year, factor.id));
    for (const auto* x : practices_for(in.project, catalogue.year, factor.id)) {
        PracticeRow r;
        r.id = x->id;
        r.title = x->title;
        r.year = std::to_string(x->year);
        r.school = practice_author(in, *x);
        if (const model::Leader* l = leader(in.project, x->school))
            r.school_href = relative(path, partnerships_path()) + "#leader-" + l->id;
        else if (safe_segment(x->school))
            r.school_href = relative(path, school_path(x->school));
        auto html = markdown_to_html(x->description, x->loc, sink);
        r.description_html = html ? *html : "";
        for (const auto& id : x->factors)
            if (const model::RiskFactor* f = catalogue.factor(id); f && id != factor.id)
                r.factors.push_back({relative(path, practices_path(catalogue.year, id)),
                                     std::to_string(f->number) + ". " + f->title, false});
        for (const auto& link : x->links)
            if (auto url = safe_url(link.url); !url.empty())
                r.links.push_back({url, link.title, false});
        v.practices.push_back(std::move(r));
    }
    return v;
}

std::vector<PracticeEntry> practice_entries(const SiteInput& in) {
    std::vector<PracticeEntry> out;
    for (const auto& x : in.project.practices) {
        const model::Catalogue* cat = in.project.catalogue(x.year);
        // Its pages are those of its factors (factors_with_practices): the first one.
        auto f = std::find_if(x.factors.begin(), x.factors.end(), [&](const std::string& id) {
            return cat && cat->factor(id) && safe_segment(id);
        });
        if (f == x.factors.end()) continue;
        std::string path = practices_path(x.year, *f);
        if (safe_segment(x.id)) path += "#practice-" + x.id;
        out.push_back({x.title, practice_author(in, x), std::move(path)});
    }
    return out;
}

RegionRecordsView region_records(const SiteInput& in, const std::string& from) {
    RegionRecordsView v;
    const auto& summaries = in.analysis.summaries;
    std::vector<int> years;
    for (const auto& f : in.analysis.region) years.push_back(f.year);
    for (std::size_t k = 0; k < model::kRegionalIndicators; ++k)
        v.indicators.push_back({regional_indicator_ru(k), {}});
    for (int year : years) {
        std::vector<compute::IndicatorValues> values;
        for (const auto& s : summaries)
            if (const auto* y = s.year(year); y && y->participates) values.push_back(y->indicators);
        const auto region = compute::region_indicators(values);
        v.years.push_back(std::to_string(year));
        for (std::size_t k = 0; k < region.size(); ++k)
            v.indicators[k].cells.push_back(
                {"", percent_value_ru(region[k].mean),
                 count(region[k].schools) + " из " + count(static_cast<int>(values.size())),
                 !region[k].mean});
    }
    for (const auto& py : compute::partnership_years(in.project))
        v.partnerships.push_back({std::to_string(py.year), count(py.count), count(py.target),
                                  count(py.schools), py.met()});
    v.partnerships_href = relative(from, partnerships_path());
    const int year = in.analysis.as_of.year;
    const int gap = in.project.region.visit_gap_months;
    v.visits_year = std::to_string(year);
    v.gap_months = count(gap);
    int total = 0, visited = 0;
    for (const auto& s : summaries) {
        const auto* y = s.year(year);
        if (!y || !y->participates) continue;
        total += y->visits;
        visited += y->visits > 0;
        if (!y->exited && compute::without_recent_visit(y->last_visit, in.analysis.as_of, gap) &&
            v.without_visit.size() < kMaxListedSchools)
            v.without_visit.push_back({safe_segment(s.id) ? relative(from, school_path(s.id)) : "",
                                       s.list_name(), false});
    }
    v.visits_total = count(total);
    v.visited_schools = count(visited);
    return v;
}

}  // namespace shnor::view
