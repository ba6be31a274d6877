#include "compute/dynamics.hpp"

#include "compute/builder.hpp"

using namespace shnor::testing;
using namespace shnor::compute;

namespace {

// 2021: rf01, rf02, rf03. 2022: rf01 (same id), rf10 replacing rf02, rf11 new;
// rf03 dropped.
Project two_catalogues() {
    Project p;
    p.catalogues[2021] = catalogue(2021, {factor("rf01", 1), factor("rf02", 2), factor("rf03", 3)});
    p.catalogues[2022] =
        catalogue(2022, {factor("rf01", 1), factor("rf10", 2, {}, "rf02"), factor("rf11", 3)});
    return p;
}

School with_diagnostics(std::vector<Diagnostic> ds) {
    School s = school("s", "m", {participation(2021), participation(2022)});
    s.diagnostics = std::move(ds);
    return s;
}

struct Expect {
    const char* id;
    std::optional<Level> before, after;
    Change change;
};

void check_changes(const std::vector<FactorChange>& got, const std::vector<Expect>& want) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        INFO("factor " << want[i].id);
        CHECK(got[i].factor->id == want[i].id);
        CHECK(got[i].before == want[i].before);
        CHECK(got[i].after == want[i].after);
        CHECK(got[i].change == want[i].change);
    }
}

}  // namespace

TEST_CASE("compare levels: lower is better, missing side is no data", "[compute]") {
    using L = Level;
    struct Row {
        std::optional<L> before, after;
        Change change;
    };
    const Row rows[] = {
        {L::High, L::Medium, Change::Improved},       {L::Low, L::None, Change::Improved},
        {L::Medium, L::Medium, Change::Unchanged},    {L::None, L::None, Change::Unchanged},
        {L::Low, L::High, Change::Worsened},          {L::None, L::Low, Change::Worsened},
        {std::nullopt, L::High, Change::NoData},      {L::High, std::nullopt, Change::NoData},
        {std::nullopt, std::nullopt, Change::NoData},
    };
    for (const auto& r : rows) CHECK(compare_levels(r.before, r.after) == r.change);
}

TEST_CASE("within-year and year-over-year changes across a catalogue change", "[compute]") {
    const Project p = two_catalogues();
    School s = with_diagnostics({
        diagnostic(2021, Wave::Initial,
                   {{"rf01", Level::High}, {"rf02", Level::Medium}, {"rf03", Level::Low}}),
        diagnostic(2021, Wave::Final,
                   {{"rf01", Level::Medium}, {"rf02", Level::Medium}, {"rf03", Level::None}}),
        diagnostic(2022, Wave::Initial,
                   {{"rf01", Level::Medium}, {"rf10", Level::Low}, {"rf11", Level::High}}),
    });
    Project project = p;
    project.schools = {s};
    shnor::diag::Sink sink;
    const Analysis a = analyse(project, day("2022-12-20"), sink);
    const SchoolYear* y21 = a.schools[0].year(2021);
    const SchoolYear* y22 = a.schools[0].year(2022);
    REQUIRE(y21);
    REQUIRE(y22);
    check_changes(y21->within_year, {{"rf01", Level::High, Level::Medium, Change::Improved},
                                     {"rf02", Level::Medium, Level::Medium, Change::Unchanged},
                                     {"rf03", Level::Low, Level::None, Change::Improved}});
    CHECK(y21->from_previous_year.empty());  // no 2020
    // 2021 final -> 2022 initial; rf10 is matched with rf02, rf11 has no predecessor.
    check_changes(y22->from_previous_year,
                  {{"rf01", Level::Medium, Level::Medium, Change::Unchanged},
                   {"rf10", Level::Medium, Level::Low, Change::Improved},
                   {"rf11", std::nullopt, Level::High, Change::NoData}});
    CHECK(y22->within_year.empty());  // no 2022 final
    CHECK(y22->from_previous_year[1].factor == &project.catalogues.at(2022).factors[1]);
}

TEST_CASE("year over year falls back to the previous initial profile", "[compute]") {
    Project project = two_catalogues();
    project.schools = {with_diagnostics({
        diagnostic(2021, Wave::Initial, {{"rf01", Level::High}, {"rf02", Level::Low}}),
        diagnostic(2022, Wave::Initial, {{"rf01", Level::Medium}, {"rf10", Level::Medium}}),
    })};
    shnor::diag::Sink sink;
    const Analysis a = analyse(project, day("2022-12-20"), sink);
    const SchoolYear* y22 = a.schools[0].year(2022);
    REQUIRE(y22);
    // rf11 is in the catalogue but has no level this year either.
    check_changes(y22->from_previous_year, {{"rf01", Level::High, Level::Medium, Change::Improved},
                                            {"rf10", Level::Low, Level::Medium, Change::Worsened},
                                            {"rf11", std::nullopt, std::nullopt, Change::NoData}});
}

TEST_CASE("a factor without a level on one side is no data", "[compute]") {
    const Catalogue c = catalogue(2021, {factor("rf01", 1), factor("rf02", 2)});
    RiskProfile before, after;
    before.factors = {{&c.factors[0], Level::High, Level::High, std::nullopt},
                      {&c.factors[1], std::nullopt, std::nullopt, std::nullopt}};
    after.factors = {{&c.factors[0], std::nullopt, std::nullopt, std::nullopt},
                     {&c.factors[1], Level::Low, std::nullopt, Level::Low}};
    check_changes(within_year(before, after), {{"rf01", Level::High, std::nullopt, Change::NoData},
                                               {"rf02", std::nullopt, Level::Low, Change::NoData}});
}

TEST_CASE("no year-over-year comparison across a gap year", "[compute]") {
    Project project;
    project.catalogues[2021] = catalogue(2021, {factor("rf01", 1)});
    project.catalogues[2023] = catalogue(2023, {factor("rf01", 1)});
    School s = school("s", "m", {participation(2021), participation(2023)});
    s.diagnostics = {diagnostic(2021, Wave::Final, {{"rf01", Level::High}}),
                     diagnostic(2023, Wave::Initial, {{"rf01", Level::Low}})};
    project.schools = {s};
    shnor::diag::Sink sink;
    const Analysis a = analyse(project, day("2023-12-20"), sink);
    REQUIRE(a.schools[0].year(2023));
    CHECK(a.schools[0].year(2023)->from_previous_year.empty());
}
