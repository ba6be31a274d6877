#pragma once
// The browsable HTML site: every page, the assets, the search index, the
// sitemap and the open data, into an in-memory output set.
#include <string>

#include "compute/analysis.hpp"
#include "diag/diagnostic.hpp"
#include "fs/file_system.hpp"
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

}  // namespace shnor::render
