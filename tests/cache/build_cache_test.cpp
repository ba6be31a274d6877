// The cache keeps a school's summary; the people pages read its attention
// items, so they must come back exactly as stored.
#include "cache/build_cache.hpp"

#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <filesystem>

using namespace shnor;

TEST_CASE("a cached summary keeps its attention items", "[cache]") {
    const auto dir =
        std::filesystem::temp_directory_path() / ("shnor-cache-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    cache::BuildCache cache(dir.string(), "site-1");

    compute::YearSummary y;
    y.year = 2021;
    y.participates = true;
    y.attention = {{compute::AttentionKind::NoRoadmap, "", {}},
                   {compute::AttentionKind::Overdue, "Кружок «Точка роста»", {2021, 9, 30}},
                   {compute::AttentionKind::Lagging, "Доля", {2021, 12, 25}}};
    cache::CachedSchool entry;
    entry.key = 42;
    entry.summary = {"sosh-1", "Школа", "СОШ", "gorod", {"schools/sosh-1/school.yaml", 1, 1}, {y}};
    REQUIRE(cache.store("sosh-1", entry, render::SchoolData{}));
    CHECK_FALSE(cache.school("sosh-1"));  // pending until committed
    REQUIRE(cache.commit("site-1"));

    const auto back = cache::BuildCache(dir.string(), "site-1").school("sosh-1");
    std::filesystem::remove_all(dir);
    REQUIRE(back);
    CHECK(back->summary == entry.summary);
    REQUIRE(back->summary.years.size() == 1);
    CHECK(back->summary.years[0].attention.size() == 3);
    CHECK_FALSE(back->summary.years[0].attention[0].date.valid());
}

namespace {

std::filesystem::path fresh_dir(const std::string& name) {
    auto dir = std::filesystem::temp_directory_path() /
               ("shnor-cache-test-" + name + "-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    return dir;
}

cache::CachedSchool some_entry() {
    cache::CachedSchool entry;
    entry.key = 7;
    entry.summary = {"sosh-1", "Школа", "СОШ", "gorod", {"schools/sosh-1/school.yaml", 1, 1}, {}};
    entry.outputs = {"schools/sosh-1/index.html"};
    return entry;
}

}  // namespace

TEST_CASE("a cache's entries are used only for the output they were committed for", "[cache]") {
    const auto dir = fresh_dir("output");
    {
        cache::BuildCache cache(dir.string(), "site-1");
        CHECK_FALSE(cache.trusted());  // nothing committed yet
        REQUIRE(cache.store("sosh-1", some_entry(), render::SchoolData{}));
        cache.retire();
        REQUIRE(cache.commit("site-2"));  // the build's own site, now in place
    }
    CHECK(cache::BuildCache(dir.string(), "site-2").school("sosh-1"));
    // Another site at the output path (a `build --no-cache` came between),
    // an unknown one, or none: nothing is used.
    for (const char* other : {"site-1", "site-3", ""}) {
        cache::BuildCache cache(dir.string(), other);
        CHECK_FALSE(cache.trusted());
        CHECK_FALSE(cache.school("sosh-1"));
        CHECK_FALSE(cache.region());
    }
    // A build that does not land (retired, never committed): no output is
    // recorded, so not even the right one trusts the entries.
    cache::BuildCache(dir.string(), "site-2").retire();
    CHECK_FALSE(cache::BuildCache(dir.string(), "site-2").trusted());
    // An untrusted build drops every old entry; its own commit records its site.
    {
        cache::BuildCache cache(dir.string(), "site-4");
        cache.retire();
        REQUIRE(cache.commit("site-5"));
    }
    cache::BuildCache after(dir.string(), "site-5");
    CHECK(after.trusted());
    CHECK_FALSE(after.school("sosh-1"));
    // Committed into memory (an output that is gone): trusted by no one.
    after.retire();
    REQUIRE(after.commit(""));
    CHECK_FALSE(cache::BuildCache(dir.string(), "site-5").trusted());
    std::filesystem::remove_all(dir);
}

TEST_CASE("a session cache is a folder of its own inside the cache, gone with its process",
          "[cache]") {
    const auto dir = fresh_dir("session");
    std::string path;
    {
        cache::SessionCacheDir session(dir.string());
        path = session.path();
        CHECK(std::filesystem::path(path).parent_path() == dir);
        cache::BuildCache cache(path, "memory");
        REQUIRE(cache.store("sosh-1", some_entry(), render::SchoolData{}));
        cache.retire();
        REQUIRE(cache.commit("memory"));
        CHECK(std::filesystem::exists(path));
        CHECK_FALSE(std::filesystem::exists(dir / "schools"));  // the shared cache: untouched
    }
    CHECK_FALSE(std::filesystem::exists(path));
    // A killed process's session folder is swept by the next cache opened there.
    const auto dead = dir / "session-999999999-0";
    std::filesystem::create_directories(dead / "schools");
    cache::BuildCache cache(dir.string(), "site");
    CHECK_FALSE(std::filesystem::exists(dead));
    std::filesystem::remove_all(dir);
}
