// Who may act in a document's review history: a submission may be marked
// «школа» (the school team) or a person; a return or an acceptance must name
// a person from people.yaml, and an acceptance counts only from the school's
// curator for that year or a coordinator (regional, or municipal of the
// school's municipality). Otherwise any name would print as «согласовано».
#include <algorithm>

#include "validate/references.hpp"

namespace shnor::validate {

namespace {

constexpr const char* kSchool = "школа";

bool serves_year(const model::Person& p, int year) {
    return p.years.empty() || std::find(p.years.begin(), p.years.end(), year) != p.years.end();
}

bool may_accept(const model::Person& p, const model::School& s, int year) {
    if (!serves_year(p, year)) return false;
    switch (p.role) {
        case model::Role::Curator: {
            const model::Participation* part = s.in_year(year);
            return part && part->curator == p.id;
        }
        case model::Role::RegionalCoordinator:
            return true;
        case model::Role::MunicipalCoordinator:
            return p.municipality == s.municipality;
    }
    return false;
}

void check_review(const model::Project& p, const model::School& s, const model::Document& d,
                  const model::Review& r, diag::Sink& sink) {
    const diag::SourceLoc& loc = r.by_loc.line ? r.by_loc : r.loc;
    if (r.by == kSchool) {
        if (r.status != model::ReviewStatus::Submitted)
            sink.error(loc,
                       "вернуть или принять документ может только куратор школы или "
                       "координатор: укажите его идентификатор из people.yaml вместо "
                       "\"школа\"");
        return;
    }
    const model::Person* who = p.person(r.by);
    if (!who) {
        sink.error(loc, "\"" + r.by +
                            "\" не найден в people.yaml: в by указывают идентификатор человека "
                            "(подачу может отметить \"школа\")");
        return;
    }
    // Without a participation that year the document itself is the error.
    if (r.status == model::ReviewStatus::Accepted && s.in_year(d.year) &&
        !may_accept(*who, s, d.year))
        sink.error(loc, "\"" + r.by + "\" не куратор этой школы в " + std::to_string(d.year) +
                            " году и не координатор: согласование не засчитывается");
}

}  // namespace

void check_school_reviewers(const model::Project& p, const model::School& s, const Gaps& gaps,
                            diag::Sink& sink) {
    if (gaps.people) return;  // people.yaml's own errors say it
    for (const auto& d : s.documents)
        for (const auto& r : d.reviews) check_review(p, s, d, r, sink);
}

void check_reviewers(const model::Project& p, const Gaps& gaps, diag::Sink& sink) {
    for (const auto& s : p.schools) check_school_reviewers(p, s, gaps, sink);
}

}  // namespace shnor::validate
