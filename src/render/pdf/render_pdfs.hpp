#pragma once
// The PDF stage: roadmaps per school-year and the order annex per year,
// laid out by render/pdf and drawn with libharu.
#include <memory>
#include <string>
#include <vector>

#include "compute/analysis.hpp"
#include "diag/diagnostic.hpp"
#include "model/project.hpp"
#include "render/output_memo.hpp"
#include "view/pdf_doc.hpp"
#include "write/output_set.hpp"
#include "write/output_sink.hpp"

namespace shnor::render {

namespace pdf {
class HpdfFonts;
}  // namespace pdf

struct PdfOptions {
    std::string font = "liberation";  // or "pt"
};

// Fonts are read and measured once per process (pdf::HpdfFonts, shared by
// every renderer); each document still gets its own libharu document (they
// cannot share font objects). One per thread.
class PdfRenderer {
public:
    explicit PdfRenderer(const PdfOptions& options);
    ~PdfRenderer();
    PdfRenderer(PdfRenderer&&) noexcept;
    PdfRenderer(const PdfRenderer&) = delete;
    PdfRenderer& operator=(const PdfRenderer&) = delete;

    // Why the fonts cannot be used (reported once by the caller); empty: ok.
    const std::string& problem() const { return problem_; }

    // PDF bytes ("" after an error in sink); `path` names the output in
    // diagnostics.
    std::string render(const view::pdf::Document& doc, const std::string& path,
                       diag::Sink& sink) const;

    // schools/<id>/roadmap-<year>.pdf for each school-year with a document
    // that has a measure; returns the paths written.
    std::vector<std::string> roadmaps(const model::Project& project,
                                      const compute::SchoolAnalysis& school, model::Date as_of,
                                      write::OutputSink& out, diag::Sink& sink) const;

    // documents/annex-<year>.pdf and .docx for each programme year, from the
    // summaries. memo: reuse what the previous build made from the same data.
    void annexes(const model::Project& project, const compute::Analysis& analysis,
                 write::OutputSink& out, diag::Sink& sink, OutputMemo* memo = nullptr) const;

    // documents/monitoring-<year>.pdf and .xlsx for each programme year: the
    // monitoring report for the ministry, from the summaries and roll-ups.
    void monitoring(const model::Project& project, const compute::Analysis& analysis,
                    write::OutputSink& out, diag::Sink& sink, OutputMemo* memo = nullptr) const;

private:
    std::shared_ptr<const pdf::HpdfFonts> fonts_;
    std::string problem_;
};

// Every roadmap, annex and monitoring report of a full analysis into out (tests).
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
