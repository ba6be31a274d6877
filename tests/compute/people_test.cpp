#include "compute/people.hpp"

#include "compute/builder.hpp"

using namespace shnor::testing;
using namespace shnor::compute;

namespace {

Person person(std::string id, Role role, std::vector<int> years, std::string municipality = "") {
    Person p;
    p.id = std::move(id);
    p.role = role;
    p.years = std::move(years);
    p.municipality = std::move(municipality);
    return p;
}

Participation curated(int year, std::string curator) {
    Participation p = participation(year);
    p.curator = std::move(curator);
    return p;
}

Document accepted(int year) {
    Document d = document("roadmap", year);
    d.reviews = {review("2021-02-01", ReviewStatus::Accepted)};
    return d;
}

// Municipalities a and b, years 2021-2022. Curator k1 has s1 (no roadmap),
// s2 (accepted, nothing to attend) and s3 (overdue); k2 has s4 in 2022 only.
Project region() {
    Project p;
    p.region.years = {programme_year(2021), programme_year(2022)};
    p.municipalities = {municipality("a", "Акулово"), municipality("b", "Борки")};
    p.people = {person("k1", Role::Curator, {2021}), person("k2", Role::Curator, {2021}),
                person("mb", Role::MunicipalCoordinator, {2021, 2022}, "b"),
                person("r", Role::RegionalCoordinator, {2022})};
    School s1 = school("s1", "a", {curated(2021, "k1")});
    School s2 = school("s2", "b", {curated(2021, "k1")});
    s2.documents = {accepted(2021)};
    School s3 = school("s3", "b", {curated(2021, "k1")});
    s3.documents = {accepted(2021)};
    s3.documents[0].measures = {measure("m", MeasureStatus::Planned, "2021-05-01")};
    School s4 = school("s4", "b", {curated(2022, "k2")});
    p.schools = {s1, s2, s3, s4};
    // Visited lately: only the items above need attention.
    for (auto& s : p.schools) {
        Visit v;
        v.year = 2021;
        v.date = day("2021-08-15");
        s.visits = {v};
    }
    return p;
}

std::vector<std::string> ids(const Analysis& a, const PersonYear& y) {
    std::vector<std::string> out;
    for (std::size_t i : y.schools) out.push_back(a.summaries[i].id);
    return out;
}

}  // namespace

TEST_CASE("people roll-ups: whose schools, which years, most urgent first", "[compute][people]") {
    const Project p = region();
    shnor::diag::Sink sink;
    const Analysis a = analyse(p, day("2021-09-01"), sink);
    REQUIRE(a.people.size() == 4);

    const PersonRollup& k1 = a.people[0];
    REQUIRE(k1.years.size() == 1);
    CHECK(k1.years[0].year == 2021);
    CHECK(ids(a, k1.years[0]) == std::vector<std::string>{"s1", "s3", "s2"});
    CHECK(k1.years[0].needing_attention == 2);

    // Listed for 2021 only, named by a school in 2022: both years.
    const PersonRollup& k2 = a.people[1];
    REQUIRE(k2.years.size() == 2);
    CHECK(k2.years[0].schools.empty());
    CHECK(ids(a, k2.years[1]) == std::vector<std::string>{"s4"});

    const PersonRollup& mb = a.people[2];
    REQUIRE(mb.years.size() == 2);
    CHECK(ids(a, mb.years[0]) == std::vector<std::string>{"s3", "s2"});
    CHECK(ids(a, mb.years[1]) == std::vector<std::string>{"s4"});

    const PersonRollup& r = a.people[3];
    REQUIRE(r.years.size() == 1);
    CHECK(r.years[0].year == 2022);
    CHECK(ids(a, r.years[0]) == std::vector<std::string>{"s4"});
    CHECK(r.years[0].needing_attention == 1);  // s4: no roadmap
    // The regional summary: only municipality b has schools in 2022.
    REQUIRE(r.years[0].by_municipality.size() == 1);
    const MunicipalityAttention& b = r.years[0].by_municipality[0];
    CHECK(b.municipality == "b");
    CHECK(b.schools == 1);
    CHECK(b.needing_attention == 1);
    CHECK(b.no_roadmap == 1);
    CHECK(b.returned + b.overdue == 0);
    // Only the regional coordinator has it.
    CHECK(mb.years[0].by_municipality.empty());
}
