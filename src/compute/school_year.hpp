#pragma once
// One school's analysis, year by year.
#include "compute/analysis.hpp"

namespace shnor::compute {

// Years: every year with a participation entry, a diagnostic or a document,
// ascending. Each diagnostic's profile is built once, so a disagreement
// warning is reported once.
SchoolAnalysis analyse_school(const model::Project& project, const model::School& school,
                              model::Date as_of, diag::Sink& sink);

// Selected risks: the initial diagnostic's list, else (none or empty) the
// final one's; ids missing from the year's catalogue are skipped.
std::vector<SelectedRisk> selected_risks(const model::Catalogue* catalogue,
                                         const model::School& school, int year);

// At least one document of the year has measures, and all such are accepted.
bool roadmap_accepted(const std::vector<DocumentProgress>& documents);

}  // namespace shnor::compute
