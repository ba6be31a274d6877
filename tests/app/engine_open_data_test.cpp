// Open data at national scale through the engine: past the threshold the
// tables are split by municipality, every page's footer links the list of
// parts, and an incremental build equals a clean one while rewriting only
// the municipalities whose schools changed.
#include <catch2/catch.hpp>
#include <string>

#include "app/engine_builder.hpp"

using namespace shnor;
using namespace shnor::engine_test;

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The twelve files of data/<municipality>/.
std::vector<std::string> part_files(const std::string& municipality) {
    std::vector<std::string> paths;
    for (const char* table :
         {"schools", "measures", "indicators", "risk-profiles", "visits", "results"})
        for (const char* ext : {".csv", ".json"})
            paths.push_back("data/" + municipality + "/" + table + ext);
    return paths;
}

void move_school(fs::MemoryFileSystem& mem, const std::string& id, const std::string& from,
                 const std::string& to) {
    auto& s = mem.files.at("content/schools/" + id + "/school.yaml");
    const auto at = s.find("municipality: " + from);
    REQUIRE(at != std::string::npos);
    s.replace(at, 14 + from.size(), "municipality: " + to);
}

}  // namespace

TEST_CASE("past the threshold open data is split by municipality and the footer says so",
          "[app][engine][open-data]") {
    Builder b;
    b.max_whole_open_data = 1;  // the mini region has two schools
    b.incremental();
    const auto& site = b.last();
    for (const auto& m : {"gorod", "lesnoy"})
        for (const auto& path : part_files(m)) CHECK(site.count(path) == 1);
    CHECK(site.count("data/schools.csv") == 0);
    CHECK(site.count("data/measures.json") == 0);
    CHECK(site.count("data/monitoring.csv") == 1);
    CHECK(has(site.at("data/municipalities.csv"),
              "\r\nlesnoy;Лесной муниципальный район;1;"
              "data/lesnoy/\r\n"));
    // No page links a file that is not there.
    for (const char* page : {"index.html", "schools/sosh-1/index.html", "404.html"}) {
        INFO(page);
        const std::string& html = site.at(page);
        CHECK(has(html, "data/municipalities.csv\">CSV</a>"));
        CHECK(has(html, "Открытые данные разделены по муниципалитетам"));
        CHECK_FALSE(has(html, "data/schools.csv"));
    }
}

TEST_CASE(
    "open data by municipality: an incremental build equals a clean one after an edit, "
    "a move and a deletion",
    "[app][engine][open-data]") {
    Builder b;
    b.max_whole_open_data = 0;
    b.incremental();
    CHECK(first_difference(b.last(), b.clean()) == "");

    // sosh-1 (gorod) is renamed: its rows change, lesnoy's files are taken
    // from the previous output.
    rename_school(b.mem, "sosh-1");
    b.incremental();
    CHECK(first_difference(b.last(), b.clean()) == "");
    for (const auto& path : part_files("lesnoy")) CHECK(b.reused(path));
    for (const auto& path : part_files("gorod")) CHECK_FALSE(b.reused(path));

    // oosh-lesnoe moves to gorod: lesnoy has no schools, so no folder.
    move_school(b.mem, "oosh-lesnoe", "lesnoy", "gorod");
    b.incremental();
    CHECK(first_difference(b.last(), b.clean()) == "");
    CHECK(b.last().count("data/lesnoy/schools.csv") == 0);
    CHECK_FALSE(has(b.last().at("data/municipalities.csv"), "lesnoy"));

    // And back, then sosh-1 is deleted (with what names it).
    move_school(b.mem, "oosh-lesnoe", "gorod", "lesnoy");
    b.incremental();
    CHECK(first_difference(b.last(), b.clean()) == "");
    for (auto it = b.mem.files.begin(); it != b.mem.files.end();)
        it = it->first.rfind("content/schools/sosh-1/", 0) == 0 ? b.mem.files.erase(it)
                                                                : std::next(it);
    b.mem.files.erase("content/partnerships/2021.yaml");
    b.mem.files.erase("content/practices/proektnye-nedeli.yaml");
    b.incremental();
    CHECK(first_difference(b.last(), b.clean()) == "");
    CHECK(b.last().count("data/gorod/schools.csv") == 0);
    CHECK(b.last().count("data/lesnoy/schools.csv") == 1);
}

TEST_CASE("crossing the threshold changes every page's footer, incrementally too",
          "[app][engine][open-data]") {
    Builder b;
    b.max_whole_open_data = 1;
    b.incremental();
    CHECK(b.last().count("data/municipalities.csv") == 1);
    // One school left: below the threshold again, the region-wide files.
    for (auto it = b.mem.files.begin(); it != b.mem.files.end();)
        it = it->first.rfind("content/schools/sosh-1/", 0) == 0 ? b.mem.files.erase(it)
                                                                : std::next(it);
    b.mem.files.erase("content/partnerships/2021.yaml");
    b.mem.files.erase("content/practices/proektnye-nedeli.yaml");
    b.incremental();
    CHECK(first_difference(b.last(), b.clean()) == "");
    CHECK(b.last().count("data/municipalities.csv") == 0);
    CHECK(b.last().count("data/lesnoy/schools.csv") == 0);
    CHECK(has(b.last().at("schools/oosh-lesnoe/index.html"), "data/schools.csv"));
}

TEST_CASE("open data by municipality is byte-identical whatever the number of threads",
          "[app][engine][open-data]") {
    fs::DiskFileSystem disk;
    app::Options options;
    options.content = std::string(SHNOR_SOURCE_DIR) + "/content";
    options.max_whole_open_data = 0;
    options.jobs = 1;
    auto one = app::run_pipeline(options, disk, app::Stop::AfterRender);
    options.jobs = 4;
    auto four = app::run_pipeline(options, disk, app::Stop::AfterRender);
    REQUIRE(one.ok());
    REQUIRE(four.ok());
    CHECK(one.files.count("data/municipalities.json") == 1);
    CHECK(one.files.count("data/schools.json") == 0);
    CHECK(first_difference(one.files, four.files) == "");
}
