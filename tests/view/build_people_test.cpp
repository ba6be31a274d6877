#include <catch2/catch_test_macros.hpp>

#include "compute/people.hpp"
#include "render/site_fixture.hpp"
#include "view/builders.hpp"

using namespace shnor;
using testing::SiteFixture;

namespace {

model::Project with_coordinators() {
    model::Project p = testing::site_project();
    model::Person m;
    m.id = "mun", m.name = "Муниципалова Анна Сергеевна";
    m.role = model::Role::MunicipalCoordinator, m.municipality = "ensk", m.years = {2022};
    model::Person r;
    r.id = "reg", r.name = "Региональный Иван Ильич";
    r.role = model::Role::RegionalCoordinator, r.years = {2021, 2022};
    p.people.push_back(m);
    p.people.push_back(r);
    p.reindex();
    return p;
}

const compute::PersonRollup& rollup(const compute::Analysis& a, const std::string& id) {
    for (const auto& p : a.people)
        if (p.person->id == id) return p;
    FAIL("no person " + id);
    return a.people.front();
}

}  // namespace

TEST_CASE("view: a person's page, their schools by year and what needs attention",
          "[view][people]") {
    SiteFixture f(with_coordinators());
    view::SiteInput in{f.project, f.analysis};

    auto curator = view::build_person(in, rollup(f.analysis, "sokolova"));
    CHECK(curator.layout.canonical == "https://500plus.example.ru/curators/sokolova.html");
    CHECK(curator.role == "куратор");
    REQUIRE(curator.years.size() == 2);
    CHECK(curator.years[0].year == "2022");  // the latest first
    CHECK(curator.years[0].schools == "3");
    REQUIRE(curator.years[0].rows.size() == 3);
    CHECK(curator.years[0].rows[0].href == "../schools/lesnoe/index.html");
    // The fixture's roadmaps have overdue measures at the report date.
    REQUIRE_FALSE(curator.years[0].rows[0].items.empty());
    CHECK(curator.years[0].rows[0].items[0].key == "overdue");
    CHECK(curator.years[0].rows[0].items[0].text == "просрочено мероприятие");

    auto mun = view::build_person(in, rollup(f.analysis, "mun"));
    CHECK(mun.layout.canonical == "https://500plus.example.ru/coordinators/mun.html");
    CHECK(mun.municipality == "городской округ Энск");
    CHECK(mun.municipality_href == "../municipalities/ensk.html");
    REQUIRE(mun.years.size() == 1);
    CHECK(mun.years[0].rows.size() == 2);  // sosh-1 and sosh-2, not lesnoe
    CHECK(mun.years[0].municipalities.empty());

    auto reg = view::build_person(in, rollup(f.analysis, "reg"));
    REQUIRE(reg.years.size() == 2);
    REQUIRE(reg.years[0].municipalities.size() == 2);
    // Project order (municipalities sorted by name in the model; here as listed).
    CHECK(reg.years[0].municipalities[0].name == "городской округ Энск");
    CHECK(reg.years[0].municipalities[0].href == "../municipalities/ensk.html");
    CHECK(reg.years[0].municipalities[0].schools == "2");
    CHECK(reg.years[0].municipalities[0].overdue == "2");  // both have an overdue measure
}

TEST_CASE("view: the regional coordinator's page stops at the page limit", "[view][people]") {
    SiteFixture f(with_coordinators());
    const auto seed = f.analysis.summaries;
    for (std::size_t i = 0; f.analysis.summaries.size() <= view::kMaxListedSchools + 5; ++i) {
        auto s = seed[i % seed.size()];
        s.id += "-" + std::to_string(i);
        f.analysis.summaries.push_back(std::move(s));
    }
    f.analysis.people = compute::people_rollups(f.project, f.analysis.summaries);
    view::SiteInput in{f.project, f.analysis};
    auto reg = view::build_person(in, rollup(f.analysis, "reg"));
    REQUIRE(reg.years.size() == 2);
    CHECK(reg.years[0].truncated);
    CHECK(reg.years[0].rows.size() == view::kMaxListedSchools);
    CHECK(reg.years[0].listed == "150");
}
