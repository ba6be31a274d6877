#include "validate/references.hpp"

#include <map>
#include <set>
#include <utility>

#include "diag/suggest.hpp"
#include "load/content.hpp"
#include "model/labels.hpp"

namespace shnor::validate {

using diag::SourceLoc;
using model::Project;
using model::School;

bool is_safe_id(const std::string& id) {
    if (id.empty() || id.size() > 64 || id.front() == '-' || id.back() == '-') return false;
    char prev = 0;
    for (char c : id) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
        if (!ok || (c == '-' && prev == '-')) return false;
        prev = c;
    }
    return true;
}

Gaps find_gaps(const std::set<std::string>& failed) {
    Gaps g;
    for (const auto& rel : failed) {
        auto f = load::classify(rel);
        switch (f.kind) {
            case load::FileKind::Region:
                g.region = true;
                break;
            case load::FileKind::Municipalities:
                g.municipalities = true;
                break;
            case load::FileKind::People:
                g.people = true;
                break;
            case load::FileKind::Leaders:
                g.leaders = true;
                break;
            case load::FileKind::Catalogue:
                g.catalogues.insert(f.year);
                break;
            case load::FileKind::Document:
            case load::FileKind::Measurements:
                g.school_years.emplace(f.school, f.year);
                break;
            default:
                break;
        }
    }
    return g;
}

namespace {

class Ids {  // unique, path-safe ids within one scope
public:
    Ids(const char* what, diag::Sink& sink) : what_(what), sink_(sink) {}
    void add(const std::string& id, const SourceLoc& loc) {
        if (id.empty()) return;  // a missing id: the schema has said so
        if (!is_safe_id(id)) {
            sink_.error(loc, std::string("недопустимый идентификатор ") + what_ + " \"" + id +
                                 "\": только строчные латинские буквы, цифры и дефис");
            return;
        }
        auto [it, fresh] = seen_.emplace(id, loc);
        if (fresh) return;
        // Report at the later place, whatever order the model keeps.
        SourceLoc first = it->second, later = loc;
        if (later < first) std::swap(first, later), it->second = first;
        sink_.error(later, std::string("идентификатор ") + what_ + " \"" + id +
                               "\" уже использован: " + first.file.str() + ":" +
                               std::to_string(first.line));
    }

private:
    const char* what_;
    diag::Sink& sink_;
    std::map<std::string, SourceLoc> seen_;
};

// A few known ids are listed when nothing is close: choosing from three
// tasks is easier than guessing; long lists only get a near match.
constexpr std::size_t kListUpTo = 12;

// "неизвестный куратор \"x\" (возможно, вы имели в виду \"y\")". An empty id
// is a missing field, which the schema has reported already.
void unknown(diag::Sink& sink, const SourceLoc& loc, const std::string& what, const std::string& id,
             const std::vector<std::string>& known) {
    if (id.empty()) return;
    sink.error(loc, what + " \"" + id + "\"" + diag::did_you_mean(id, known, kListUpTo));
}

template <typename T>
std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> out;
    for (const auto& item : items) out.push_back(item.id);
    return out;
}

std::vector<std::string> factor_ids(const model::Catalogue& cat) { return ids_of(cat.factors); }

std::vector<std::string> catalogue_indicator_ids(const model::Catalogue& cat) {
    std::vector<std::string> out;
    for (const auto& f : cat.factors)
        for (const auto& ind : f.indicators) out.push_back(ind.id);
    return out;
}

bool programme_year(const Project& p, int year) {
    for (const auto& y : p.region.years)
        if (y.year == year) return true;
    return false;
}

// Without its catalogue a year's anti-risk programmes lose their factors and
// its figures would be computed from nothing.
void check_catalogues_present(const Project& p, const Gaps& gaps, diag::Sink& sink) {
    if (gaps.region) return;
    for (const auto& y : p.region.years)
        if (!p.catalogue(y.year) && !gaps.catalogues.count(y.year))
            sink.error(y.loc, "нет каталога факторов риска на " + std::to_string(y.year) +
                                  " год программы: добавьте файл catalogue/" +
                                  std::to_string(y.year) + ".yaml");
}

