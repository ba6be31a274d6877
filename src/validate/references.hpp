#pragma once
// Checks that need the whole project: references resolve, ids are unique and
// path-safe, dates are real and ordered, reviews move forward. Errors block
// publishing; warnings (e.g. a selected risk without its programme) do not.
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "diag/diagnostic.hpp"
#include "model/project.hpp"

namespace shnor::validate {

// What failed to load or validate: references into it are not checked,
// because "unknown X" after "X's file is broken" only repeats the first error.
struct Gaps {
    bool region = false, municipalities = false, people = false, leaders = false;
    std::set<int> catalogues;
    std::set<std::pair<std::string, int>> school_years;  // a document or measurements file
};

Gaps find_gaps(const std::set<std::string>& failed_rel_paths);

void check_references(const model::Project& project, const Gaps& gaps, diag::Sink& sink);
void check_meaning(const model::Project& project, const Gaps& gaps, diag::Sink& sink);
// Review authors (validate/reviewers.cpp); called by check_references.
void check_reviewers(const model::Project& project, const Gaps& gaps, diag::Sink& sink);
// Dates against the report date and the year's order, and years with no
// roadmap (validate/dates.cpp); needs the report date, so runs once it is known.
void check_dates(const model::Project& project, const Gaps& gaps, const model::Date& as_of,
                 diag::Sink& sink);

// The same checks in two parts, for the engine that streams schools: the
// region-level files once, then each school against the region.
void check_region_references(const model::Project& project, const Gaps& gaps, diag::Sink& sink);
void check_region_meaning(const model::Project& project, diag::Sink& sink);
void check_school_references(const model::Project& project, const model::School& school,
                             const Gaps& gaps, diag::Sink& sink);
void check_school_reviewers(const model::Project& project, const model::School& school,
                            const Gaps& gaps, diag::Sink& sink);
void check_school_dates(const model::Project& project, const model::School& school,
                        const Gaps& gaps, const model::Date& as_of, diag::Sink& sink);
void check_school_meaning(const model::Project& project, const model::School& school,
                          const Gaps& gaps, diag::Sink& sink);

// The records of issue #15 (validate/records.cpp): leaders, partnerships and
// practices against the region and the school folders; a school's visits.
void check_region_records(const model::Project& project, const Gaps& gaps, diag::Sink& sink);
void check_school_records(const model::Project& project, const model::School& school,
                          const Gaps& gaps, diag::Sink& sink);

// "неизвестный куратор \"x\" (возможно, вы имели в виду \"y\")" at loc; nothing
// for an empty id (a missing field the schema has reported).
void report_unknown(diag::Sink& sink, const diag::SourceLoc& loc, const std::string& what,
                    const std::string& id, const std::vector<std::string>& known);

// Lowercase slug, safe as a path segment: ^[a-z0-9]+(-[a-z0-9]+)*$
bool is_safe_id(const std::string& id);

}  // namespace shnor::validate
