#pragma once
// What the engine tests share: a builder that runs the same memory content
// again and again, incrementally (a cache folder and the previous output,
// as `shnor build` does) or clean, and the edits they make.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <mutex>
#include <set>
#include <sstream>

#include "app/pipeline.hpp"
#include "diag/report.hpp"
#include "support/fixtures.hpp"

namespace shnor::engine_test {

inline std::string report_of(const app::Result& r) {
    std::ostringstream out;
    diag::report(r.sink, r.sources, diag::Format::Text, out);
    return out.str();
}

// Names the first differing file, so a failure says where to look.
inline std::string first_difference(const write::OutputSet& a, const write::OutputSet& b) {
    for (const auto& [path, bytes] : a) {
        auto it = b.find(path);
        if (it == b.end()) return "only in the first: " + path;
        if (it->second != bytes) return "differs: " + path;
    }
    for (const auto& [path, _] : b)
        if (!a.count(path)) return "only in the second: " + path;
    return "";
}

// Remembers which files were taken from the previous output.
class ReuseRecorder : public write::MemoryOutput {
public:
    using MemoryOutput::MemoryOutput;
    bool reuse(const std::string& rel) override {
        const bool ok = MemoryOutput::reuse(rel);
        std::lock_guard lock(mutex_);
        if (ok) reused.insert(rel);
        return ok;
    }
    std::set<std::string> reused;

private:
    std::mutex mutex_;
};

// Builds the same memory content again and again, incrementally (a cache
// folder and the previous output) or clean.
class Builder {
public:
    fs::MemoryFileSystem mem;

    Builder() {
        test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
        cache_ = (std::filesystem::temp_directory_path() /
                  ("shnor-engine-test-" + std::to_string(::getpid())))
                     .string();
        std::filesystem::remove_all(cache_);
    }
    ~Builder() { std::filesystem::remove_all(cache_); }

    // How a build ends: its output lands and its cache is committed, as
    // `shnor build` does; it fails (nothing lands, the cache is dropped); or
    // it is killed after landing the output, before committing the cache.
    enum class End { Landed, Failed, KilledBeforeCommit };

    // Past this many schools open data is split by municipality.
    std::size_t max_whole_open_data = view::kMaxWholeOpenDataSchools;

    app::Result incremental(End end = End::Landed) {
        app::Options o;
        o.templates_dir = templates_;
        o.max_whole_open_data = max_whole_open_data;
        o.cache_dir = cache_;
        o.cache_output = kOutput;
        ReuseRecorder out(&previous_);
        auto r = app::run(o, mem, app::Stop::AfterRender, &out);
        INFO(report_of(r));
        if (end == End::Failed) {
            REQUIRE_FALSE(r.ok());
            return r;
        }
        REQUIRE(r.ok());
        REQUIRE(r.cache);
        r.cache->retire();
        previous_ = out.take();
        if (end == End::Landed) r.cache->commit(kOutput);
        reused_ = std::move(out.reused);
        return r;
    }

    write::OutputSet clean() {
        app::Options o;
        o.templates_dir = templates_;
        o.max_whole_open_data = max_whole_open_data;
        auto r = app::run_pipeline(o, mem, app::Stop::AfterRender);
        INFO(report_of(r));
        REQUIRE(r.ok());
        return r.files;
    }

    const write::OutputSet& last() const { return previous_; }
    bool reused(const std::string& path) const { return reused_.count(path) > 0; }
    const std::string& cache() const { return cache_; }
    void use_templates(const std::string& dir) { templates_ = dir; }

private:
    static constexpr const char* kOutput = "memory";  // the only one these builds draw from
    std::string cache_, templates_;
    write::OutputSet previous_;
    std::set<std::string> reused_;
};

inline void rename_file(fs::MemoryFileSystem& mem, const std::string& from, const std::string& to) {
    auto node = mem.files.extract(from);
    REQUIRE(!node.empty());
    node.key() = to;
    mem.files.insert(std::move(node));
}

// «Новая …»: the school's full name changes (on its pages and the annex).
inline void rename_school(fs::MemoryFileSystem& mem, const std::string& id) {
    auto& s = mem.files.at("content/schools/" + id + "/school.yaml");
    const auto at = s.find("name: ");
    REQUIRE(at != std::string::npos);
    s.insert(at + 6, "Новая ");
}

}  // namespace shnor::engine_test
