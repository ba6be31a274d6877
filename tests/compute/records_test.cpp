#include "compute/records.hpp"

#include "compute/builder.hpp"

using namespace shnor::testing;
using namespace shnor::compute;

namespace {

Visit visit(int year, const char* date, const char* format = "visit") {
    Visit v;
    v.year = year;
    v.date = day(date);
    v.curator = "c";
    v.format = format;
    return v;
}

AssessmentResult result(int year, const char* assessment, const char* subject, int participants,
                        std::optional<double> below, std::optional<double> mean,
                        std::optional<bool> objective = std::nullopt) {
    AssessmentResult r;
    r.year = year;
    r.assessment = assessment;
    r.subject = subject;
    r.grade = 5;
    r.participants = participants;
    r.below_basic = below;
    r.mean_score = mean;
    r.objective = objective;
    return r;
}

Partnership agreement(int year, const char* number, const char* leader, const char* school) {
    Partnership a;
    a.year = year;
    a.number = number;
    a.leader = leader;
    a.school = school;
    return a;
}

constexpr auto kBasic = static_cast<std::size_t>(shnor::model::RegionalIndicator::BasicResults);
constexpr auto kObjective = static_cast<std::size_t>(shnor::model::RegionalIndicator::Objectivity);
constexpr auto kTalents = static_cast<std::size_t>(shnor::model::RegionalIndicator::Talents);

}  // namespace

TEST_CASE("months_before clamps the day to the month", "[compute][records]") {
    struct Row {
        const char* date;
        int months;
        const char* expected;
    };
    const Row rows[] = {
        {"2022-12-20", 3, "2022-09-20"}, {"2022-05-31", 3, "2022-02-28"},
        {"2024-05-31", 3, "2024-02-29"}, {"2022-02-15", 3, "2021-11-15"},
        {"2022-01-31", 1, "2021-12-31"}, {"2022-03-31", 13, "2021-02-28"},
        {"2022-12-20", 0, "2022-12-20"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.date, r.months);
        CHECK(months_before(day(r.date), r.months) == day(r.expected));
    }
}

TEST_CASE("visits of a year up to the report date, and the gap since the last",
          "[compute][records]") {
    const std::vector<Visit> visits = {
        visit(2021, "2021-11-10"), visit(2022, "2022-02-04", "online"),
        visit(2022, "2022-04-12"), visit(2022, "2022-09-21", "consultation"),
        visit(2022, "2022-12-25"),  // after the report date: not counted yet
    };
    struct Row {
        int year;
        const char* as_of;
        int count, on_site;
        const char* last;  // "" for none
    };
    const Row rows[] = {
        {2022, "2022-12-20", 3, 1, "2022-09-21"}, {2022, "2022-12-31", 4, 2, "2022-12-25"},
        {2022, "2022-03-01", 1, 0, "2022-02-04"}, {2022, "2022-01-01", 0, 0, ""},
        {2021, "2022-12-20", 1, 1, "2021-11-10"}, {2020, "2022-12-20", 0, 0, ""},
    };
    for (const auto& r : rows) {
        CAPTURE(r.year, r.as_of);
        auto f = visit_figures(visits, r.year, day(r.as_of));
        CHECK(f.count == r.count);
        CHECK(f.on_site == r.on_site);
        CHECK(f.last == (*r.last ? std::optional(day(r.last)) : std::nullopt));
    }
    struct Gap {
        const char* last;  // "" for none
        const char* as_of;
        int months;
        bool without;
    };
    const Gap gaps[] = {
        {"2022-09-21", "2022-12-20", 3, false}, {"2022-09-20", "2022-12-20", 3, false},
        {"2022-09-19", "2022-12-20", 3, true},  {"", "2022-12-20", 3, true},
        {"2022-04-12", "2022-12-20", 6, true},  {"2022-04-12", "2022-12-20", 9, false},
    };
    for (const auto& g : gaps) {
        CAPTURE(g.last, g.months);
        auto last = *g.last ? std::optional(day(g.last)) : std::nullopt;
        CHECK(without_recent_visit(last, day(g.as_of), g.months) == g.without);
    }
}

