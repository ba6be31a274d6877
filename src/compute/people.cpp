#include "compute/people.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace shnor::compute {
namespace {

bool serves(const model::Person& p, const SchoolSummary& s, const YearSummary& y) {
    switch (p.role) {
        case model::Role::Curator:
            return y.curator == p.id;
        case model::Role::MunicipalCoordinator:
            return s.municipality == p.municipality;
        case model::Role::RegionalCoordinator:
            return true;
    }
    return false;
}

bool listed_for(const model::Person& p, int year) {
    return std::find(p.years.begin(), p.years.end(), year) != p.years.end();
}

PersonYear person_year(const model::Person& p, const std::vector<SchoolSummary>& schools,
                       int year) {
    PersonYear py;
    py.year = year;
    for (std::size_t i = 0; i < schools.size(); ++i) {
        const YearSummary* y = schools[i].year(year);
        if (!y || !y->participates || !serves(p, schools[i], *y)) continue;
        py.schools.push_back(i);
        if (!y->attention.empty()) ++py.needing_attention;
    }
    sort_by_urgency(py.schools, schools, year);
    return py;
}

const std::vector<AttentionItem>& items_of(const SchoolSummary& s, int year) {
    static const std::vector<AttentionItem> none;
    const YearSummary* y = s.year(year);
    return y ? y->attention : none;
}

bool has_kind(const YearSummary& y, AttentionKind kind) {
    return std::any_of(y.attention.begin(), y.attention.end(),
                       [&](const AttentionItem& i) { return i.kind == kind; });
}

std::vector<MunicipalityAttention> by_municipality(const model::Project& project,
                                                   const std::vector<SchoolSummary>& schools,
                                                   const PersonYear& py) {
    std::map<std::string, MunicipalityAttention> rows;
    for (std::size_t i : py.schools) {
        const YearSummary& y = *schools[i].year(py.year);
        MunicipalityAttention& m = rows[schools[i].municipality];
        ++m.schools;
        m.needing_attention += y.attention.empty() ? 0 : 1;
        m.no_roadmap += has_kind(y, AttentionKind::NoRoadmap) ? 1 : 0;
        m.returned += has_kind(y, AttentionKind::Returned) ? 1 : 0;
        m.overdue += has_kind(y, AttentionKind::Overdue) ? 1 : 0;
    }
    std::vector<MunicipalityAttention> out;
    for (const auto& mun : project.municipalities)
        if (auto it = rows.find(mun.id); it != rows.end()) {
            it->second.municipality = mun.id;
            out.push_back(it->second);
        }
    return out;
}

}  // namespace

void sort_by_urgency(std::vector<std::size_t>& order, const std::vector<SchoolSummary>& schools,
                     int year) {
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const SchoolSummary &sa = schools[a], &sb = schools[b];
        const int c = compare_urgency(items_of(sa, year), items_of(sb, year));
        if (c != 0) return c < 0;
        return std::tie(sa.list_name(), sa.id) < std::tie(sb.list_name(), sb.id);
    });
}

std::vector<PersonRollup> people_rollups(const model::Project& project,
                                         const std::vector<SchoolSummary>& schools) {
    std::vector<PersonRollup> out;
    for (const auto& p : project.people) {
        PersonRollup r{&p, {}};
        for (const auto& py : project.region.years) {
            PersonYear year = person_year(p, schools, py.year);
            if (p.role == model::Role::RegionalCoordinator)
                year.by_municipality = by_municipality(project, schools, year);
            // A curator named by a school serves it even when people.yaml
            // forgot the year; a coordinator serves the years listed.
            const bool named = p.role == model::Role::Curator && !year.schools.empty();
            if (listed_for(p, py.year) || named) r.years.push_back(std::move(year));
        }
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace shnor::compute
