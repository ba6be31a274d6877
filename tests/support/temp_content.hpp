#pragma once
// A fresh copy of a content folder in the temporary directory, for tests of
// commands that write into content (shnor new), and its check report.
#include <filesystem>
#include <set>
#include <string>
#include <tuple>

#include "app/pipeline.hpp"
#include "fs/file_system.hpp"

namespace shnor::test {

// Copies `from` to <tmp>/<name>/content (replacing an older copy); returns that path.
inline std::string temp_content(const std::string& from, const std::string& name) {
    namespace stdfs = std::filesystem;
    auto base = stdfs::temp_directory_path() / name;
    stdfs::remove_all(base);
    stdfs::create_directories(base);
    stdfs::copy(from, base / "content", stdfs::copy_options::recursive);
    return (base / "content").string();
}

// `shnor check` of a folder, in process.
inline app::Result check_folder(const std::string& content) {
    app::Options options;
    options.content = content;
    options.jobs = 1;
    fs::DiskFileSystem disk;
    return app::run_pipeline(options, disk, app::Stop::AfterCheck);
}

// The warnings of a report that are not TODO markers, as (file, line, message).
inline std::set<std::tuple<std::string, int, std::string>> other_warnings(const app::Result& r) {
    std::set<std::tuple<std::string, int, std::string>> out;
    for (const auto& d : r.sink.all())
        if (d.severity == diag::Severity::Warning && d.message.rfind("не заполнено (TODO)", 0) != 0)
            out.emplace(d.loc.file, d.loc.line, d.message);
    return out;
}

inline int todo_warnings(const app::Result& r) {
    int n = 0;
    for (const auto& d : r.sink.all())
        if (d.severity == diag::Severity::Warning && d.message.rfind("не заполнено (TODO)", 0) == 0)
            ++n;
    return n;
}

}  // namespace shnor::test
