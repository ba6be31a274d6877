// The school page: passport, risk profile, dynamics, documents, roadmap.
#include <algorithm>
#include <map>

#include "view/build_records.hpp"
#include "view/builders.hpp"
#include "view/format.hpp"
#include "view/links.hpp"

namespace shnor::view {
namespace {

// Risk profile chart geometry, in SVG user units.
constexpr int kRowHeight = 30;
constexpr int kBarHeight = 11;
constexpr int kHeadHeight = 12;  // the «вх. / ит.» line above the bars
constexpr int kUnitsPerLevel = 70;

// Where the page's links go. Its own files (the roadmap PDFs) are relative to
// `path` on the site and in a bundle alike, since a bundle mirrors the
// school's folder. Other pages of the region site are relative on the site;
// from a standalone bundle they are absolute under the base URL, or dropped
// ("") without one, so that no link leaves the bundle's folder.
struct PageLinks {
    std::string path;
    bool standalone = false;
    std::string base;  // with a trailing slash; empty: no region links

    std::string region(const std::string& target) const {
        if (!standalone) return relative(path, target);
        return base.empty() ? std::string() : base + target;
    }
};

int level_units(const std::optional<model::Level>& l) {
    return l ? static_cast<int>(*l) * kUnitsPerLevel : 0;
}

std::string with_unit(double v, const std::string& unit) {
    std::string s = number_ru(v, 2);
    if (unit.empty()) return s;
    return s + (unit == "%" ? "\u00a0%" : "\u00a0" + unit);
}

std::string person_href(const SiteInput& in, const std::string& id, const PageLinks& links) {
    const model::Person* p = in.project.person(id);
    return p && safe_segment(p->id) ? links.region(person_path(*p)) : "";
}

// The people serving the school in any of its years: its curators, the
// municipal coordinators of its municipality and the regional coordinators.
// Only name and role are published.
std::vector<Link> people(const SiteInput& in, const model::School& s, const PageLinks& links) {
    std::vector<Link> out;
    for (const auto& p : in.project.people) {
        bool serves = false;
        for (const auto& part : s.participation) {
            const bool listed =
                std::find(p.years.begin(), p.years.end(), part.year) != p.years.end();
            serves = serves || (p.role == model::Role::Curator && part.curator == p.id) ||
                     (listed && p.role == model::Role::RegionalCoordinator) ||
                     (listed && p.role == model::Role::MunicipalCoordinator &&
                      p.municipality == s.municipality);
        }
        if (serves) out.push_back({person_href(in, p.id, links), p.name + " — " + role_ru(p.role)});
    }
    return out;
}

Passport passport(const SiteInput& in, const model::School& s, const PageLinks& links) {
    Passport p;
    p.name = s.name;
    p.short_name = s.short_name;
    p.municipality = municipality_name(in, s.municipality);
    if (safe_segment(s.municipality) && in.project.municipality(s.municipality))
        p.municipality_href = links.region(municipality_path(s.municipality));
    p.address = s.address;
    p.settlement = settlement_ru(s);
    for (const auto& l : s.levels) p.levels += (p.levels.empty() ? "" : ", ") + l;
    p.students = count(s.contingent.students);
    p.students_ovz = count(s.contingent.students_ovz);
    p.teachers = count(s.contingent.teachers);
    p.director = s.director;
    p.website = safe_url(s.website);
    p.has_website = !p.website.empty();
    for (const auto& part : s.participation)
        p.participation.push_back({std::to_string(part.year), person_name(in, part.curator),
                                   person_href(in, part.curator, links), part.basis,
                                   outcome_ru(part.outcome),
                                   part.outcome == model::Outcome::Exited});
    p.people = people(in, s, links);
    return p;
}

void add_profile(const SiteInput& in, const compute::SchoolYear& sy, const PageLinks& links,
                 SchoolYearView& v) {
    const auto* cat = in.project.catalogue(sy.year);
    v.has_profile = cat && (sy.initial || sy.final_);
    v.has_final = sy.final_.has_value();
    if (!v.has_profile) return;
    std::map<std::string, std::optional<model::Level>> initial, final_;
    std::map<std::string, compute::Change> change;
    if (sy.initial)
        for (const auto& fl : sy.initial->factors)
            if (fl.factor) initial[fl.factor->id] = fl.level;
    if (sy.final_)
        for (const auto& fl : sy.final_->factors)
            if (fl.factor) final_[fl.factor->id] = fl.level;
    for (const auto& fc : sy.within_year)
        if (fc.factor) change[fc.factor->id] = fc.change;
    std::map<std::string, bool> selected;
    for (const auto& sr : sy.selected)
        if (sr.factor) selected[sr.factor->id] = true;
    int i = 0;
    for (const auto& f : cat->factors) {
        ProfileRow r;
        r.number = std::to_string(f.number);
        r.title = f.title;
        r.href = links.region(factor_path(sy.year, f.id));
        r.initial = level_cell(initial[f.id]);
        r.final_ = level_cell(final_[f.id]);
        auto c = change.count(f.id) ? change[f.id] : compute::Change::NoData;
        r.change_key = view::change_key(c);
        r.change_text = change_ru(c);
        r.selected = selected[f.id];
        int top = kHeadHeight + i * kRowHeight + 4;
        r.y = std::to_string(top);
        r.y_final = std::to_string(top + kBarHeight + 1);
        r.y_label = std::to_string(top + kBarHeight + 4);
        r.y_text = std::to_string(top + kBarHeight - 2);
        r.y_final_text = std::to_string(top + 2 * kBarHeight - 1);
        r.w_initial = std::to_string(level_units(initial[f.id]));
        r.w_final = std::to_string(level_units(final_[f.id]));
        v.profile.push_back(std::move(r));
        ++i;
    }
    v.chart_height = std::to_string(kHeadHeight + i * kRowHeight + 8);
    for (const auto& fc : sy.from_previous_year) {
        if (!fc.factor) continue;
        v.from_previous.push_back({std::to_string(fc.factor->number), fc.factor->title,
                                   view::change_key(fc.change), change_ru(fc.change),
                                   level_cell(fc.before), level_cell(fc.after)});
    }
}

IndicatorRow indicator_row(const model::School& s, const compute::IndicatorProgress& ip) {
    const auto& ind = *ip.indicator;
    IndicatorRow r;
    r.title = ind.title;
    r.unit = ind.unit;
    r.method = ind.method;
    r.trend = trend_ru(ind.trend);
    r.baseline = with_unit(ind.baseline.value, ind.unit);
    r.baseline_date = date_ru(ind.baseline.date);
    if (ip.target) {
        r.target = with_unit(ip.target->value, ind.unit);
        r.target_date = date_ru(ip.target->date);
    }
    r.has_latest = ip.latest.has_value();
    if (ip.latest) {
        r.latest = with_unit(ip.latest->value, ind.unit);
        r.latest_date = date_ru(ip.latest->date);
    }
    r.status_key = indicator_status_key(ip.status);
    r.status_text = indicator_status_ru(ip.status);
    r.progress = bar(ip.progress);
    r.expected = bar(ip.expected);
    r.expected_x = svg_number(std::clamp(ip.expected, 0.0, 0.985) * 100);
    for (const auto& t : ind.targets)
        r.targets.push_back({date_ru(t.date), with_unit(t.value, ind.unit), "", ""});
    // Ids are unique within a school-year only: keep measurements from the
    // indicator's own period.
    int last_year = ind.targets.empty() ? ind.baseline.date.year : ind.targets.back().date.year;
    for (const auto& m : s.measurements)
        if (m.indicator == ind.id && m.date >= ind.baseline.date && m.date.year <= last_year)
            r.measurements.push_back(
                {date_ru(m.date), with_unit(m.value, ind.unit), m.source, m.analysis});
    return r;
}

MeasureRow measure_row(const compute::MeasureState& ms) {
    const auto& m = *ms.measure;
    MeasureRow r;
    r.title = m.title;
    r.start = date_ru(m.start);
    r.due = date_ru(m.due);
    if (m.done_date) r.done_date = date_ru(*m.done_date);
    r.responsible = m.responsible;
    r.participants = m.participants;
    r.result = m.result;
    r.status_key = measure_status_key(m.status);
    r.status_text = measure_status_ru(m.status);
    r.overdue = ms.overdue;
    for (const auto& e : m.evidence)
        if (auto url = safe_url(e.url); !url.empty()) r.evidence.push_back({url, e.title, false});
    return r;
}

DocumentView document_view(const SiteInput& in, const model::School& s,
                           const compute::DocumentProgress& dp) {
    const auto& d = *dp.document;
    DocumentView v;
    v.id = d.id;
    v.title = d.title;
    v.kind = doc_kind_ru(d.kind);
    if (const auto* cat = in.project.catalogue(d.year); cat && !d.risk.empty())
        if (const auto* f = cat->factor(d.risk))
            v.risk = "№\u00a0" + std::to_string(f->number) + " «" + f->title + "»";
    v.goal = d.goal;
    v.review_key = review_status_key(dp.review);
    v.review_text = review_status_ru(dp.review);
    for (const auto& t : d.tasks) v.tasks.push_back({"", t.title, false});
    for (const auto& r : d.reviews)
        v.reviews.push_back({date_ru(r.date), review_status_key(r.status),
                             review_status_ru(r.status), person_name(in, r.by), r.comment});
    for (const auto& ip : dp.indicators)
        if (ip.indicator) v.indicators.push_back(indicator_row(s, ip));
    // One group per task in the document's order, then measures whose
    // task is not listed; numbering runs through the whole roadmap.
    std::map<std::string, std::size_t> group_of;
    for (const auto& t : d.tasks) {
        group_of[t.id] = v.roadmap.size();
        v.roadmap.push_back({t.title, {}});
    }
    std::vector<MeasureRow> loose;
    for (const auto& ms : dp.measures) {
        if (!ms.measure) continue;
        auto it = group_of.find(ms.measure->task);
        (it == group_of.end() ? loose : v.roadmap[it->second].measures).push_back(measure_row(ms));
    }
    if (!loose.empty()) v.roadmap.push_back({"Без указания задачи", std::move(loose)});
    std::erase_if(v.roadmap, [](const TaskGroup& g) { return g.measures.empty(); });
    int n = 0;
    for (auto& g : v.roadmap)
        for (auto& m : g.measures) m.number = std::to_string(++n);
    return v;
}

SchoolYearView year_view(const SiteInput& in, const compute::SchoolAnalysis& sa,
                         const compute::SchoolYear& sy, const PageLinks& links) {
    const model::School& s = *sa.school;
    SchoolYearView v;
    v.year = std::to_string(sy.year);
    if (sy.participation) {
        v.curator = person_name(in, sy.participation->curator);
        v.outcome = outcome_ru(sy.participation->outcome);
    }
    v.exited = sy.exited;
    add_profile(in, sy, links, v);
    for (const auto& sr : sy.selected)
        if (sr.factor)
            v.selected.push_back({links.region(factor_path(sy.year, sr.factor->id)),
                                  std::to_string(sr.factor->number) + ". " + sr.factor->title});
    for (const auto& dp : sy.documents)
        if (dp.document) v.documents.push_back(document_view(in, s, dp));
    v.measures = count(sy.counts.measures);
    v.done = count(sy.counts.done);
    v.overdue = count(sy.counts.overdue);
    v.has_overdue = sy.counts.overdue > 0;
    v.no_roadmap = sy.participation && sy.documents.empty();
    v.indicators = count(sy.counts.indicators);
    v.achieved = count(sy.counts.achieved);
    v.done_bar = done_bar(sy.counts);
    v.has_roadmap_pdf = has_roadmap_pdf(s, sy.year);
    if (v.has_roadmap_pdf)
        v.roadmap_pdf_href = relative(links.path, roadmap_pdf_path(s.id, sy.year));
    v.records = school_records(in, sa, sy, [&](const std::string& to) { return links.region(to); });
    return v;
}

SchoolView school_view(const SiteInput& in, const compute::SchoolAnalysis& sa,
                       const PageLinks& links) {
    const auto& s = *sa.school;
    SchoolView v;
    v.layout = make_layout(in, s.short_name.empty() ? s.name : s.short_name, links.path);
    v.passport = passport(in, s, links);
    // Newest year first: that is what a visitor comes for.
    for (auto it = sa.years.rbegin(); it != sa.years.rend(); ++it)
        v.years.push_back(year_view(in, sa, *it, links));
    return v;
}

}  // namespace

SchoolView build_school(const SiteInput& in, const compute::SchoolAnalysis& sa) {
    return school_view(in, sa, {school_path(sa.school->id), false, ""});
}

SchoolView build_school_bundle(const SiteInput& in, const compute::SchoolAnalysis& sa) {
    std::string base = safe_url(in.project.region.base_url);
    if (!base.empty() && base.back() != '/') base += '/';
    SchoolView v = school_view(in, sa, {school_path(sa.school->id), true, base});
    // The bundle's index.html sits at its root, next to assets/; the
    // canonical link still names the page on the region site.
    v.layout.root = "";
    v.layout.region = base;
    v.layout.standalone = true;
    v.layout.nav.clear();
    return v;
}

}  // namespace shnor::view
