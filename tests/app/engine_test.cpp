// The streaming engine: the same bytes whatever the number of threads, and an
// incremental build that equals a clean one after every kind of change.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "app/engine_builder.hpp"

using namespace shnor;
using namespace shnor::engine_test;

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
