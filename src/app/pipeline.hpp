#pragma once
// The orchestrator: one call per stage, nothing else. The region-level files
// first, then every school on its own and in parallel (load -> validate ->
// model -> compute -> render -> summary), then the pages over all schools
// from the summaries. The same pipeline runs for `build`, `check`, `export`
// and the tests (which keep the output in memory).
#include <atomic>
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>

#include "cache/build_cache.hpp"
#include "diag/diagnostic.hpp"
#include "fs/file_system.hpp"
#include "model/date.hpp"
#include "view/build_common.hpp"
#include "write/output_set.hpp"
#include "write/output_sink.hpp"

namespace shnor::app {

// How far a run is, for a terminal's progress line: each phase as it starts,
// and every finished school (done of total). Done ends every run.
struct Progress {
    enum class Phase { Region, Schools, Rollups, Done };
    Phase phase = Phase::Region;
    std::size_t done = 0, total = 0;
};
// Called from the worker threads too: must be thread-safe.
using ProgressFn = std::function<void(const Progress&)>;

struct Options {
    std::string content = "content";
    std::string out = "site";
    std::optional<model::Date> as_of;  // overrides region.yaml's report_date
    bool strict = false;               // warnings become errors
    std::string templates_dir;         // a project's own templates overriding the built-ins
    std::string font = "liberation";   // PDF face: liberation | pt
    bool pdf = true;                   // false: `build --no-pdf`
    unsigned jobs = 0;                 // worker threads; 0: one per core
    // Past this many schools open data is split by municipality
    // (view::kMaxWholeOpenDataSchools; tests lower it).
    std::size_t max_whole_open_data = view::kMaxWholeOpenDataSchools;
    // Incremental builds: the cache folder; empty: every school is rendered.
    std::string cache_dir;
    // What the output that OutputSink::reuse() draws from is
    // (write::StagedOutput::identity()): the cache's entries are used only
    // when they were committed for that very output. Empty: none is used.
    std::string cache_output;
    // Non-empty: render only this school's self-contained bundle
    // (`shnor export school`) instead of the whole site.
    std::string export_school;
    ProgressFn progress;  // may be empty
    // Set from another thread (serve's Ctrl-C): the schools not yet started
    // are skipped and the run ends with an error, so nothing is published.
    const std::atomic<bool>* cancel = nullptr;
};

enum class Stop { AfterCheck, AfterRender };

struct Result {
    diag::Sink sink;
    std::map<std::string, std::string> sources;  // files with diagnostics, for carets
    write::OutputSet files;                      // run_pipeline: empty unless rendered cleanly
    int schools = 0;
    int reused = 0;  // schools whose previous outputs were reused (incremental)
    // Every output taken from the previous one, by a cache that describes
    // it: the output in place already is this build's.
    bool unchanged = false;
    // The build cache, when there is one and the build succeeded: the caller
    // retires and commits its entries around landing the output
    // (cache::BuildCache); dropped uncommitted, they are thrown away.
    std::optional<cache::BuildCache> cache;
    bool ok() const { return !sink.has_errors(); }
};

// Checks (AfterCheck) or renders into `out` (AfterRender; out may be null
// then only for AfterCheck). On errors the sink's content is to be thrown
// away by the caller: a staging folder is never committed.
Result run(const Options& options, const fs::FileSystem& fs, Stop stop, write::OutputSink* out);

// run() into memory: Result::files holds the site when it rendered cleanly.
Result run_pipeline(const Options& options, const fs::FileSystem& fs, Stop stop);

}  // namespace shnor::app