// A school that continues after a year must be listed in the next programme
// year; otherwise that year's figures (the fall in the number of schools)
// would be computed from a list that was never entered in full.
void check_continuation(const Project& p, const School& s, const Gaps& gaps, diag::Sink& sink) {
    if (gaps.region) return;
    for (const auto& part : s.participation) {
        if (part.outcome != model::Outcome::Continues || !programme_year(p, part.year + 1))
            continue;
        if (!s.in_year(part.year + 1))
            sink.error(part.loc, "школа продолжает участие после " + std::to_string(part.year) +
                                     " года (outcome: continues), но не указана в " +
                                     std::to_string(part.year + 1) +
                                     " году: добавьте участие или укажите outcome: exited");
    }
}

void check_region(const Project& p, const Gaps& gaps, diag::Sink& sink) {
    Ids municipalities("муниципалитета", sink), people("человека", sink);
    for (const auto& m : p.municipalities) municipalities.add(m.id, m.loc);
    for (const auto& person : p.people) {
        people.add(person.id, person.loc);
        if (!person.municipality.empty() && !gaps.municipalities &&
            !p.municipality(person.municipality))
            unknown(sink, person.municipality_loc, "неизвестный муниципалитет", person.municipality,
                    ids_of(p.municipalities));
    }
    check_catalogues_present(p, gaps, sink);
    for (const auto& [year, cat] : p.catalogues) {
        Ids factors("фактора", sink), indicators("показателя", sink);
        std::set<std::string> groups;
        for (const auto& g : cat.groups) groups.insert(g.id);
        auto group_ids = ids_of(cat.groups);
        const model::Catalogue* prev = p.catalogue(year - 1);
        for (const auto& f : cat.factors) {
            factors.add(f.id, f.loc);
            if (!groups.count(f.group))
                unknown(sink, f.group_loc, "неизвестная группа факторов", f.group, group_ids);
            if (!f.replaces.empty() && prev && !gaps.catalogues.count(year - 1) &&
                !prev->factor(f.replaces))
                sink.error(f.replaces_loc, "фактор \"" + f.replaces +
                                               "\" (replaces) не найден в каталоге " +
                                               std::to_string(year - 1) + " года" +
                                               diag::did_you_mean(f.replaces, factor_ids(*prev)));
            for (const auto& ind : f.indicators) indicators.add(ind.id, ind.loc);
        }
    }
}

std::vector<std::string> curators(const Project& p) {
    std::vector<std::string> out;
    for (const auto& person : p.people)
        if (person.role == model::Role::Curator) out.push_back(person.id);
    return out;
}

void check_participation(const Project& p, const School& s, const Gaps& gaps, diag::Sink& sink) {
    if (!gaps.municipalities && !p.municipality(s.municipality))
        unknown(sink, s.municipality_loc, "неизвестный муниципалитет", s.municipality,
                ids_of(p.municipalities));
    for (const auto& part : s.participation) {
        if (!gaps.region && !programme_year(p, part.year))
            sink.error(part.loc, std::to_string(part.year) +
                                     " не является годом программы (см. region.yaml)");
        if (part.curator.empty() || gaps.people) continue;
        const model::Person* c = p.person(part.curator);
        if (!c)
            unknown(sink, part.curator_loc, "неизвестный куратор", part.curator, curators(p));
        else if (c->role != model::Role::Curator)
            sink.error(part.curator_loc, "\"" + part.curator + "\" не куратор, а " +
                                             model::enum_label("role", model::key(c->role)) +
                                             " (роль в people.yaml)");
    }
}

void check_diagnostics(const Project& p, const School& s, const Gaps& gaps, diag::Sink& sink) {
    for (const auto& d : s.diagnostics) {
        if (!s.in_year(d.year))
            sink.error(d.loc,
                       "школа не участвует в программе в " + std::to_string(d.year) + " году");
        if (gaps.catalogues.count(d.year)) continue;
        const model::Catalogue* cat = p.catalogue(d.year);
        if (!cat) {
            sink.error(d.loc, "нет каталога факторов риска на " + std::to_string(d.year) + " год");
            continue;
        }
        auto factors = factor_ids(*cat);
        for (const auto& [id, level] : d.supplied_levels)
            if (!cat->factor(id))
                unknown(sink, d.level_locs.at(id), "неизвестный фактор риска", id, factors);
        for (std::size_t k = 0; k < d.selected_risks.size(); ++k)
            if (!cat->factor(d.selected_risks[k]))
                unknown(sink, k < d.selected_risk_locs.size() ? d.selected_risk_locs[k] : d.loc,
                        "неизвестный фактор риска", d.selected_risks[k], factors);
        auto indicator_ids = catalogue_indicator_ids(*cat);
        std::set<std::string> known(indicator_ids.begin(), indicator_ids.end());
        for (const auto& [id, value] : d.indicator_values)
            if (!known.count(id)) {
                auto at = d.indicator_locs.find(id);
                unknown(sink, at == d.indicator_locs.end() ? d.loc : at->second,
                        "неизвестный показатель каталога", id, indicator_ids);
            }
    }
}

