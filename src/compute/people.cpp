#include "compute/people.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace shnor::compute {
namespace {

bool listed_for(const model::Person& p, int year) {
    return std::find(p.years.begin(), p.years.end(), year) != p.years.end();
}

// One year's participating schools by who serves them, made in one pass:
// looking each person's schools up among all schools was quadratic (4,800
// people by 40,000 schools in a national region).
struct YearIndex {
    std::vector<std::size_t> all;  // the regional coordinators'
    std::map<std::string, std::vector<std::size_t>> by_curator, by_municipality;
};

YearIndex index_year(const std::vector<SchoolSummary>& schools, int year) {
    YearIndex ix;
    for (std::size_t i = 0; i < schools.size(); ++i) {
        const YearSummary* y = schools[i].year(year);
        if (!y || !y->participates) continue;
        ix.all.push_back(i);
        ix.by_curator[y->curator].push_back(i);
        ix.by_municipality[schools[i].municipality].push_back(i);
    }
    return ix;
}

const std::vector<std::size_t>& served(const model::Person& p, const YearIndex& ix) {
    static const std::vector<std::size_t> none;
    auto in = [&](const auto& map, const std::string& key) -> const std::vector<std::size_t>& {
        auto it = map.find(key);
        return it == map.end() ? none : it->second;
    };
    switch (p.role) {
        case model::Role::Curator:
            return in(ix.by_curator, p.id);
        case model::Role::MunicipalCoordinator:
            return in(ix.by_municipality, p.municipality);
        case model::Role::RegionalCoordinator:
            return ix.all;
    }
    return none;
}

PersonYear person_year(const model::Person& p, const std::vector<SchoolSummary>& schools,
                       const YearIndex& ix, int year) {
    PersonYear py;
    py.year = year;
    py.schools = served(p, ix);
    for (std::size_t i : py.schools)
        if (!schools[i].year(year)->attention.empty()) ++py.needing_attention;
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
    std::map<int, YearIndex> index;
    for (const auto& py : project.region.years) index[py.year] = index_year(schools, py.year);
    std::vector<PersonRollup> out;
    for (const auto& p : project.people) {
        PersonRollup r{&p, {}};
        for (const auto& py : project.region.years) {
            PersonYear year = person_year(p, schools, index.at(py.year), py.year);
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
