#pragma once
// One school through every stage on its own: load -> validate -> model ->
// compute -> render -> summary. The engine runs these in parallel; nothing
// here touches another school or shared mutable state.
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compute/analysis.hpp"
#include "diag/diagnostic.hpp"
#include "fs/file_system.hpp"
#include "load/content.hpp"
#include "render/open_data.hpp"
#include "render/site.hpp"
#include "validate/content_schemas.hpp"
#include "validate/references.hpp"
#include "write/output_sink.hpp"

namespace shnor::app {

// What every school job reads, built once by the region phase.
struct RegionContext {
    const fs::FileSystem& fs;
    std::string content;  // the content folder
    const validate::SchemaSet& schemas;
    const model::Project& project;  // region-level: no schools
    const validate::Gaps& gaps;     // region-level files that failed
    compute::Analysis base;         // as_of only, for the school pages
    bool compute = false;           // region is clean and the report date known
    bool strict = false;
    std::size_t max_whole_open_data = view::kMaxWholeOpenDataSchools;
    // What every page's layout reads about the region.
    view::SiteInput site() const { return {project, base, max_whole_open_data}; }
};

struct SchoolOutcome {
    diag::Sink sink;
    std::map<std::string, std::string> sources;  // files with diagnostics, for carets
    std::optional<compute::SchoolSummary> summary;
    render::SchoolData data;
    bool data_in_memory = false;  // else in the build cache, with this hash:
    std::uint64_t data_hash = 0;
    std::vector<std::string> outputs;  // paths rendered
    bool built = false;                // the school's model was built
    bool reused = false;               // taken from the build cache
    std::uint64_t key = 0;             // its cache key; 0: none (no cache, or unreadable)
    // Kept only when asked (`export school`): the whole model and analysis.
    std::unique_ptr<model::School> school;
    std::unique_ptr<compute::SchoolAnalysis> analysis;
};

// Renders into `out` when both renderer and out are given; keeps the whole
// school in the outcome when `keep`.
SchoolOutcome run_school(const RegionContext& ctx, const std::string& id,
                         std::vector<load::ContentFile> files, render::SchoolRenderer* renderer,
                         write::OutputSink* out, bool keep);

// The files that failed their schema are dropped from content; returns the
// relative paths of those and of the files that failed to load.
std::set<std::string> drop_failed(load::Content& content, const std::set<std::string>& failed);

// The sources of the files named by sink's diagnostics.
std::map<std::string, std::string> sources_of(const diag::Sink& sink,
                                              const std::map<std::string, std::string>& all);

}  // namespace shnor::app
