// The cache's own format must give back exactly what was stored, and a
// short, damaged or foreign file must decode to nothing rather than to a
// partial entry.
#include "cache/cache_codec.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace shnor;

namespace {

cache::CachedSchool full_entry() {
    compute::YearSummary y;
    y.year = 2022;
    y.participates = y.roadmap_accepted = y.has_profile = true;
    y.curator = "ivanova-ai";
    y.counts = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    y.wave = model::Wave::Final;
    y.high = 3, y.medium = 2, y.low = 1, y.visits = 4, y.visits_on_site = 2;
    y.levels = {model::Level::High, std::nullopt, model::Level::None};
    y.high_initial = {"rf01", "rf04"};
    y.high_final = {"rf04"};
    y.last_visit = model::Date{2022, 11, 3};
    y.indicators = {0.1, std::nullopt, 1.0 / 3, -2.5, 1e-300, 42};
    y.attention = {{compute::AttentionKind::Lagging, "Доля: 12:34", {2022, 12, 25}},
                   {compute::AttentionKind::NoRoadmap, "", {}}};
    compute::YearSummary empty;
    empty.year = 2021;
    cache::CachedSchool e;
    e.key = 18446744073709551615ull;
    e.data_hash = 7;
    e.files = {{"schools/s/school.yaml", {123, 1795897103071063449ull, 5366595}, 99}};
    e.summary = {"s", "Школа «№ 1»", "", "gorod", {"schools/s/school.yaml", 2, 7}, {empty, y}};
    e.outputs = {"schools/s/index.html", "documents/s-2022.pdf"};
    e.diagnostics = {{diag::Severity::Warning, {"schools/s/school.yaml", 3, 1}, "строка\nс :"}};
    return e;
}

}  // namespace

TEST_CASE("a cache entry comes back exactly as stored", "[cache]") {
    const auto e = full_entry();
    const auto back = cache::decode_school(cache::encode(e));
    REQUIRE(back);
    CHECK(back->key == e.key);
    CHECK(back->data_hash == e.data_hash);
    CHECK(back->files == e.files);
    CHECK(back->summary == e.summary);
    CHECK(back->outputs == e.outputs);
    REQUIRE(back->diagnostics.size() == 1);
    CHECK(back->diagnostics[0].severity == diag::Severity::Warning);
    CHECK(back->diagnostics[0].loc == e.diagnostics[0].loc);
    CHECK(back->diagnostics[0].message == e.diagnostics[0].message);
}

TEST_CASE("a damaged cache entry decodes to nothing", "[cache]") {
    const std::string bytes = cache::encode(full_entry());
    // Every prefix is short of something.
    for (std::size_t n = 0; n < bytes.size(); n += 7)
        CHECK_FALSE(cache::decode_school(std::string_view(bytes).substr(0, n)));
    CHECK_FALSE(cache::decode_school(bytes + "1:x"));     // trailing bytes
    CHECK_FALSE(cache::decode_school("{\"format\":4}"));  // an older JSON entry
    // An enum out of range is refused, not cast: the wave (0 or 1) follows
    // the eleven counts, the last of them "2:11".
    std::string bad = bytes;
    const auto at = bad.find("2:111:1", bad.find("10:ivanova-ai"));
    REQUIRE(at != std::string::npos);
    CHECK_FALSE(cache::decode_school(bad.replace(at + 4, 3, "1:7")));
    CHECK_FALSE(cache::decode_school(std::string(bytes).replace(0, 1, "x")));
}

TEST_CASE("the region's cache entry comes back exactly as stored", "[cache]") {
    cache::CachedRegion e;
    e.key = 1;
    e.shared = 18446744073709551615ull;
    e.outputs = {"index.html", "documents/annex-2021.pdf"};
    e.diagnostics = {{diag::Severity::Warning, {"region.yaml", 4, 2}, "нет даты: 1:2"}};
    e.fingerprints = {{"index.html", 42}, {"municipalities/gorod.html", 0}};
    const std::string bytes = cache::encode(e);
    const auto back = cache::decode_region(bytes);
    REQUIRE(back);
    CHECK(back->key == e.key);
    CHECK(back->shared == e.shared);
    CHECK(back->outputs == e.outputs);
    REQUIRE(back->diagnostics.size() == 1);
    CHECK(back->diagnostics[0].loc == e.diagnostics[0].loc);
    CHECK(back->diagnostics[0].message == e.diagnostics[0].message);
    CHECK(back->fingerprints == e.fingerprints);
    for (std::size_t n = 0; n < bytes.size(); n += 5)
        CHECK_FALSE(cache::decode_region(std::string_view(bytes).substr(0, n)));
    CHECK_FALSE(cache::decode_region(cache::encode(cache::CachedSchool{})));  // another kind
}

TEST_CASE("open-data rows come back exactly as stored", "[cache]") {
    render::SchoolData rows;
    rows[0].csv = "a,b\n1,2\n";
    rows[0].json = {"{\"a\":1}", "{\"b\":\"12:3\"}"};
    rows[1].csv = "";
    const std::string bytes = cache::encode(rows);
    const auto back = cache::decode_rows(bytes);
    REQUIRE(back);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        CHECK((*back)[i].csv == rows[i].csv);
        CHECK((*back)[i].json == rows[i].json);
    }
    CHECK_FALSE(cache::decode_rows(bytes.substr(0, bytes.size() - 1)));
    CHECK_FALSE(cache::decode_rows("99999999999:"));
}
