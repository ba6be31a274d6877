#include "compute/progress.hpp"

#include "compute/builder.hpp"

using namespace shnor::testing;
using namespace shnor::compute;

namespace {

// The content-format example: baseline 18 on 2021-02-20, targets 14 on
// 2021-06-30 and 10 on 2021-12-25; lower is better. 308 days from the
// baseline to the last target.
Indicator neusp() {
    return indicator("neusp", Trend::Decrease, {18, day("2021-02-20")},
                     {{14, day("2021-06-30")}, {10, day("2021-12-25")}});
}

// 40 -> 60 over 120 days (2021-01-01 .. 2021-05-01); 2021-03-02 is half way.
Indicator reading() {
    return indicator("read", Trend::Increase, {40, day("2021-01-01")}, {{60, day("2021-05-01")}});
}

}  // namespace

TEST_CASE("progress share, both directions and flat targets", "[compute]") {
    struct Row {
        Trend trend;
        double baseline, target, latest, expected;
    };
    const Row rows[] = {
        {Trend::Increase, 40, 60, 50, 0.5},
        {Trend::Increase, 40, 60, 70, 1.0},
        {Trend::Increase, 40, 60, 30, 0.0},
        {Trend::Increase, 40, 60, 40, 0.0},
        {Trend::Decrease, 18, 10, 14, 0.5},
        {Trend::Decrease, 18, 10, 15, 0.375},
        {Trend::Decrease, 18, 10, 20, 0.0},
        {Trend::Decrease, 18, 10, 8, 1.0},
        // target == baseline: 1 when at or beyond the target, else 0
        {Trend::Increase, 50, 50, 50, 1.0},
        {Trend::Increase, 50, 50, 51, 1.0},
        {Trend::Increase, 50, 50, 49, 0.0},
        {Trend::Decrease, 10, 10, 9, 1.0},
        {Trend::Decrease, 10, 10, 11, 0.0},
        // target on the wrong side of the baseline: the same rule
        {Trend::Increase, 50, 40, 45, 1.0},
        {Trend::Increase, 50, 40, 39, 0.0},
    };
    for (const auto& r : rows) {
        INFO("baseline " << r.baseline << " target " << r.target << " latest " << r.latest);
        const Indicator i = indicator("x", r.trend, {r.baseline, day("2021-01-01")}, {});
        CHECK(near(progress_share(i, r.latest, r.target), r.expected));
    }
}

TEST_CASE("current target: first on or after the report date, else the last", "[compute]") {
    const Indicator i = neusp();
    CHECK(current_target(i, day("2021-03-01"))->value == 14);
    CHECK(current_target(i, day("2021-06-30"))->value == 14);
    CHECK(current_target(i, day("2021-07-01"))->value == 10);
    CHECK(current_target(i, day("2022-01-10"))->value == 10);
    CHECK_FALSE(current_target(indicator("y", Trend::Increase, {}, {}), day("2021-01-01")));
}

TEST_CASE("latest value: last measurement on or before the report date, that year only",
          "[compute]") {
    const std::vector<Measurement> ms = {
        measurement("neusp", "2020-12-01", 30),  // another year
        measurement("neusp", "2021-03-31", 17), measurement("neusp", "2021-06-30", 15),
        measurement("other", "2021-06-01", 1), measurement("neusp", "2021-09-30", 12)};
    CHECK_FALSE(latest_value("neusp", ms, 2021, day("2021-03-30")));
    CHECK(latest_value("neusp", ms, 2021, day("2021-03-31"))->value == 17);
    CHECK(latest_value("neusp", ms, 2021, day("2021-07-15"))->value == 15);
    CHECK(latest_value("neusp", ms, 2021, day("2021-12-31"))->date == day("2021-09-30"));
    CHECK_FALSE(latest_value("neusp", {}, 2021, day("2021-12-31")));
}

TEST_CASE("elapsed share", "[compute]") {
    CHECK(near(elapsed_share(day("2021-01-01"), day("2021-05-01"), day("2021-03-02")), 0.5));
    CHECK(near(elapsed_share(day("2021-01-01"), day("2021-05-01"), day("2020-12-01")), 0.0));
    CHECK(near(elapsed_share(day("2021-01-01"), day("2021-05-01"), day("2021-06-01")), 1.0));
    CHECK(
        near(elapsed_share(day("2021-02-20"), day("2021-12-25"), day("2021-07-01")), 131.0 / 308));
    // Empty span: due once the date is reached.
    CHECK(near(elapsed_share(day("2021-05-01"), day("2021-05-01"), day("2021-04-30")), 0.0));
    CHECK(near(elapsed_share(day("2021-05-01"), day("2021-05-01"), day("2021-05-01")), 1.0));
}

TEST_CASE("indicator status on the report date", "[compute]") {
    struct Row {
        const char* as_of;
        std::vector<Measurement> ms;
        IndicatorStatus status;
        double progress, expected;
    };
    const Indicator i = reading();
    const Row rows[] = {
        {"2021-03-02",
         {measurement("read", "2021-03-01", 55)},
         IndicatorStatus::OnTrack,
         0.75,
         0.5},
        {"2021-03-02", {measurement("read", "2021-03-01", 50)}, IndicatorStatus::OnTrack, 0.5, 0.5},
        {"2021-03-02",
         {measurement("read", "2021-03-01", 45)},
         IndicatorStatus::Lagging,
         0.25,
         0.5},
        {"2021-03-02",
         {measurement("read", "2021-03-01", 60)},
         IndicatorStatus::Achieved,
         1.0,
         0.5},
        {"2021-03-02",
         {measurement("read", "2021-03-01", 64)},
         IndicatorStatus::Achieved,
         1.0,
         0.5},
        {"2021-03-02", {}, IndicatorStatus::NoData, 0.0, 0.5},
        // a measurement after the report date does not count yet
        {"2021-03-02", {measurement("read", "2021-03-03", 60)}, IndicatorStatus::NoData, 0.0, 0.5},
        // past the last target and short of it
        {"2021-06-01", {measurement("read", "2021-05-01", 58)}, IndicatorStatus::Lagging, 0.9, 1.0},
    };
    for (const auto& r : rows) {
        INFO("as of " << r.as_of << ", " << r.ms.size() << " measurement(s)");
        const auto p = indicator_progress(i, r.ms, 2021, day(r.as_of));
        CHECK(p.indicator == &i);
        CHECK(p.status == r.status);
        CHECK(near(p.progress, r.progress));
        CHECK(near(p.expected, r.expected));
    }
}

