#include "compute/monitoring.hpp"

#include "compute/builder.hpp"

using namespace shnor::testing;
using namespace shnor::compute;

namespace {

Participation curated(int year, std::string curator) {
    Participation p = participation(year);
    p.curator = std::move(curator);
    return p;
}

Person curator(std::string id) {
    Person p;
    p.id = std::move(id);
    p.role = Role::Curator;
    p.years = {2021, 2022};
    return p;
}

Document with_measures(int year, std::vector<MeasureStatus> statuses) {
    Document d = document("roadmap", year);
    for (auto s : statuses) d.measures.push_back(measure("m", s, "2021-05-01"));
    return d;
}

// n schools in 2021; those with index < stay also in 2022. Every school but
// the last of 2021 has a roadmap; curator k1 has even, k2 odd schools.
Project region(int n, int stay) {
    Project p;
    p.region.years = {programme_year(2021), programme_year(2022)};
    p.municipalities = {municipality("a", "Акулово")};
    p.people = {curator("k1"), curator("k2")};
    for (int i = 0; i < n; ++i) {
        const std::string c = i % 2 ? "k2" : "k1";
        std::vector<Participation> parts{curated(2021, c)};
        if (i < stay) parts.push_back(curated(2022, c));
        School s = school("s" + std::to_string(i), "a", parts);
        if (i + 1 < n)
            s.documents = {with_measures(2021, {MeasureStatus::Done, MeasureStatus::Planned}),
                           with_measures(2022, {MeasureStatus::Done})};
        p.schools.push_back(s);
    }
    return p;
}

const KpiValue& kpi(const MonitoringYear& y, Kpi k) {
    for (const auto& v : y.kpi)
        if (v.kpi == k) return v;
    FAIL("no such KPI");
    return y.kpi.front();
}

}  // namespace

TEST_CASE("monitoring KPI against the concept's criteria", "[compute][monitoring]") {
    struct Row {
        const char* name;
        int n, stay;
        double reduction;
        bool reduction_met;
        int second_year;
    };
    const std::vector<Row> rows = {
        {"4 -> 3: 25 % is the threshold, met", 4, 3, 0.25, true, 3},
        {"4 -> 4: no reduction", 4, 4, 0.0, false, 4},
        {"8 -> 5: 37.5 %", 8, 5, 0.375, true, 5},
        {"10 -> 8: 20 %, not met", 10, 8, 0.2, false, 8},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        const Project p = region(r.n, r.stay);
        shnor::diag::Sink sink;
        const Analysis a = analyse(p, day("2021-09-01"), sink);
        const auto years = monitoring_years(p, a);
        REQUIRE(years.size() == 2);
        // The first year has no previous one: no reduction figure at all.
        CHECK_FALSE(kpi(years[0], Kpi::Reduction).value);
        CHECK_FALSE(kpi(years[0], Kpi::Reduction).met);
        // Every school but the last has a roadmap in 2021: not 100 %.
        CHECK(near(*kpi(years[0], Kpi::Roadmaps).value, (r.n - 1.0) / r.n));
        CHECK(kpi(years[0], Kpi::Roadmaps).met == false);
        CHECK(near(*kpi(years[0], Kpi::Execution).value, 0.5));
        CHECK_FALSE(kpi(years[0], Kpi::Execution).met);

        const MonitoringYear& y = years[1];
        CHECK(near(*kpi(y, Kpi::Reduction).value, r.reduction));
        CHECK(kpi(y, Kpi::Reduction).met == r.reduction_met);
        CHECK(*kpi(y, Kpi::SecondYear).value == r.second_year);
        CHECK(y.changed_format.size() == static_cast<std::size_t>(r.second_year));
        // The school without roadmaps is the last one: it stays only when all do.
        CHECK(kpi(y, Kpi::Roadmaps).met == (r.stay < r.n));
        REQUIRE(y.curators.size() == 2);
        CHECK(y.curators[0].person->id == "k1");
        CHECK(y.curators[0].figures.schools + y.curators[1].figures.schools == r.stay);
        // No agreements in the region: the partnership criterion is not met.
        CHECK(kpi(y, Kpi::Partnerships).value == 0.0);
        CHECK(kpi(y, Kpi::Partnerships).met == false);
        CHECK(kpi(y, Kpi::Partnerships).target == 5);
        REQUIRE(y.municipalities.size() == 1);
        CHECK(y.municipalities[0].figures.schools == r.stay);
    }
}
