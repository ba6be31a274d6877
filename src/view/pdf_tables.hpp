#pragma once
// The roadmap's two tables: measures and indicators of one document.
#include "compute/analysis.hpp"
#include "model/project.hpp"
#include "view/pdf_doc.hpp"

namespace shnor::view::pdf {

// progress may be null: statuses come from the model alone, no overdue flags.
Table measures_table(const model::Document& d, const compute::DocumentProgress* progress);
Table indicators_table(const model::Document& d, const compute::DocumentProgress* progress);

}  // namespace shnor::view::pdf
