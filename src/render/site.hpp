#pragma once
// The browsable HTML site, in two parts: what one school renders on its own
// (its page and roadmap PDFs: run in parallel, one SchoolRenderer per
// thread), and what needs every school (home, municipality, factor and
// Markdown pages, search index, sitemap, order annexes, open data), made
// from the schools' summaries once they are all done.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compute/analysis.hpp"
#include "diag/diagnostic.hpp"
#include "fs/file_system.hpp"
#include "render/open_data.hpp"
#include "render/output_memo.hpp"
#include "render/pdf/render_pdfs.hpp"
#include "render/templates.hpp"
#include "view/build_common.hpp"
#include "write/output_set.hpp"
#include "write/output_sink.hpp"

namespace shnor::render {

class Engine;

struct SiteOptions {
    // A project's own templates/ folder, overriding the built-ins file by
    // file; empty: built-ins only.
    std::string templates_dir;
    // Reads templates_dir (symbolic links refused, sizes capped); null: the disk.
    const fs::FileSystem* files = nullptr;
};

// The built-in templates with the project's own over them, checked;
// nullopt after an error in sink (then nothing may be rendered).
std::optional<TemplateSet> site_templates(const SiteOptions& options, diag::Sink& sink);

// One school's outputs. Holds its own template engine and PDF fonts: one per
// thread. `pdf` empty: no PDFs (`build --no-pdf`).
class SchoolRenderer {
public:
    SchoolRenderer(const TemplateSet& set, const std::optional<PdfOptions>& pdf);
    ~SchoolRenderer();
    SchoolRenderer(const SchoolRenderer&) = delete;
    SchoolRenderer& operator=(const SchoolRenderer&) = delete;

    // schools/<id>/index.html and roadmap-<year>.pdf; returns the paths
    // written. in.analysis needs only as_of.
    std::vector<std::string> render(const view::SiteInput& in, const compute::SchoolAnalysis& sa,
                                    write::OutputSink& out, diag::Sink& sink);

private:
    std::unique_ptr<Engine> engine_;
    std::optional<PdfRenderer> pdf_;
};

// Everything over all schools, from in.analysis (summaries and figures);
// rows gives school i's open-data fragments in summaries order. With a
// memo, pages, printed documents and a municipality's open data whose data
// is unchanged since the previous build are reused instead of made
// (incremental builds).
void render_region(const view::SiteInput& in, const TemplateSet& set,
                   const std::optional<PdfOptions>& pdf, const SchoolRows& rows, OutputMemo* memo,
                   write::OutputSink& out, diag::Sink& sink);

// The whole site without PDFs into memory, from a full analysis (tests).
void render_site(const model::Project& project, const compute::Analysis& analysis,
                 const SiteOptions& options, write::OutputSet& out, diag::Sink& sink);

// One school's self-contained bundle (`shnor export school`), to be put
// under any path of the school's own website: index.html (the school page
// without region nav and search), its roadmap-<year>.pdf beside it and
// assets/style.css. No link leaves the bundle: links to the region site are
// absolute under region.base_url, or left out without one. An unknown or
// unusable school id is an error in sink, and nothing is added.
void render_school_bundle(const model::Project& project, const compute::Analysis& analysis,
                          const std::string& school_id, const SiteOptions& options,
                          const PdfOptions& pdf, write::OutputSet& out, diag::Sink& sink);

}  // namespace shnor::render
