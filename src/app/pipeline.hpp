#pragma once
// The orchestrator: one call per stage, nothing else. The same pipeline runs
// for `build`, `check` and the tests (which keep the output in memory).
#include <map>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "fs/file_system.hpp"
#include "model/date.hpp"
#include "write/output_set.hpp"

namespace shnor::app {

struct Options {
    std::string content = "content";
    std::string out = "site";
    std::optional<model::Date> as_of;  // overrides region.yaml's report_date
    bool strict = false;               // warnings become errors
    std::string templates_dir;         // a project's own templates overriding the built-ins
    std::string font = "liberation";   // PDF face: liberation | pt
    // Non-empty: render only this school's self-contained bundle
    // (`shnor export school`) instead of the whole site.
    std::string export_school;
};

enum class Stop { AfterCheck, AfterRender };

struct Result {
    diag::Sink sink;
    std::map<std::string, std::string> sources;  // for caret display
    write::OutputSet files;                      // empty unless rendered without errors
    int schools = 0;
    bool ok() const { return !sink.has_errors(); }
};

Result run_pipeline(const Options& options, const fs::FileSystem& fs, Stop stop);

}  // namespace shnor::app