TEST_CASE("decreasing indicator: the worked example of the methodology", "[compute]") {
    const Indicator i = neusp();
    const std::vector<Measurement> ms = {measurement("neusp", "2021-06-30", 15),
                                         measurement("neusp", "2021-09-30", 12),
                                         measurement("neusp", "2021-12-20", 10)};
    // 2021-06-30: target 14, (15-18)/(14-18) = 0.75, expected 1 -> lagging.
    auto p = indicator_progress(i, ms, 2021, day("2021-06-30"));
    CHECK(p.target->value == 14);
    CHECK(near(p.progress, 0.75));
    CHECK(near(p.expected, 1.0));
    CHECK(p.status == IndicatorStatus::Lagging);
    // 2021-09-30: target 10, (12-18)/(10-18) = 0.75, expected 222/308 -> on track.
    p = indicator_progress(i, ms, 2021, day("2021-09-30"));
    CHECK(near(p.progress, 0.75));
    CHECK(near(p.expected, 222.0 / 308));
    CHECK(p.status == IndicatorStatus::OnTrack);
    // 2021-12-20: 10 reaches the target 10 -> achieved.
    p = indicator_progress(i, ms, 2021, day("2021-12-20"));
    CHECK(p.status == IndicatorStatus::Achieved);
    CHECK(near(p.progress, 1.0));
}

TEST_CASE("indicator without targets has no data", "[compute]") {
    const Indicator i = indicator("t", Trend::Increase, {1, day("2021-01-01")}, {});
    const auto p =
        indicator_progress(i, {measurement("t", "2021-02-01", 5)}, 2021, day("2021-03-01"));
    CHECK(p.latest.has_value());
    CHECK(p.status == IndicatorStatus::NoData);
    CHECK(p.progress == 0);
}

TEST_CASE("overdue: not on the due date itself, from the day after", "[compute]") {
    struct Row {
        MeasureStatus status;
        const char* as_of;
        bool overdue;
    };
    const Row rows[] = {
        {MeasureStatus::Planned, "2021-03-30", false},
        {MeasureStatus::Planned, "2021-03-31", false},
        {MeasureStatus::Planned, "2021-04-01", true},
        {MeasureStatus::InProgress, "2021-03-31", false},
        {MeasureStatus::InProgress, "2021-04-01", true},
        {MeasureStatus::Done, "2021-04-01", false},
        {MeasureStatus::Cancelled, "2021-04-01", false},
    };
    for (const auto& r : rows) {
        INFO("as of " << r.as_of);
        const Measure m = measure("m", r.status, "2021-03-31");
        const auto s = measure_state(m, day(r.as_of));
        CHECK(s.measure == &m);
        CHECK(s.overdue == r.overdue);
    }
}

TEST_CASE("document progress: counts, cancelled measures, review", "[compute]") {
    Document d = document("antirisk-rf07", 2021, DocKind::AntiRisk, "rf07");
    d.measures = {measure("m1", MeasureStatus::Planned, "2021-03-31"),
                  measure("m2", MeasureStatus::InProgress, "2021-03-15"),
                  measure("m3", MeasureStatus::Done, "2021-02-28"),
                  measure("m4", MeasureStatus::Cancelled, "2021-03-01"),
                  measure("m5", MeasureStatus::Planned, "2021-04-30")};
    d.indicators = {reading(), neusp()};
    d.reviews = {review("2021-03-10", ReviewStatus::Submitted),
                 review("2021-03-20", ReviewStatus::Returned)};
    const auto p = document_progress(d, {measurement("read", "2021-03-20", 60)}, day("2021-04-01"));
    CHECK(p.document == &d);
    CHECK(p.review == ReviewStatus::Returned);
    REQUIRE(p.measures.size() == 5);
    CHECK(p.measures[0].overdue);
    CHECK(p.measures[1].overdue);
    CHECK_FALSE(p.measures[4].overdue);
    const Counts& c = p.counts;
    CHECK(c.measures == 5);
    CHECK(c.planned == 2);
    CHECK(c.in_progress == 1);
    CHECK(c.done == 1);
    CHECK(c.cancelled == 1);
    CHECK(c.overdue == 2);
    CHECK(near(c.done_share(), 0.25));  // 1 done of 4 not cancelled
    CHECK(c.indicators == 2);
    CHECK(c.achieved == 1);
    CHECK(c.no_data == 1);
}

TEST_CASE("review status of a document without reviews is draft", "[compute]") {
    CHECK(review_status(document("d", 2021)) == ReviewStatus::Draft);
    Document d = document("d", 2021);
    d.reviews = {review("2021-03-10", ReviewStatus::Submitted),
                 review("2021-03-28", ReviewStatus::Accepted)};
    CHECK(review_status(d) == ReviewStatus::Accepted);
}

TEST_CASE("done share without measures or with all cancelled is 0", "[compute]") {
    Counts c;
    CHECK(c.done_share() == 0);
    c.measures = 2;
    c.cancelled = 2;
    CHECK(c.done_share() == 0);
}
