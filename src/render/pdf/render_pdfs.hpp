#pragma once
// The PDF stage: roadmaps per school-year and the order annex per year,
// laid out by render/pdf and drawn with libharu into the output set.
#include <string>

#include "compute/analysis.hpp"
#include "diag/diagnostic.hpp"
#include "model/project.hpp"
#include "view/pdf_doc.hpp"
#include "write/output_set.hpp"

namespace shnor::render {

struct PdfOptions {
    std::string font = "liberation";  // or "pt"
};

// Adds schools/<id>/roadmap-<year>.pdf (each school-year with a document that
// has a measure) and documents/annex-<year>.pdf (each programme year) to out.
void render_pdfs(const model::Project& project, const compute::Analysis& analysis,
                 const PdfOptions& options, write::OutputSet& out, diag::Sink& sink);

// One document to PDF bytes ("" after an error reported to sink): for tests
// and benchmarks. `path` only names the output in diagnostics.
std::string render_pdf_document(const view::pdf::Document& doc, const PdfOptions& options,
                                diag::Sink& sink, const std::string& path = "");

// One school's roadmap for a year ("" when there is none): for timing.
std::string render_roadmap(const model::Project& project, const compute::Analysis& analysis,
                           const std::string& school_id, int year, const PdfOptions& options,
                           diag::Sink& sink);

}  // namespace shnor::render
