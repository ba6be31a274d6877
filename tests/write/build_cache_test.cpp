// The cache keeps a school's summary; the people pages read its attention
// items, so they must come back exactly as stored.
#include "write/build_cache.hpp"

#include <unistd.h>

#include <catch2/catch_test_macros.hpp>
#include <filesystem>

using namespace shnor;

TEST_CASE("a cached summary keeps its attention items", "[write][cache]") {
    const auto dir =
        std::filesystem::temp_directory_path() / ("shnor-cache-test-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    write::BuildCache cache(dir.string());

    compute::YearSummary y;
    y.year = 2021;
    y.participates = true;
    y.attention = {{compute::AttentionKind::NoRoadmap, "", {}},
                   {compute::AttentionKind::Overdue, "Кружок «Точка роста»", {2021, 9, 30}},
                   {compute::AttentionKind::Lagging, "Доля", {2021, 12, 25}}};
    write::CachedSchool entry;
    entry.key = 42;
    entry.summary = {"sosh-1", "Школа", "СОШ", "gorod", {"schools/sosh-1/school.yaml", 1, 1}, {y}};
    REQUIRE(cache.store("sosh-1", entry, render::SchoolData{}));
    CHECK_FALSE(cache.school("sosh-1"));  // pending until committed
    REQUIRE(cache.commit());

    const auto back = cache.school("sosh-1");
    std::filesystem::remove_all(dir);
    REQUIRE(back);
    CHECK(back->summary == entry.summary);
    REQUIRE(back->summary.years.size() == 1);
    CHECK(back->summary.years[0].attention.size() == 3);
    CHECK_FALSE(back->summary.years[0].attention[0].date.valid());
}
