#include "compute/attention.hpp"

#include "compute/builder.hpp"

using namespace shnor::testing;
using namespace shnor::compute;

namespace {

using K = AttentionKind;

Measure titled(Measure m, std::string title) {
    m.title = std::move(title);
    return m;
}

Document roadmap(std::string title, std::vector<Review> reviews, std::vector<Measure> measures,
                 std::vector<Indicator> indicators = {}) {
    Document d = document("roadmap", 2021);
    d.title = std::move(title);
    d.reviews = std::move(reviews);
    d.measures = std::move(measures);
    d.indicators = std::move(indicators);
    return d;
}

// Baseline 10 on 1 January, target 20 on 31 December, 11 measured in June:
// on 1 September it should be near 17, so it lags.
Indicator lagging_indicator() {
    Indicator i =
        indicator("i1", Trend::Increase, {10, day("2021-01-01")}, {{20, day("2021-12-31")}});
    i.title = "Доля уроков с обратной связью";
    return i;
}

std::vector<AttentionItem> items_of(School s) {
    Project p;
    p.region.years = {programme_year(2021)};
    // A visit a fortnight before the report date: no NoRecentVisit item here
    // (tested on its own below).
    Visit v;
    v.year = 2021;
    v.date = day("2021-08-15");
    s.visits = {v};
    p.schools = {std::move(s)};
    shnor::diag::Sink sink;
    const Analysis a = analyse(p, day("2021-09-01"), sink);
    const YearSummary* y = a.summaries.at(0).year(2021);
    return y ? y->attention : std::vector<AttentionItem>{};
}

struct Case {
    const char* name;
    School school;
    std::vector<AttentionItem> expected;
};

}  // namespace

TEST_CASE("attention items of a school-year, most urgent first", "[compute][attention]") {
    const Measure done = titled(measure("m0", MeasureStatus::Done, "2021-03-01"), "Сделано");
    const Measure late_may = titled(measure("m1", MeasureStatus::Planned, "2021-05-01"), "Май");
    const Measure late_march =
        titled(measure("m2", MeasureStatus::InProgress, "2021-03-01"), "Март");
    const Measure future = titled(measure("m3", MeasureStatus::Planned, "2021-12-01"), "Декабрь");
    const Measure cancelled =
        titled(measure("m4", MeasureStatus::Cancelled, "2021-02-01"), "Отменено");

    School with_measurement = school("s", "a", {participation(2021)});
    with_measurement.documents = {roadmap("ДК", {review("2021-02-01", ReviewStatus::Accepted)},
                                          {done}, {lagging_indicator()})};
    with_measurement.measurements = {measurement("i1", "2021-06-01", 11)};

    School no_participation = school("s", "a");
    no_participation.documents = {roadmap("ДК", {}, {late_may})};

    School returned = school("s", "a", {participation(2021)});
    returned.documents = {roadmap("Программа",
                                  {review("2021-02-01", ReviewStatus::Submitted),
                                   review("2021-02-10", ReviewStatus::Returned)},
                                  {done, late_may})};

    School submitted = school("s", "a", {participation(2021)});
    submitted.documents = {roadmap("Программа", {review("2021-04-01", ReviewStatus::Submitted)},
                                   {late_may, future, late_march, cancelled})};

    School fine = school("s", "a", {participation(2021)});
    fine.documents = {roadmap("Программа", {review("2021-02-01", ReviewStatus::Accepted)},
                              {done, future, cancelled})};

    const std::vector<Case> cases = {
        {"in the programme without documents",
         school("s", "a", {participation(2021)}),
         {{K::NoRoadmap, "", {}}}},
        {"not in the programme that year", no_participation, {}},
        {"returned, then its overdue measure",
         returned,
         {{K::Returned, "Программа", day("2021-02-10")}, {K::Overdue, "Май", day("2021-05-01")}}},
        {"overdue oldest first, then awaiting review; cancelled and future are not overdue",
         submitted,
         {{K::Overdue, "Март", day("2021-03-01")},
          {K::Overdue, "Май", day("2021-05-01")},
          {K::AwaitingReview, "Программа", day("2021-04-01")}}},
        {"an indicator behind target",
         with_measurement,
         {{K::Lagging, "Доля уроков с обратной связью", day("2021-12-31")}}},
        {"accepted, nothing overdue", fine, {}},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        CHECK(items_of(c.school) == c.expected);
    }
}

TEST_CASE("no recent visit goes after overdue measures, before documents to review",
          "[compute][attention]") {
    std::vector<AttentionItem> items = {{K::Returned, "Д", day("2021-02-01")},
                                        {K::Overdue, "М", day("2021-03-01")},
                                        {K::AwaitingReview, "Д", day("2021-04-01")}};
    add_no_recent_visit(items, day("2021-01-15"));
    REQUIRE(items.size() == 4);
    CHECK(items[2] == AttentionItem{K::NoRecentVisit, "", day("2021-01-15")});
    std::vector<AttentionItem> none;
    add_no_recent_visit(none, {});
    CHECK(none == std::vector<AttentionItem>{{K::NoRecentVisit, "", {}}});
}

TEST_CASE("schools compare by the urgency of their items", "[compute][attention]") {
    const AttentionItem none{K::NoRoadmap, "", {}};
    const AttentionItem ret{K::Returned, "Д", day("2021-02-01")};
    const AttentionItem late{K::Overdue, "М", day("2021-03-01")};
    const AttentionItem wait{K::AwaitingReview, "Д", day("2021-04-01")};
    const AttentionItem lag{K::Lagging, "П", day("2021-12-31")};
    struct Row {
        const char* name;
        std::vector<AttentionItem> a, b;
        int expected;  // sign of compare_urgency(a, b)
    };
    const std::vector<Row> rows = {
        {"no roadmap before anything", {none}, {ret, late, late, wait}, -1},
        {"a more urgent kind wins over more items", {late}, {wait, lag, lag}, -1},
        {"same top kind: more of it first", {late, late}, {late, wait, lag}, -1},
        {"same top kind and count: more items first", {late, lag}, {late}, -1},
        {"equal lists", {late, wait}, {late, lag}, 0},
        {"nothing to attend is last", {}, {lag}, 1},
        {"two empty lists", {}, {}, 0},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        const int c = compare_urgency(r.a, r.b);
        CHECK((c > 0) - (c < 0) == r.expected);
        const int back = compare_urgency(r.b, r.a);
        CHECK((back > 0) - (back < 0) == -r.expected);
    }
}
