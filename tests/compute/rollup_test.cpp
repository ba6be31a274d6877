#include "compute/rollup.hpp"

#include "compute/builder.hpp"

using namespace shnor::testing;
using namespace shnor::compute;

namespace {

Document roadmap(int year, ReviewStatus status, int measures) {
    Document d = document("roadmap", year);
    for (int i = 0; i < measures; ++i)
        d.measures.push_back(measure("m", MeasureStatus::Done, "2021-03-31"));
    d.reviews = {review("2021-03-28", status)};
    return d;
}

// Municipalities a «Акулово» and b «Борки»; programme years 2021 and 2022.
//   s1 (a): 2021 continues, 2022 exited; 2021 high 2 -> 1; roadmap accepted (2 measures)
//   s2 (a): 2021 exited; initial diagnostic only
//   s3 (b): 2021 and 2022; 2021 high 1 -> 1; roadmap returned (1 measure)
//   s4 (b): 2022 only
//   s5 (b): 2021 only; accepted document without measures
//   s6 (b): 2022 only
Project region() {
    Project p;
    p.region.years = {programme_year(2021), programme_year(2022)};
    p.municipalities = {municipality("a", "Акулово"), municipality("b", "Борки")};
    p.catalogues[2021] = catalogue(2021, {factor("rf01", 1), factor("rf02", 2)});
    const auto high2 =
        diagnostic(2021, Wave::Initial, {{"rf01", Level::High}, {"rf02", Level::High}});
    const auto high1 = diagnostic(2021, Wave::Final, {{"rf01", Level::High}, {"rf02", Level::Low}});
    School s1 = school("s1", "a", {participation(2021), participation(2022, Outcome::Exited)});
    s1.diagnostics = {high2, high1};
    s1.documents = {roadmap(2021, ReviewStatus::Accepted, 2)};
    School s2 = school("s2", "a", {participation(2021, Outcome::Exited)});
    s2.diagnostics = {high2};
    School s3 = school("s3", "b", {participation(2021), participation(2022)});
    s3.diagnostics = {diagnostic(2021, Wave::Initial, {{"rf01", Level::High}}),
                      diagnostic(2021, Wave::Final, {{"rf02", Level::High}})};
    s3.documents = {roadmap(2021, ReviewStatus::Returned, 1)};
    School s5 = school("s5", "b", {participation(2021)});
    s5.documents = {roadmap(2021, ReviewStatus::Accepted, 0)};
    p.schools = {s1, s2,
                 s3, school("s4", "b", {participation(2022)}),
                 s5, school("s6", "b", {participation(2022)})};
    return p;
}

}  // namespace

TEST_CASE("region figures per programme year", "[compute]") {
    const Project p = region();
    shnor::diag::Sink sink;
    const Analysis a = analyse(p, day("2022-12-20"), sink);
    REQUIRE(a.region.size() == 2);
    const YearFigures& y21 = a.region[0];
    CHECK(y21.year == 2021);
    CHECK(y21.schools == 4);
    CHECK(y21.exited == 1);
    CHECK(y21.second_year == 0);
    CHECK(y21.reduction == 0);  // the first year
    CHECK(y21.accepted_roadmaps == 1);
    CHECK(y21.with_both_waves == 2);
    CHECK(y21.high_decreased == 1);
    CHECK(y21.counts.measures == 3);
    CHECK(y21.counts.done == 3);
    const YearFigures& y22 = a.region[1];
    CHECK(y22.schools == 4);
    CHECK(y22.exited == 1);
    CHECK(y22.second_year == 2);
    CHECK(near(y22.reduction, 0.0));  // (4 - 4) / 4
    CHECK(y22.with_both_waves == 0);
}

TEST_CASE("municipality figures: project order, own reduction, may be negative", "[compute]") {
    const Project p = region();
    shnor::diag::Sink sink;
    const Analysis a = analyse(p, day("2022-12-20"), sink);
    REQUIRE(a.municipalities.size() == 2);
    REQUIRE(a.municipalities[1].size() == 2);
    const auto& ma = a.municipalities[1][0];
    const auto& mb = a.municipalities[1][1];
    CHECK(ma.municipality == &p.municipalities[0]);
    CHECK(mb.municipality == &p.municipalities[1]);
    CHECK(ma.figures.year == 2022);
    CHECK(ma.figures.schools == 1);
    CHECK(near(ma.figures.reduction, 0.5));  // (2 - 1) / 2
    CHECK(mb.figures.schools == 3);
    CHECK(near(mb.figures.reduction, -0.5));  // (2 - 3) / 2
    CHECK(mb.figures.second_year == 1);
    CHECK(a.municipalities[0][0].figures.high_decreased == 1);
    CHECK(a.municipalities[0][1].figures.with_both_waves == 1);
}

TEST_CASE("year figures without schools are zero", "[compute]") {
    const YearFigures f = year_figures({}, 2021);
    CHECK(f.year == 2021);
    CHECK(f.schools == 0);
    CHECK(f.reduction == 0);
    CHECK(f.counts == Counts{});
}

TEST_CASE("year figures sum the schools' visits, on site apart", "[compute]") {
    // A school outside the programme that year brings no visits.
    struct Row {
        bool participates;
        int visits, on_site;
    };
    const Row rows[] = {{true, 3, 1}, {true, 0, 0}, {true, 2, 2}, {false, 5, 4}};
    std::vector<SchoolSummary> summaries;
    for (const auto& r : rows) {
        SchoolSummary s;
        YearSummary y;
        y.year = 2022, y.participates = r.participates;
        y.visits = r.visits, y.visits_on_site = r.on_site;
        s.years = {y};
        summaries.push_back(s);
    }
    std::vector<const SchoolSummary*> all;
    for (const auto& s : summaries) all.push_back(&s);
    const YearFigures f = year_figures(all, 2022);
    CHECK(f.schools == 3);
    CHECK(f.visits == 5);
    CHECK(f.visits_on_site == 3);
    CHECK(year_figures(all, 2021).visits == 0);
}

TEST_CASE("analysis lookups", "[compute]") {
    const Project p = region();
    shnor::diag::Sink sink;
    const Analysis a = analyse(p, day("2022-12-20"), sink);
    CHECK(a.as_of == day("2022-12-20"));
    REQUIRE(a.schools.size() == 6);
    CHECK(a.school("s3") == &a.schools[2]);
    CHECK(a.school("nope") == nullptr);
    CHECK(sink.all().empty());
}
