#include "compute/levels.hpp"

#include "compute/builder.hpp"

using namespace shnor::testing;
using shnor::compute::computed_level;
using shnor::compute::indicator_level;
using shnor::compute::risk_profile;

namespace {

// rf01: one higher-is-worse indicator (medium 30, high 50) and one
// lower-is-worse indicator (medium 60, high 40).
RiskFactor two_indicator_factor() {
    return factor("rf01", 1,
                  {cat_indicator("rf01-a", Direction::HigherIsWorse, 30, 50),
                   cat_indicator("rf01-b", Direction::LowerIsWorse, 60, 40)});
}

}  // namespace

TEST_CASE("indicator level follows thresholds and direction", "[compute]") {
    struct Row {
        Direction direction;
        double value;
        Level expected;
    };
    const Row rows[] = {
        {Direction::HigherIsWorse, 29.9, Level::Low},
        {Direction::HigherIsWorse, 30, Level::Medium},
        {Direction::HigherIsWorse, 49.9, Level::Medium},
        {Direction::HigherIsWorse, 50, Level::High},
        {Direction::HigherIsWorse, 62, Level::High},
        {Direction::LowerIsWorse, 39, Level::High},
        {Direction::LowerIsWorse, 40, Level::High},
        {Direction::LowerIsWorse, 40.1, Level::Medium},
        {Direction::LowerIsWorse, 60, Level::Medium},
        {Direction::LowerIsWorse, 60.1, Level::Low},
    };
    for (const auto& r : rows) {
        double medium = r.direction == Direction::HigherIsWorse ? 30 : 60;
        double high = r.direction == Direction::HigherIsWorse ? 50 : 40;
        INFO("value " << r.value);
        CHECK(indicator_level(cat_indicator("x", r.direction, medium, high), r.value) ==
              r.expected);
    }
}

TEST_CASE("factor level is the worst of the indicators with values", "[compute]") {
    const RiskFactor f = two_indicator_factor();
    // a: 35 -> medium; b: 70 -> low; worst is medium.
    CHECK(computed_level(f, diagnostic(2021, Wave::Initial, {},
                                       {{"rf01-a", 35}, {"rf01-b", 70}})) == Level::Medium);
    // b: 40 -> high beats a: 10 -> low.
    CHECK(computed_level(f, diagnostic(2021, Wave::Initial, {},
                                       {{"rf01-a", 10}, {"rf01-b", 40}})) == Level::High);
    // Only b has a value.
    CHECK(computed_level(f, diagnostic(2021, Wave::Initial, {}, {{"rf01-b", 59}})) ==
          Level::Medium);
    // No indicator with a value: no computed level.
    CHECK_FALSE(
        computed_level(f, diagnostic(2021, Wave::Initial, {}, {{"other", 99}})).has_value());
    CHECK_FALSE(computed_level(factor("rf02", 2), diagnostic(2021, Wave::Initial, {})).has_value());
}

TEST_CASE("supplied level wins, and a disagreement is a warning at the supplied level",
          "[compute]") {
    const Catalogue c = catalogue(2021, {two_indicator_factor(), factor("rf02", 2)});
    // rf01 supplied high (line 10), computed medium; rf02 supplied low (line 11), nothing computed.
    const Diagnostic d = diagnostic(
        2021, Wave::Initial, {{"rf01", Level::High}, {"rf02", Level::Low}}, {{"rf01-a", 35}});
    shnor::diag::Sink sink;
    const auto p = risk_profile(&c, d, sink);
    REQUIRE(p.factors.size() == 2);
    CHECK(p.factors[0].level == Level::High);
    CHECK(p.factors[0].supplied == Level::High);
    CHECK(p.factors[0].computed == Level::Medium);
    CHECK(p.factors[1].level == Level::Low);
    CHECK_FALSE(p.factors[1].computed.has_value());
    REQUIRE(sink.all().size() == 1);
    const auto& w = sink.all()[0];
    CHECK(w.severity == shnor::diag::Severity::Warning);
    CHECK(w.loc == shnor::diag::SourceLoc{"schools/s/diagnostics.yaml", 10, 11});
    CHECK(w.message ==
          "уровень риска «rf01» от ФИОКО («высокий») не совпадает с вычисленным по показателям "
          "(«средний»)");
}

TEST_CASE("agreement or a computed level alone gives no warning", "[compute]") {
    const Catalogue c = catalogue(2021, {two_indicator_factor()});
    shnor::diag::Sink sink;
    auto agree = risk_profile(
        &c, diagnostic(2021, Wave::Initial, {{"rf01", Level::High}}, {{"rf01-a", 55}}), sink);
    auto computed_only =
        risk_profile(&c, diagnostic(2021, Wave::Initial, {}, {{"rf01-a", 55}}), sink);
    CHECK(sink.all().empty());
    CHECK(agree.factors[0].level == Level::High);
    CHECK(computed_only.factors[0].level == Level::High);
    CHECK_FALSE(computed_only.factors[0].supplied.has_value());
}

TEST_CASE("a disagreement without a recorded level position points at the diagnostic",
          "[compute]") {
    const Catalogue c = catalogue(2021, {two_indicator_factor()});
    Diagnostic d = diagnostic(2021, Wave::Final, {{"rf01", Level::None}}, {{"rf01-a", 0}});
    d.level_locs.clear();
    shnor::diag::Sink sink;
    risk_profile(&c, d, sink);
    REQUIRE(sink.all().size() == 1);
    CHECK(sink.all()[0].loc == d.loc);
    CHECK(sink.all()[0].message ==
          "уровень риска «rf01» от ФИОКО («нет риска») не совпадает с вычисленным по показателям "
          "(«низкий»)");
}

TEST_CASE("risk profile: catalogue order, counts, None and unknown factors", "[compute]") {
    const Catalogue c = catalogue(2021, {factor("rf01", 1), factor("rf02", 2), factor("rf03", 3),
                                         factor("rf04", 4), factor("rf05", 5), factor("rf06", 6)});
    // rf06 has no level; rf99 is not in the catalogue and is ignored.
    const Diagnostic d = diagnostic(2021, Wave::Final,
                                    {{"rf01", Level::High},
                                     {"rf02", Level::Medium},
                                     {"rf03", Level::High},
                                     {"rf04", Level::None},
                                     {"rf05", Level::Low},
                                     {"rf99", Level::High}});
    shnor::diag::Sink sink;
    const auto p = risk_profile(&c, d, sink);
    CHECK(p.year == 2021);
    CHECK(p.wave == Wave::Final);
    REQUIRE(p.factors.size() == 6);
    for (std::size_t i = 0; i < p.factors.size(); ++i) CHECK(p.factors[i].factor == &c.factors[i]);
    CHECK_FALSE(p.factors[5].level.has_value());
    CHECK(p.factors[3].level == Level::None);
    CHECK(p.high == 2);
    CHECK(p.medium == 1);
    CHECK(p.low == 1);
    CHECK(p.factor("rf03") == &p.factors[2]);
    CHECK(p.factor("rf99") == nullptr);
}

TEST_CASE("no catalogue for the year gives an empty profile", "[compute]") {
    shnor::diag::Sink sink;
    const auto p =
        risk_profile(nullptr, diagnostic(2020, Wave::Initial, {{"rf01", Level::High}}), sink);
    CHECK(p.factors.empty());
    CHECK(p.high == 0);
}