TEST_CASE("partnerships per programme year against the target", "[compute][records]") {
    Project p;
    p.region.years = {{2021, {}, {}}, {2022, {}, {}}, {2023, {}, {}}};
    p.region.partnership_target = 3;
    p.leaders = {{"lid", "Лицей", "", "", "s3", {}, {}, {}}};
    p.partnerships = {agreement(2021, "1", "lid", "s1"), agreement(2021, "2", "lid", "s2"),
                      agreement(2021, "3", "lid", "s1"), agreement(2022, "1", "lid", "s1"),
                      agreement(2024, "9", "lid", "s1")};
    struct Row {
        int year, count, schools;
        bool met;
    };
    const Row rows[] = {{2021, 3, 2, true}, {2022, 1, 1, false}, {2023, 0, 0, false}};
    auto years = partnership_years(p);
    REQUIRE(years.size() == std::size(rows));
    for (std::size_t k = 0; k < years.size(); ++k) {
        CAPTURE(rows[k].year);
        CHECK(years[k].year == rows[k].year);
        CHECK(years[k].count == rows[k].count);
        CHECK(years[k].schools == rows[k].schools);
        CHECK(years[k].target == 3);
        CHECK(years[k].met() == rows[k].met);
    }
    CHECK(partnerships_of(p, "s1").size() == 4);
    CHECK(partnerships_of(p, "s2").size() == 1);
    CHECK(partnerships_of(p, "s3").size() == 5);  // the leader's own school: every agreement
    CHECK(partnerships_of(p, "nobody").empty());
}

TEST_CASE("results: the change from the previous year, matched by assessment, subject, grade",
          "[compute][records]") {
    School s;
    s.results = {result(2021, "vpr", "Математика", 40, 30, 3.1),
                 result(2022, "vpr", "Математика", 42, 22.5, 3.35),
                 result(2022, "vpr", "Русский язык", 40, 25, std::nullopt),
                 result(2021, "oge", "Математика", 20, std::nullopt, 3.0),
                 result(2022, "oge", "Математика", 21, 10, 3.5)};
    auto changes = result_changes(s, 2022);
    REQUIRE(changes.size() == 3);
    struct Row {
        const char* subject;
        const char* assessment;
        bool previous;
        std::optional<double> below, mean;
    };
    const Row rows[] = {{"Математика", "vpr", true, -7.5, 0.25},
                        {"Русский язык", "vpr", false, std::nullopt, std::nullopt},
                        {"Математика", "oge", true, std::nullopt, 0.5}};
    for (const auto& r : rows) {
        CAPTURE(r.subject, r.assessment);
        auto it = std::find_if(changes.begin(), changes.end(), [&](const ResultChange& c) {
            return c.result->subject == r.subject && c.result->assessment == r.assessment;
        });
        REQUIRE(it != changes.end());
        CHECK((it->previous != nullptr) == r.previous);
        CHECK(it->below_basic_change.has_value() == r.below.has_value());
        if (r.below) CHECK(near(*it->below_basic_change, *r.below));
        CHECK(it->mean_score_change.has_value() == r.mean.has_value());
        if (r.mean) CHECK(near(*it->mean_score_change, *r.mean));
    }
}

TEST_CASE("the six indicators: supplied, computed from results, or no data", "[compute][records]") {
    School s;
    s.results = {result(2022, "vpr", "Математика", 30, 20, 3.2, true),
                 result(2022, "vpr", "Русский язык", 10, 40, 3.0, false),
                 result(2022, "oge", "Математика", 0, 50, 3.0, true),  // no participants: no weight
                 result(2021, "vpr", "Математика", 30, 50, 3.0)};
    SuppliedIndicators supplied;
    supplied.year = 2022;
    supplied.values[kTalents] = 18.5;
    s.supplied_indicators = {supplied};
    auto v = school_indicators(s, 2022);
    REQUIRE(v[kBasic]);
    CHECK(near(*v[kBasic], (30 * 80 + 10 * 60) / 40.0));  // 75
    REQUIRE(v[kObjective]);
    CHECK(near(*v[kObjective], 75));
    CHECK(v[kTalents] == 18.5);
    for (std::size_t k : {3, 4, 5}) CHECK_FALSE(v[k]);
    auto y2021 = school_indicators(s, 2021);
    CHECK(near(*y2021[kBasic], 50));
    CHECK_FALSE(y2021[kObjective]);  // no objectivity flags: no data, not 0 or 100
    CHECK_FALSE(y2021[kTalents]);
    for (auto x : school_indicators(s, 2020)) CHECK_FALSE(x);
    // A supplied value wins over the computed one.
    s.supplied_indicators[0].values[kBasic] = 90;
    CHECK(school_indicators(s, 2022)[kBasic] == 90);
}

TEST_CASE("region indicators: the mean over the schools with data", "[compute][records]") {
    IndicatorValues a, b, c;
    a[kBasic] = 80, b[kBasic] = 60;
    a[kTalents] = 10;
    auto r = region_indicators({a, b, c});
    CHECK(r[kBasic].schools == 2);
    CHECK(near(*r[kBasic].mean, 70));
    CHECK(r[kTalents].schools == 1);
    CHECK(near(*r[kTalents].mean, 10));
    CHECK(r[kObjective].schools == 0);
    CHECK_FALSE(r[kObjective].mean);
    CHECK_FALSE(region_indicators({})[kBasic].mean);
}
