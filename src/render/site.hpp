#pragma once
// The browsable HTML site: every page, the assets, the search index, the
// sitemap and the open data, into an in-memory output set.
#include <string>

#include "compute/analysis.hpp"
#include "diag/diagnostic.hpp"
#include "fs/file_system.hpp"
#include "render/pdf/render_pdfs.hpp"
#include "write/output_set.hpp"

namespace shnor::render {

struct SiteOptions {
    // A project's own templates/ folder, overriding the built-ins file by
    // file; empty: built-ins only.
    std::string templates_dir;
    // Reads templates_dir (symbolic links refused, sizes capped); null: the disk.
    const fs::FileSystem* files = nullptr;
};

// Adds every HTML page, assets, search index, sitemap and open data to out
// (paths per the site layout). Template problems are errors in sink; then
// no page is rendered.
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
