#include "render/pdf/render_pdfs.hpp"

#include <memory>
#include <set>

#include "render/docx/docx.hpp"
#include "render/pdf/hpdf.hpp"
#include "render/pdf/layout.hpp"
#include "view/links.hpp"
#include "view/pdf_annex.hpp"
#include "view/pdf_roadmap.hpp"

namespace shnor::render {
namespace {

// Fonts are resolved and measured once per run; each document still gets its
// own libharu document (they cannot share font objects).
class Renderer {
public:
    Renderer(const PdfOptions& options, diag::Sink& sink)
        : sink_(sink), files_(pdf::font_files(options.font)) {
        if (files_.regular.empty()) {
            sink_.error({},
                        "шрифт PDF «" + options.font + "» не найден: ожидается liberation или pt");
            return;
        }
        std::string why;
        metrics_ = pdf::HpdfMetrics::open(files_, &why);
        if (!metrics_) sink_.error({}, "не удалось загрузить шрифт PDF: " + why);
    }

    bool ok() const { return metrics_ != nullptr; }

    std::string render(const view::pdf::Document& doc, const std::string& path) {
        if (!ok()) return {};
        const pdf::Layout layout = pdf::layout_document(doc, *metrics_, sink_);
        return pdf::draw_pdf(doc, layout, files_, diag::SourceLoc{path, 0, 0}, sink_);
    }

private:
    diag::Sink& sink_;
    pdf::FontFiles files_;
    std::unique_ptr<pdf::HpdfMetrics> metrics_;
};

const compute::SchoolYear* year_of(const compute::Analysis& a, const std::string& id, int year) {
    for (const auto& s : a.schools) {
        if (!s.school || s.school->id != id) continue;
        for (const auto& y : s.years)
            if (y.year == year) return &y;
    }
    return nullptr;
}

model::Date report_date(const model::Project& p, const compute::Analysis& a) {
    if (a.as_of.valid()) return a.as_of;
    return p.region.report_date.value_or(model::Date{});
}

void add(write::OutputSet& out, const std::string& path, std::string bytes) {
    if (!bytes.empty()) out[path] = std::move(bytes);
}

// The annex also as an editable Word file, from the same view-model.
void add_annex_docx(const view::pdf::Document& annex, const std::string& path,
                    write::OutputSet& out, diag::Sink& sink) {
    std::string why;
    std::string bytes = render::docx::docx_document(annex, &why);
    if (bytes.empty()) sink.error({path, 0, 0}, "не удалось создать файл DOCX: " + why);
    add(out, path, std::move(bytes));
}

}  // namespace

void render_pdfs(const model::Project& project, const compute::Analysis& analysis,
                 const PdfOptions& options, write::OutputSet& out, diag::Sink& sink) {
    Renderer r(options, sink);
    if (!r.ok()) return;
    const model::Date as_of = report_date(project, analysis);
    for (const auto& y : project.region.years) {
        const std::string path = "documents/annex-" + std::to_string(y.year) + ".pdf";
        const auto annex = view::pdf::annex_document(project, y, as_of);
        add(out, path, r.render(annex, path));
        add_annex_docx(annex, view::annex_docx_path(y.year), out, sink);
    }
    for (const auto& school : project.schools) {
        std::set<int> years;
        for (const auto& d : school.documents) years.insert(d.year);
        for (int year : years) {
            if (!view::pdf::has_roadmap(school, year)) continue;
            const std::string path =
                "schools/" + school.id + "/roadmap-" + std::to_string(year) + ".pdf";
            const auto doc = view::pdf::roadmap_document(project, school, year,
                                                         year_of(analysis, school.id, year), as_of);
            add(out, path, r.render(doc, path));
        }
    }
}

std::string render_pdf_document(const view::pdf::Document& doc, const PdfOptions& options,
                                diag::Sink& sink, const std::string& path) {
    return Renderer(options, sink).render(doc, path);
}

std::string render_roadmap(const model::Project& project, const compute::Analysis& analysis,
                           const std::string& school_id, int year, const PdfOptions& options,
                           diag::Sink& sink) {
    const model::School* school = nullptr;
    for (const auto& s : project.schools)
        if (s.id == school_id) school = &s;
    if (!school || !view::pdf::has_roadmap(*school, year)) return {};
    const auto doc = view::pdf::roadmap_document(
        project, *school, year, year_of(analysis, school_id, year), report_date(project, analysis));
    return render_pdf_document(
        doc, options, sink, "schools/" + school_id + "/roadmap-" + std::to_string(year) + ".pdf");
}

}  // namespace shnor::render
