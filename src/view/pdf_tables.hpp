#pragma once
// The roadmap's two tables: measures and indicators of one document.
#include "compute/analysis.hpp"
#include "model/project.hpp"
#include "view/pdf_doc.hpp"

namespace shnor::view::pdf {

// progress may be null: statuses come from the model alone, no overdue flags.
// Statuses and progress are as of the report date: the header says so, and it
// repeats on every page the table runs onto.
Table measures_table(const model::Document& d, const compute::DocumentProgress* progress,
                     const model::Date& as_of);
Table indicators_table(const model::Document& d, const compute::DocumentProgress* progress,
                       const model::Date& as_of);

}  // namespace shnor::view::pdf
