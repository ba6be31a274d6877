#include "view/build_common.hpp"

#include <algorithm>
#include <cmath>

#include "view/format.hpp"
#include "view/links.hpp"

namespace shnor::view {

bool open_data_by_municipality(const SiteInput& in) {
    return in.project.school_ids.size() > in.max_whole_open_data;
}

Layout make_layout(const SiteInput& in, const std::string& title, const std::string& path) {
    const auto& region = in.project.region;
    Layout l;
    l.title = capitalized_ru(title);
    l.site_name = region.name;
    l.root = root_of(path);
    l.region = l.root;
    l.report_date = date_ru(in.analysis.as_of);
    l.operator_name = region.operator_name;
    l.open_data_by_municipality = open_data_by_municipality(in);
    if (std::string base = safe_url(region.base_url); !base.empty()) {
        if (base.back() != '/') base += '/';
        l.canonical = base + path;
    }
    l.nav.push_back({l.root + "index.html", "Главная", path == "index.html"});
    // The partnerships page is the region's own, like the home page: always there.
    l.nav.push_back(
        {relative(path, partnerships_path()), "Партнёрство", path == partnerships_path()});
    for (const auto& page : in.project.pages) {
        if (!safe_segment(page.id)) continue;
        std::string target = page_path(page.id);
        l.nav.push_back({relative(path, target), page.title, path == target});
    }
    return l;
}

LevelCell level_cell(const std::optional<model::Level>& level) {
    return {level_key(level), level_ru(level), level_short_ru(level)};
}

Bar bar(double share) {
    share = std::clamp(std::isfinite(share) ? share : 0.0, 0.0, 1.0);
    return {svg_number(percent_whole(share)), percent_ru(share)};
}

std::string count(int n) { return number_ru(n, 0); }

Bar done_bar(const compute::Counts& c) {
    Bar b = bar(c.done_share());
    const int base = c.measures - c.cancelled;
    if (base > 0) b.percent = count(c.done) + " из " + count(base) + " (" + b.percent + ")";
    return b;
}

std::string svg_number(double v) {
    long tenths = std::isfinite(v) ? std::lround(v * 10) : 0;
    std::string s = std::to_string(tenths / 10);
    if (tenths % 10 != 0) s += "." + std::to_string(std::labs(tenths % 10));
    return s;
}

namespace {

std::string order_text(const model::Order& o) {
    std::string s = "приказ";
    if (!o.issuer.empty()) s = o.issuer + ", приказ";
    if (o.date.valid()) s += " от " + date_ru(o.date);
    if (!o.number.empty()) s += " № " + o.number;
    if (!o.title.empty()) s += " «" + o.title + "»";
    return s;
}

std::string share_of(int part, int whole) {
    if (whole <= 0) return "нет данных";
    return count(part) + " из " + count(whole) + " (" +
           percent_ru(static_cast<double>(part) / whole) + ")";
}

}  // namespace

FiguresRow figures_row(const SiteInput& in, const compute::YearFigures& f,
                       const std::string& from) {
    FiguresRow r;
    r.year = std::to_string(f.year);
    for (const auto& py : in.project.region.years)
        if (py.year == f.year) r.order = order_text(py.order);
    r.annex_href = relative(from, annex_pdf_path(f.year));
    r.annex_docx_href = relative(from, annex_docx_path(f.year));
    r.schools = count(f.schools);
    r.exited = count(f.exited);
    r.second_year = count(f.second_year);
    auto first = in.analysis.region.empty() ? 0 : in.analysis.region.front().year;
    r.has_reduction = f.year != first;
    r.reduction = percent_ru(std::max(0.0, f.reduction));
    if (f.reduction < 0) r.reduction = "рост на " + percent_ru(-f.reduction);
    r.reduction_met = f.reduction >= 0.25;
    r.accepted_share = share_of(f.accepted_roadmaps, f.schools);
    r.high_decreased_share = share_of(f.high_decreased, f.with_both_waves);
    r.done_share = share_of(f.counts.done, f.counts.measures - f.counts.cancelled);
    r.overdue = count(f.counts.overdue);
    r.has_overdue = f.counts.overdue > 0;
    return r;
}

int current_year(const SiteInput& in) {
    if (!in.analysis.region.empty()) return in.analysis.region.back().year;
    if (!in.project.region.years.empty()) return in.project.region.years.back().year;
    return 0;
}

std::string municipality_name(const SiteInput& in, const std::string& id) {
    const auto* m = in.project.municipality(id);
    return m ? m->name : id;
}

std::string person_name(const SiteInput& in, const std::string& id) {
    const auto* p = in.project.person(id);
    return p ? p->name : id;
}

ProgressRow progress_row(const SiteInput& in, const compute::SchoolSummary& school,
                         const compute::YearSummary& sy, const std::string& from) {
    ProgressRow r;
    r.school = school.list_name();
    r.href = relative(from, school_path(school.id));
    r.municipality = municipality_name(in, school.municipality);
    r.measures = count(sy.counts.measures);
    r.done = count(sy.counts.done);
    r.overdue = count(sy.counts.overdue);
    r.has_overdue = sy.counts.overdue > 0;
    r.exited = sy.exited;
    r.exited_text = sy.exited ? "вышла из перечня" : "";
    r.no_roadmap = sy.no_roadmap;
    r.high = sy.has_profile ? count(sy.high) : "—";
    r.medium = sy.has_profile ? count(sy.medium) : "—";
    r.low = sy.has_profile ? count(sy.low) : "—";
    r.bar = done_bar(sy.counts);
    return r;
}

}  // namespace shnor::view