void check_documents(const Project& p, const School& s, const Gaps& gaps, diag::Sink& sink) {
    std::map<int, Ids> indicators;
    std::map<int, std::set<std::string>> known;
    std::map<int, Ids> docs;  // document ids are file names within a year folder
    for (const auto& d : s.documents) {
        docs.try_emplace(d.year, "документа", sink).first->second.add(d.id, d.loc);
        if (!s.in_year(d.year))
            sink.error(d.loc,
                       "школа не участвует в программе в " + std::to_string(d.year) + " году");
        const model::Catalogue* cat = p.catalogue(d.year);
        if (d.kind == model::DocKind::AntiRisk && cat && !gaps.catalogues.count(d.year) &&
            !cat->factor(d.risk))
            unknown(sink, d.risk_loc, "неизвестный фактор риска", d.risk, factor_ids(*cat));
        auto& ids = indicators.try_emplace(d.year, "показателя", sink).first->second;
        for (const auto& ind : d.indicators) ids.add(ind.id, ind.loc), known[d.year].insert(ind.id);
        Ids tasks("задачи", sink), measures("мероприятия", sink);
        std::set<std::string> task_ids;
        for (const auto& t : d.tasks) tasks.add(t.id, t.loc), task_ids.insert(t.id);
        for (const auto& m : d.measures) {
            measures.add(m.id, m.loc);
            if (!m.task.empty() && !task_ids.count(m.task))
                unknown(sink, m.task_loc, "неизвестная задача", m.task, ids_of(d.tasks));
        }
    }
    auto complete = [&](int year) { return !gaps.school_years.count({s.id, year}); };
    auto list = [&](int year) {
        return std::vector<std::string>(known[year].begin(), known[year].end());
    };
    for (const auto& d : s.documents)
        for (const auto& m : d.measures)
            for (std::size_t k = 0; k < m.indicators.size(); ++k)
                if (complete(d.year) && !known[d.year].count(m.indicators[k]))
                    unknown(sink, k < m.indicator_locs.size() ? m.indicator_locs[k] : m.loc,
                            "неизвестный показатель", m.indicators[k], list(d.year));
    for (const auto& x : s.measurements) {
        int year = x.date.year;
        if (x.date.valid() && complete(year) && !known[year].count(x.indicator))
            unknown(sink, x.indicator_loc, "неизвестный показатель", x.indicator, list(year));
    }
}

}  // namespace

void report_unknown(diag::Sink& sink, const SourceLoc& loc, const std::string& what,
                    const std::string& id, const std::vector<std::string>& known) {
    unknown(sink, loc, what, id, known);
}

void check_region_references(const Project& p, const Gaps& gaps, diag::Sink& sink) {
    check_region(p, gaps, sink);
    Ids pages("страницы", sink);
    for (const auto& page : p.pages) pages.add(page.id, page.loc);
    check_region_records(p, gaps, sink);
}

void check_school_references(const Project& p, const School& s, const Gaps& gaps,
                             diag::Sink& sink) {
    // School ids are folder names, unique by construction; only their form
    // is checked here.
    Ids("школы", sink).add(s.id, s.loc);
    check_participation(p, s, gaps, sink);
    check_diagnostics(p, s, gaps, sink);
    check_documents(p, s, gaps, sink);
    check_continuation(p, s, gaps, sink);
    check_school_reviewers(p, s, gaps, sink);
    check_school_records(p, s, gaps, sink);
}

void check_references(const Project& p, const Gaps& gaps, diag::Sink& sink) {
    check_region_references(p, gaps, sink);
    for (const auto& s : p.schools) check_school_references(p, s, gaps, sink);
}

}  // namespace shnor::validate
