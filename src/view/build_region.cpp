// The region dashboard and the municipality pages.
#include <map>

#include "view/build_records.hpp"
#include "view/builders.hpp"
#include "view/format.hpp"
#include "view/links.hpp"

namespace shnor::view {
namespace {

const std::string kIndex = "index.html";

// The schools a list shows, in project order.
using Schools = std::vector<const compute::SchoolSummary*>;

Heatmap heatmap(const SiteInput& in, int year, const Schools& schools) {
    Heatmap h;
    h.year = std::to_string(year);
    const auto* cat = in.project.catalogue(year);
    if (!cat) return h;
    for (const auto& f : cat->factors)
        h.factors.push_back({std::to_string(f.number), f.title, factor_path(year, f.id)});
    for (const auto* s : schools) {
        const auto* sy = s->year(year);
        if (!sy || !sy->has_profile) continue;
        h.wave = wave_ru(sy->wave);
        HeatRow row;
        row.school = s->list_name();
        row.href = school_path(s->id);
        row.municipality = municipality_name(in, s->municipality);
        row.high = count(sy->high);
        for (std::size_t i = 0; i < cat->factors.size(); ++i)
            row.cells.push_back(level_cell(i < sy->levels.size() ? sy->levels[i] : std::nullopt));
        h.rows.push_back(std::move(row));
    }
    return h;
}

std::vector<ExitedRow> exited(const SiteInput& in, const Schools& schools) {
    std::vector<ExitedRow> rows;
    for (const auto* s : schools) {
        if (!safe_segment(s->id)) continue;
        for (const auto& sy : s->years)
            if (sy.exited)
                rows.push_back({s->list_name(), school_path(s->id),
                                municipality_name(in, s->municipality), std::to_string(sy.year)});
    }
    return rows;
}

Schools all_schools(const SiteInput& in) {
    Schools all;
    all.reserve(in.analysis.summaries.size());
    for (const auto& s : in.analysis.summaries) all.push_back(&s);
    return all;
}

std::size_t schools_in(const SiteInput& in, int year) {
    std::size_t n = 0;
    for (const auto& s : in.analysis.summaries) n += s.year(year) ? 1 : 0;
    return n;
}

}  // namespace

DashboardView build_dashboard(const SiteInput& in) {
    DashboardView v;
    const auto& region = in.project.region;
    v.layout = make_layout(in, "Мониторинг проекта «500+»", kIndex);
    v.region = region.name;
    v.ministry = region.ministry;
    int year = current_year(in);
    v.current_year = std::to_string(year);
    for (const auto& f : in.analysis.region) v.years.push_back(figures_row(in, f, kIndex));
    const auto& by_mun = in.analysis.municipalities;
    if (!by_mun.empty()) {
        for (const auto& my : by_mun.back()) {
            if (!my.municipality || !safe_segment(my.municipality->id)) continue;
            MunicipalityRow r;
            r.name = my.municipality->name;
            r.kind = my.municipality->kind;
            r.href = municipality_path(my.municipality->id);
            r.schools = count(my.figures.schools);
            r.overdue = count(my.figures.counts.overdue);
            r.has_overdue = my.figures.counts.overdue > 0;
            r.done = done_bar(my.figures.counts);
            v.municipalities.push_back(std::move(r));
        }
    }
    const std::size_t total = schools_in(in, year);
    v.compact = total > kMaxListedSchools;
    v.schools_total = count(static_cast<int>(total));
    v.records = region_records(in, kIndex);
    v.heatmap = heatmap(in, year, v.compact ? Schools{} : all_schools(in));
    v.has_heatmap = !v.heatmap.rows.empty();
    for (const auto& f : v.heatmap.factors)
        v.factors.push_back({f.href, f.number + ". " + f.title});
    if (v.compact) return v;
    for (const auto& s : in.analysis.summaries) {
        if (!safe_segment(s.id)) continue;
        if (const auto* sy = s.year(year)) v.progress.push_back(progress_row(in, s, *sy, kIndex));
    }
    v.exited = exited(in, all_schools(in));
    return v;
}

SchoolsByMunicipality schools_by_municipality(const SiteInput& in) {
    SchoolsByMunicipality index;
    for (const auto& s : in.analysis.summaries) index[s.municipality].push_back(&s);
    return index;
}

const Schools& schools_of(const SchoolsByMunicipality& index, const std::string& id) {
    static const Schools none;
    const auto it = index.find(id);
    return it == index.end() ? none : it->second;
}

MunicipalityView build_municipality(const SiteInput& in, const model::Municipality& m) {
    return build_municipality(in, m, schools_of(schools_by_municipality(in), m.id));
}

MunicipalityView build_municipality(const SiteInput& in, const model::Municipality& m,
                                    const std::vector<const compute::SchoolSummary*>& schools) {
    MunicipalityView v;
    std::string path = municipality_path(m.id);
    v.layout = make_layout(in, m.name, path);
    v.name = capitalized_ru(m.name);
    v.kind = m.kind;
    int year = current_year(in);
    v.current_year = std::to_string(year);
    for (const auto& list : in.analysis.municipalities)
        for (const auto& my : list)
            if (my.municipality && my.municipality->id == m.id)
                v.years.push_back(figures_row(in, my.figures, path));
    for (const auto* s : schools) {
        if (!safe_segment(s->id)) continue;
        if (const auto* sy = s->year(year)) v.schools.push_back(progress_row(in, *s, *sy, path));
    }
    v.heatmap = heatmap(in, year, schools);
    for (auto& row : v.heatmap.rows) row.href = relative(path, row.href);
    for (auto& f : v.heatmap.factors) f.href = relative(path, f.href);
    v.has_heatmap = !v.heatmap.rows.empty();
    v.exited = exited(in, schools);
    for (auto& row : v.exited) row.href = relative(path, row.href);
    return v;
}

NotFoundView build_not_found(const SiteInput& in) {
    // A web server serves 404.html at any depth, where relative links break:
    // with a base URL its links are absolute; without one they only work
    // for requests at the root.
    NotFoundView v{make_layout(in, "Страница не найдена", "404.html")};
    if (std::string base = safe_url(in.project.region.base_url); !base.empty()) {
        if (base.back() != '/') base += '/';
        v.layout.root = base;
        v.layout.region = base;
        for (auto& link : v.layout.nav) link.href = base + link.href;
    }
    return v;
}

}  // namespace shnor::view
