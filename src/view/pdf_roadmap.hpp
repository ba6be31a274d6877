#pragma once
// The printable roadmap of one school-year: the annex to the region's order
// with the school's risk profile, and for each document its goal, tasks,
// measures and indicators (tables on landscape pages).
#include "compute/analysis.hpp"
#include "model/project.hpp"
#include "view/pdf_doc.hpp"

namespace shnor::view::pdf {

// A roadmap is printed for a school-year with a document that has a measure.
bool has_roadmap(const model::School& school, int year);

// year_analysis may be null (then no progress figures, no risk levels).
Document roadmap_document(const model::Project& project, const model::School& school, int year,
                          const compute::SchoolYear* year_analysis, const model::Date& as_of);

}  // namespace shnor::view::pdf
