#include "render/pdf/render_pdfs.hpp"

#include <set>

#include "compute/monitoring.hpp"
#include "render/docx/docx.hpp"
#include "render/pdf/hpdf.hpp"
#include "render/pdf/layout.hpp"
#include "render/xlsx/workbook.hpp"
#include "view/fingerprint.hpp"
#include "view/links.hpp"
#include "view/monitoring.hpp"
#include "view/pdf_annex.hpp"
#include "view/pdf_monitoring.hpp"
#include "view/pdf_roadmap.hpp"

namespace shnor::render {
namespace {

model::Date report_date(const model::Project& p, model::Date as_of) {
    if (as_of.valid()) return as_of;
    return p.region.report_date.value_or(model::Date{});
}

void report_problem(const PdfRenderer& r, diag::Sink& sink) {
    if (!r.problem().empty()) sink.error({}, r.problem());
}

// The annex also as an editable Word file, from the same view-model.
std::string annex_docx(const view::pdf::Document& annex, const std::string& path,
                       diag::Sink& sink) {
    std::string why;
    std::string bytes = render::docx::docx_document(annex, &why);
    if (bytes.empty()) sink.error({path, 0, 0}, "не удалось создать файл DOCX: " + why);
    return bytes;
}

}  // namespace

PdfRenderer::PdfRenderer(const PdfOptions& options) {
    const pdf::FontFiles files = pdf::font_files(options.font);
    if (files.regular.empty()) {
        problem_ = "шрифт PDF «" + options.font + "» не найден: ожидается liberation или pt";
        return;
    }
    std::string why;
    fonts_ = pdf::HpdfFonts::open(files, &why);
    if (!fonts_) problem_ = "не удалось загрузить шрифт PDF: " + why;
}

PdfRenderer::~PdfRenderer() = default;
PdfRenderer::PdfRenderer(PdfRenderer&&) noexcept = default;

std::string PdfRenderer::render(const view::pdf::Document& doc, const std::string& path,
                                diag::Sink& sink) const {
    if (!fonts_) return {};
    const pdf::Layout layout = pdf::layout_document(doc, *fonts_, sink);
    return pdf::draw_pdf(doc, layout, *fonts_, diag::SourceLoc{path, 0, 0}, sink);
}

std::vector<std::string> PdfRenderer::roadmaps(const model::Project& project,
                                               const compute::SchoolAnalysis& sa, model::Date as_of,
                                               write::OutputSink& out, diag::Sink& sink) const {
    std::vector<std::string> paths;
    const model::School& school = *sa.school;
    std::set<int> years;
    for (const auto& d : school.documents) years.insert(d.year);
    for (int year : years) {
        if (!view::pdf::has_roadmap(school, year)) continue;
        const std::string path = view::roadmap_pdf_path(school.id, year);
        const auto doc = view::pdf::roadmap_document(project, school, year, sa.year(year),
                                                     report_date(project, as_of));
        std::string bytes = render(doc, path, sink);
        if (bytes.empty()) continue;
        out.put(path, bytes);
        paths.push_back(path);
    }
    return paths;
}

void PdfRenderer::annexes(const model::Project& project, const compute::Analysis& analysis,
                          write::OutputSink& out, diag::Sink& sink, OutputMemo* memo) const {
    report_problem(*this, sink);
    const model::Date as_of = report_date(project, analysis.as_of);
    for (const auto& y : project.region.years) {
        const std::string path = view::annex_pdf_path(y.year);
        const auto annex = view::pdf::annex_document(project, analysis.summaries, y, as_of);
        const std::uint64_t fp = memo ? view::fingerprint(annex) : 0;
        OutputMemo::put(memo, path, fp, out, sink,
                        [&](diag::Sink& own) { return render(annex, path, own); });
        const std::string docx = view::annex_docx_path(y.year);
        OutputMemo::put(memo, docx, fp, out, sink,
                        [&](diag::Sink& own) { return annex_docx(annex, docx, own); });
    }
}

void PdfRenderer::monitoring(const model::Project& project, const compute::Analysis& analysis,
                             write::OutputSink& out, diag::Sink& sink, OutputMemo* memo) const {
    const model::Date as_of = report_date(project, analysis.as_of);
    for (const auto& y : compute::monitoring_years(project, analysis)) {
        const auto report = view::monitoring_report(project, analysis, y, as_of);
        const std::uint64_t fp = memo ? view::fingerprint(report) : 0;
        const std::string pdf_path = view::monitoring_pdf_path(y.year);
        OutputMemo::put(memo, pdf_path, fp, out, sink, [&](diag::Sink& own) {
            return render(view::pdf::monitoring_document(report), pdf_path, own);
        });
        const std::string xlsx_path = view::monitoring_xlsx_path(y.year);
        OutputMemo::put(memo, xlsx_path, fp, out, sink,
                        [&](diag::Sink& own) { return monitoring_xlsx(report, xlsx_path, own); });
    }
}

void render_pdfs(const model::Project& project, const compute::Analysis& analysis,
                 const PdfOptions& options, write::OutputSet& out, diag::Sink& sink) {
    PdfRenderer r(options);
    if (!r.problem().empty()) return report_problem(r, sink);
    write::MemoryOutput files;
    r.annexes(project, analysis, files, sink);
    r.monitoring(project, analysis, files, sink);
    for (const auto& sa : analysis.schools) r.roadmaps(project, sa, analysis.as_of, files, sink);
    for (auto& [path, bytes] : files.take()) out[path] = std::move(bytes);
}

std::string render_pdf_document(const view::pdf::Document& doc, const PdfOptions& options,
                                diag::Sink& sink, const std::string& path) {
    PdfRenderer r(options);
    report_problem(r, sink);
    return r.render(doc, path, sink);
}

std::string render_roadmap(const model::Project& project, const compute::Analysis& analysis,
                           const std::string& school_id, int year, const PdfOptions& options,
                           diag::Sink& sink) {
    const compute::SchoolAnalysis* sa = analysis.school(school_id);
    if (!sa || !view::pdf::has_roadmap(*sa->school, year)) return {};
    PdfRenderer r(options);
    report_problem(r, sink);
    const auto doc = view::pdf::roadmap_document(project, *sa->school, year, sa->year(year),
                                                 report_date(project, analysis.as_of));
    return r.render(doc, view::roadmap_pdf_path(school_id, year), sink);
}

}  // namespace shnor::render
