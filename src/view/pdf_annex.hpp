#pragma once
// The order annex of a programme year: the list of participating schools
// with their municipality, curator and selected risks.
#include "model/project.hpp"
#include "view/pdf_doc.hpp"

namespace shnor::view::pdf {

Document annex_document(const model::Project& project, const model::ProgrammeYear& year,
                        const model::Date& as_of);

}  // namespace shnor::view::pdf
