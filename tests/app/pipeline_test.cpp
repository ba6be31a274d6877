// The whole pipeline in memory: the mini fixture region against its goldens,
// determinism, and the example region in content/.
#include "app/pipeline.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "diag/report.hpp"
#include "support/fixtures.hpp"

using namespace shnor;

namespace {

app::Result run_mini(app::Stop stop = app::Stop::AfterRender) {
    fs::MemoryFileSystem mem;
    test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
    return app::run_pipeline({}, mem, stop);
}

std::string report_of(const app::Result& r) {
    std::ostringstream out;
    diag::report(r.sink, r.sources, diag::Format::Text, out);
    return out.str();
}

bool ends_with(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

TEST_CASE("the mini region renders exactly its goldens", "[app][golden]") {
    auto r = run_mini();
    INFO(report_of(r));
    REQUIRE(r.ok());
    std::map<std::string, std::string> text_files;
    for (const auto& [path, bytes] : r.files)
        if (!ends_with(path, ".pdf") && !ends_with(path, ".docx") && !ends_with(path, ".xlsx"))
            text_files[path] = bytes;
    // Pages by their <main> element, the frame once (tests/README.md).
    auto diff = test::compare_site_golden(text_files, test::test_dir() + "/golden/mini");
    INFO(diff);
    CHECK(diff.empty());
}

TEST_CASE("the same input gives byte-identical output", "[app]") {
    auto a = run_mini();
    auto b = run_mini();
    REQUIRE(a.ok());
    CHECK(a.files.size() == b.files.size());
    CHECK(a.files == b.files);
}

TEST_CASE("the report date is an input: --as-of changes overdue marks", "[app]") {
    fs::MemoryFileSystem mem;
    test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
    // Later than region.yaml's date: an earlier one would find work done and
    // reviews made after it, which are errors (#12).
    app::Options later;
    later.as_of = model::parse_date("2021-12-31");
    auto a = app::run_pipeline(later, mem, app::Stop::AfterRender);
    auto b = app::run_pipeline({}, mem, app::Stop::AfterRender);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a.files.at("schools/sosh-1/index.html") != b.files.at("schools/sosh-1/index.html"));
}

TEST_CASE("a region with errors renders nothing", "[app]") {
    fs::MemoryFileSystem mem;
    test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
    mem.files["content/people.yaml"] = "people: [\n";
    auto r = app::run_pipeline({}, mem, app::Stop::AfterRender);
    CHECK_FALSE(r.ok());
    CHECK(r.files.empty());
}

TEST_CASE("the example region builds cleanly with every page and PDF", "[app][example]") {
    fs::DiskFileSystem disk;
    app::Options options;
    options.content = std::string(SHNOR_SOURCE_DIR) + "/content";
    auto r = app::run_pipeline(options, disk, app::Stop::AfterRender);
    INFO(report_of(r));
    REQUIRE(r.ok());
    // The only warnings are the intended ones: schools that took part in a
    // year without presenting any roadmap (e.g. sosh-2-kamensk in 2022).
    CHECK(r.sink.warnings() == 3);
    for (const auto& d : r.sink.all())
        CHECK(d.message.find("не представлена") != std::string::npos);
    CHECK(r.schools >= 24);
    CHECK(r.files.count("index.html") == 1);
    int school_pages = 0, roadmaps = 0;
    for (const auto& [path, bytes] : r.files) {
        if (path.rfind("schools/", 0) == 0 && ends_with(path, "/index.html")) ++school_pages;
        if (path.find("/roadmap-") != std::string::npos && ends_with(path, ".pdf")) ++roadmaps;
    }
    CHECK(school_pages == r.schools);
    CHECK(roadmaps >= r.schools);  // most schools have roadmaps in both years
}

TEST_CASE("export school renders only that school's bundle", "[app][bundle]") {
    fs::MemoryFileSystem mem;
    test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
    app::Options options;
    options.export_school = "sosh-1";
    auto r = app::run_pipeline(options, mem, app::Stop::AfterRender);
    INFO(report_of(r));
    REQUIRE(r.ok());
    std::vector<std::string> paths;
    for (const auto& [path, bytes] : r.files) paths.push_back(path);
    CHECK(paths == std::vector<std::string>{"assets/style.css", "index.html", "roadmap-2021.pdf"});
    // The PDF is the site's own, byte for byte.
    auto site = run_mini();
    CHECK(r.files.at("roadmap-2021.pdf") == site.files.at("schools/sosh-1/roadmap-2021.pdf"));

    options.export_school = "nope";
    auto missing = app::run_pipeline(options, mem, app::Stop::AfterRender);
    CHECK(missing.files.empty());
    CHECK(report_of(missing) == "content/schools: ошибка: школа \"nope\" не найдена\n");
}
