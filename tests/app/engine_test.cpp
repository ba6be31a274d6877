// The streaming engine: the same bytes whatever the number of threads, and an
// incremental build that equals a clean one after every kind of change.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#include "app/pipeline.hpp"
#include "diag/report.hpp"
#include "support/fixtures.hpp"

using namespace shnor;

namespace {

std::string report_of(const app::Result& r) {
    std::ostringstream out;
    diag::report(r.sink, r.sources, diag::Format::Text, out);
    return out.str();
}

// Names the first differing file, so a failure says where to look.
std::string first_difference(const write::OutputSet& a, const write::OutputSet& b) {
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

    app::Result incremental(End end = End::Landed) {
        app::Options o;
        o.templates_dir = templates_;
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

void rename_file(fs::MemoryFileSystem& mem, const std::string& from, const std::string& to) {
    auto node = mem.files.extract(from);
    REQUIRE(!node.empty());
    node.key() = to;
    mem.files.insert(std::move(node));
}

// «Новая …»: the school's full name changes (on its pages and the annex).
void rename_school(fs::MemoryFileSystem& mem, const std::string& id) {
    auto& s = mem.files.at("content/schools/" + id + "/school.yaml");
    const auto at = s.find("name: ");
    REQUIRE(at != std::string::npos);
    s.insert(at + 6, "Новая ");
}

}  // namespace

TEST_CASE("the output is byte-identical whatever the number of threads", "[app][engine]") {
    fs::DiskFileSystem disk;
    app::Options options;
    options.content = std::string(SHNOR_SOURCE_DIR) + "/content";
    options.jobs = 1;
    auto one = app::run_pipeline(options, disk, app::Stop::AfterRender);
    options.jobs = 4;
    auto four = app::run_pipeline(options, disk, app::Stop::AfterRender);
    REQUIRE(one.ok());
    REQUIRE(four.ok());
    CHECK(one.files.size() > 100);
    CHECK(first_difference(one.files, four.files) == "");
    CHECK(report_of(one) == report_of(four));
}

TEST_CASE(
    "an incremental build equals a clean one after edits, deletions, renames and a "
    "template change",
    "[app][engine]") {
    Builder b;
    auto r = b.incremental();  // a cold cache: everything rendered
    CHECK(r.reused == 0);
    CHECK(first_difference(b.last(), b.clean()) == "");

    r = b.incremental();  // nothing changed
    CHECK(r.reused == 2);
    CHECK(first_difference(b.last(), b.clean()) == "");

    // An edit in one school: only that one is rendered again.
    auto& m = b.mem.files.at("content/schools/sosh-1/2021/measurements.yaml");
    m.replace(m.find("value: 16"), 9, "value: 12");
    r = b.incremental();
    CHECK(r.reused == 1);
    CHECK(first_difference(b.last(), b.clean()) == "");

    // A renamed document (its id is its file name) and a deleted school.
    rename_file(b.mem, "content/schools/oosh-lesnoe/2021/antirisk-rf09.yaml",
                "content/schools/oosh-lesnoe/2021/antirisk-rf09-b.yaml");
    r = b.incremental();
    CHECK(r.reused == 1);
    CHECK(first_difference(b.last(), b.clean()) == "");
    for (auto it = b.mem.files.begin(); it != b.mem.files.end();)
        it = it->first.rfind("content/schools/sosh-1/", 0) == 0 ? b.mem.files.erase(it)
                                                                : std::next(it);
    // Its agreement and practice go with it (naming a missing school is an error).
    b.mem.files.erase("content/partnerships/2021.yaml");
    b.mem.files.erase("content/practices/proektnye-nedeli.yaml");
    r = b.incremental();
    CHECK(r.schools == 1);
    CHECK(first_difference(b.last(), b.clean()) == "");
    CHECK(b.last().count("schools/sosh-1/index.html") == 0);

    // A template override changes every page: nothing is reused.
    b.mem.files["templates/school.mustache"] =
        test::read_file(std::string(SHNOR_SOURCE_DIR) + "/templates/school.mustache") +
        "<!-- changed -->\n";
    b.use_templates("templates");
    r = b.incremental();
    CHECK(r.reused == 0);
    CHECK(first_difference(b.last(), b.clean()) == "");
    CHECK(b.last().at("schools/oosh-lesnoe/index.html").find("<!-- changed -->") !=
          std::string::npos);
}

TEST_CASE("a damaged cache entry is never used: the school's rows are made again",
          "[app][engine]") {
    Builder b;
    b.incremental();
    // Another build (or a disk fault) replaced one school's stored rows.
    {
        std::ofstream f(b.cache() + "/schools/oosh-lesnoe.data", std::ios::trunc);
        f << "3:abc";
    }
    // An edit elsewhere: the roll-ups need every school's rows again.
    auto& m = b.mem.files.at("content/schools/sosh-1/2021/measurements.yaml");
    m.replace(m.find("value: 16"), 9, "value: 12");
    auto r = b.incremental();  // requires a clean run
    CHECK(r.reused == 1);
    CHECK(first_difference(b.last(), b.clean()) == "");
}

TEST_CASE("one edited school remakes only the pages over all schools that show it",
          "[app][engine]") {
    Builder b;
    b.incremental();
    // sosh-1 (municipality gorod) changes a measurement: the pages of the
    // other municipality, the Markdown pages and the order annex show nothing
    // of it and are reused; its own page is made again.
    auto& m = b.mem.files.at("content/schools/sosh-1/2021/measurements.yaml");
    m.replace(m.find("value: 16"), 9, "value: 12");
    b.incremental();
    CHECK_FALSE(b.reused("schools/sosh-1/index.html"));
    CHECK(b.reused("schools/oosh-lesnoe/index.html"));
    for (const char* page : {"municipalities/lesnoy.html", "pages/about.html", "404.html",
                             "documents/annex-2021.pdf", "documents/annex-2021.docx"}) {
        INFO(page);
        CHECK(b.reused(page));
    }
    CHECK(first_difference(b.last(), b.clean()) == "");

    // The school's name is on the annex: the annex is made again.
    rename_school(b.mem, "sosh-1");
    b.incremental();
    CHECK_FALSE(b.reused("documents/annex-2021.pdf"));
    CHECK(b.reused("municipalities/lesnoy.html"));
    CHECK(first_difference(b.last(), b.clean()) == "");
}

TEST_CASE("a failed or interrupted build leaves no cache entry for outputs that did not land",
          "[app][engine]") {
    Builder b;
    b.incremental();
    auto& school = b.mem.files.at("content/schools/sosh-1/school.yaml");
    const std::string before = school;

    // sosh-1 changes while another school breaks: nothing lands. Once the
    // other is fixed, sosh-1 must not be linked from the old output.
    rename_school(b.mem, "sosh-1");
    auto& other = b.mem.files.at("content/schools/oosh-lesnoe/school.yaml");
    const std::string good = other;
    other += "broken: [\n";
    b.incremental(Builder::End::Failed);
    other = good;
    b.incremental();
    CHECK(first_difference(b.last(), b.clean()) == "");
    CHECK(b.last().at("schools/sosh-1/index.html").find("Новая") != std::string::npos);

    // Killed between landing the output and committing the cache: the
    // cache still held the entries of the build before, which described
    // the old sosh-1. Back to that content, nothing stale is linked.
    school = before;
    b.incremental(Builder::End::KilledBeforeCommit);
    rename_school(b.mem, "sosh-1");
    b.incremental();
    CHECK(first_difference(b.last(), b.clean()) == "");
}
