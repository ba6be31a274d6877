// The people pages: a curator's schools, a municipal coordinator's
// municipality, the regional coordinator's summary of the region; per
// programme year, each school with what needs attention, most urgent first
// (compute/attention). Only name and role of the person are shown.
#include <algorithm>

#include "view/builders.hpp"
#include "view/format.hpp"
#include "view/links.hpp"

namespace shnor::view {
namespace {

AttentionRow attention_row(const compute::AttentionItem& item) {
    return {attention_key(item.kind), attention_ru(item.kind), item.subject,
            item.date.valid() ? date_ru(item.date) : ""};
}

PersonSchoolRow school_row(const SiteInput& in, const compute::SchoolSummary& s, int year,
                           const std::string& from) {
    PersonSchoolRow r;
    r.school = s.list_name();
    r.href = relative(from, school_path(s.id));
    r.municipality = municipality_name(in, s.municipality);
    if (const auto* y = s.year(year))
        for (const auto& item : y->attention) r.items.push_back(attention_row(item));
    return r;
}

PersonMunicipalityRow municipality_row(const SiteInput& in, const compute::MunicipalityAttention& m,
                                       const std::string& from) {
    PersonMunicipalityRow r;
    r.name = municipality_name(in, m.municipality);
    if (safe_segment(m.municipality)) r.href = relative(from, municipality_path(m.municipality));
    r.schools = count(m.schools);
    r.needing_attention = count(m.needing_attention);
    r.no_roadmap = count(m.no_roadmap);
    r.returned = count(m.returned);
    r.overdue = count(m.overdue);
    return r;
}

PersonYearView year_view(const SiteInput& in, const compute::PersonYear& py,
                         const std::string& from) {
    PersonYearView v;
    for (const auto& m : py.by_municipality)
        v.municipalities.push_back(municipality_row(in, m, from));
    v.year = std::to_string(py.year);
    v.schools = count(static_cast<int>(py.schools.size()));
    v.needing_attention = count(py.needing_attention);
    // The regional coordinator serves every school: past the page limit only
    // the most urgent are listed (the order is by urgency already).
    const std::size_t listed = std::min(py.schools.size(), kMaxListedSchools);
    v.truncated = listed < py.schools.size();
    v.listed = count(static_cast<int>(listed));
    for (std::size_t i = 0; i < listed; ++i) {
        const auto& s = in.analysis.summaries[py.schools[i]];
        if (safe_segment(s.id)) v.rows.push_back(school_row(in, s, py.year, from));
    }
    return v;
}

}  // namespace

PersonView build_person(const SiteInput& in, const compute::PersonRollup& person) {
    const model::Person& p = *person.person;
    const std::string path = person_path(p);
    PersonView v;
    v.layout = make_layout(in, p.name, path);
    v.name = p.name;
    v.role = role_ru(p.role);
    if (p.role == model::Role::MunicipalCoordinator) {
        v.municipality = municipality_name(in, p.municipality);
        if (safe_segment(p.municipality) && in.project.municipality(p.municipality))
            v.municipality_href = relative(path, municipality_path(p.municipality));
    }
    for (auto it = person.years.rbegin(); it != person.years.rend(); ++it)
        v.years.push_back(year_view(in, *it, path));
    return v;
}

}  // namespace shnor::view
