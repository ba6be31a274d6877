#pragma once
// The order annex of a programme year: the list of participating schools
// with their municipality and curator, as approved by the order. Nothing
// known only later (the year's diagnostics, selected risks) belongs here.
#include "compute/analysis.hpp"
#include "model/project.hpp"
#include "view/pdf_doc.hpp"

namespace shnor::view::pdf {

// schools: every school's summary, in project order.
Document annex_document(const model::Project& project,
                        const std::vector<compute::SchoolSummary>& schools,
                        const model::ProgrammeYear& year, const model::Date& as_of);

}  // namespace shnor::view::pdf
