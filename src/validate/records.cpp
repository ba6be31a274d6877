// References and duplicates in the records of issue #15: leader schools,
// partnership agreements, best practices (region-level, checked once against
// the school folders) and a school's curator visits and results.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "model/labels.hpp"
#include "validate/references.hpp"

namespace shnor::validate {

using diag::SourceLoc;
using model::Project;

namespace {

std::string place(const SourceLoc& loc) { return loc.file.str() + ":" + std::to_string(loc.line); }

bool programme_year(const Project& p, int year) {
    for (const auto& y : p.region.years)
        if (y.year == year) return true;
    return false;
}

std::vector<std::string> leader_ids(const Project& p) {
    std::vector<std::string> out;
    for (const auto& l : p.leaders) out.push_back(l.id);
    return out;
}

bool has_school(const Project& p, const std::string& id) {
    return std::binary_search(p.school_ids.begin(), p.school_ids.end(), id);
}

void check_leaders(const Project& p, const Gaps& gaps, diag::Sink& sink) {
    std::map<std::string, SourceLoc> seen;
    for (const auto& l : p.leaders) {
        if (auto [it, fresh] = seen.emplace(l.id, l.loc); !fresh)
            sink.error(l.loc, "школа-лидер \"" + l.id + "\" уже указана: " + place(it->second));
        if (!l.municipality.empty() && !gaps.municipalities && !p.municipality(l.municipality)) {
            std::vector<std::string> known;
            for (const auto& m : p.municipalities) known.push_back(m.id);
            report_unknown(sink, l.municipality_loc, "неизвестный муниципалитет", l.municipality,
                           known);
        }
        if (!l.school.empty() && !has_school(p, l.school))
            report_unknown(sink, l.school_loc, "нет папки школы", l.school, p.school_ids);
    }
}

// Agreements are counted against the yearly target, so one entered twice
// would count twice: the same number in the same year is a duplicate, and so
// is the same pair of schools on the same date.
void check_partnerships(const Project& p, const Gaps& gaps, diag::Sink& sink) {
    std::map<std::pair<int, std::string>, SourceLoc> numbers;
    std::map<std::tuple<std::string, std::string, std::string>, SourceLoc> pairs;
    const auto leaders = leader_ids(p);
    for (const auto& a : p.partnerships) {
        if (!gaps.region && !programme_year(p, a.year))
            sink.error(a.loc, "договоры " + std::to_string(a.year) +
                                  " года: это не год программы (см. region.yaml)");
        if (!gaps.leaders && !std::count(leaders.begin(), leaders.end(), a.leader))
            report_unknown(sink, a.leader_loc, "неизвестная школа-лидер", a.leader, leaders);
        if (!has_school(p, a.school))
            report_unknown(sink, a.school_loc, "неизвестная школа", a.school, p.school_ids);
        if (auto [it, fresh] = numbers.emplace(std::pair{a.year, a.number}, a.loc); !fresh)
            sink.error(a.loc, "договор № " + a.number + " " + std::to_string(a.year) +
                                  " года уже указан: " + place(it->second));
        else if (auto [jt, new_pair] =
                     pairs.emplace(std::tuple{a.leader, a.school, a.date.iso()}, a.loc);
                 !new_pair)
            sink.error(a.loc, "договор школ \"" + a.leader + "\" и \"" + a.school + "\" от " +
                                  a.date.iso() + " уже указан: " + place(jt->second));
    }
}

void check_practices(const Project& p, const Gaps& gaps, diag::Sink& sink) {
    auto schools = p.school_ids;
    for (const auto& l : p.leaders) schools.push_back(l.id);
    std::sort(schools.begin(), schools.end());
    for (const auto& x : p.practices) {
        if (!x.school.empty() && !std::binary_search(schools.begin(), schools.end(), x.school) &&
            !gaps.leaders)
            report_unknown(sink, x.school_loc, "неизвестная школа", x.school, schools);
        if (gaps.region || gaps.catalogues.count(x.year)) continue;
        const model::Catalogue* cat = p.catalogue(x.year);
        if (!cat) {
            sink.error(x.loc, "нет каталога факторов риска на " + std::to_string(x.year) +
                                  " год (год практики)");
            continue;
        }
        std::vector<std::string> ids;
        for (const auto& f : cat->factors) ids.push_back(f.id);
        for (std::size_t k = 0; k < x.factors.size(); ++k)
            if (!cat->factor(x.factors[k]))
                report_unknown(sink, k < x.factor_locs.size() ? x.factor_locs[k] : x.loc,
                               "неизвестный фактор риска", x.factors[k], ids);
    }
}

void check_visits(const Project& p, const model::School& s, const Gaps& gaps, diag::Sink& sink) {
    std::vector<std::string> curators;
    for (const auto& person : p.people)
        if (person.role == model::Role::Curator) curators.push_back(person.id);
    for (const auto& v : s.visits) {
        if (!s.in_year(v.year))
            sink.error(v.loc, "школа не участвует в программе в " + std::to_string(v.year) +
                                  " году: посещения этого года не учитываются");
        if (gaps.people) continue;
        const model::Person* c = p.person(v.curator);
        if (!c)
            report_unknown(sink, v.curator_loc, "неизвестный куратор", v.curator, curators);
        else if (c->role != model::Role::Curator)
            sink.error(v.curator_loc, "\"" + v.curator + "\" не куратор, а " +
                                          model::enum_label("role", model::key(c->role)) +
                                          " (роль в people.yaml)");
    }
}

// Two rows for the same assessment, subject and grade would be summed twice.
void check_results(const model::School& s, diag::Sink& sink) {
    std::map<std::tuple<int, std::string, std::string, int>, SourceLoc> seen;
    for (const auto& r : s.results)
        if (auto [it, fresh] =
                seen.emplace(std::tuple{r.year, r.assessment, r.subject, r.grade}, r.loc);
            !fresh)
            sink.error(r.loc, "результат " + model::enum_label("assessment", r.assessment) +
                                  " по предмету «" + r.subject + "»" +
                                  (r.grade ? ", " + std::to_string(r.grade) + " класс" : "") +
                                  " уже указан: " + place(it->second));
}

}  // namespace

void check_region_records(const Project& p, const Gaps& gaps, diag::Sink& sink) {
    check_leaders(p, gaps, sink);
    check_partnerships(p, gaps, sink);
    check_practices(p, gaps, sink);
}

void check_school_records(const Project& p, const model::School& s, const Gaps& gaps,
                          diag::Sink& sink) {
    check_visits(p, s, gaps, sink);
    check_results(s, sink);
}

}  // namespace shnor::validate
