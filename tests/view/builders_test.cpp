#include "view/builders.hpp"

#include <catch2/catch_test_macros.hpp>

#include "render/site_fixture.hpp"

using namespace shnor;
using testing::SiteFixture;

TEST_CASE("view: numbers for SVG geometry never use Russian formatting", "[view]") {
    CHECK(view::svg_number(98.5) == "98.5");
    CHECK(view::svg_number(100) == "100");
    CHECK(view::svg_number(0.04) == "0");
    CHECK(view::svg_number(1234.56) == "1234.6");
    CHECK(view::bar(0.456).width == "46");
    CHECK(view::bar(0.456).percent.find("46") == 0);
    CHECK(view::bar(7).width == "100");
    CHECK(view::bar(-1).width == "0");
}

TEST_CASE("view: the school page groups the roadmap by task and marks overdue", "[view]") {
    SiteFixture f;
    view::SiteInput in{f.project, f.analysis};
    auto v = view::build_school(in, f.analysis.schools[0]);
    REQUIRE(v.years.size() == 2);
    CHECK(v.years[0].year == "2022");  // newest first
    REQUIRE(v.years[0].documents.size() == 1);
    const auto& doc = v.years[0].documents[0];
    REQUIRE(doc.roadmap.size() == 2);
    CHECK(doc.roadmap[0].task == "Выявить обучающихся с трудностями");
    CHECK(doc.roadmap[1].task == "Без указания задачи");
    CHECK(doc.roadmap[1].measures[0].number == "4");
    CHECK(doc.roadmap[0].measures[1].overdue);
    CHECK_FALSE(doc.roadmap[0].measures[0].overdue);
    CHECK(v.years[0].has_roadmap_pdf);
    CHECK(v.years[0].roadmap_pdf_href == "roadmap-2022.pdf");
    CHECK(v.passport.has_website);
    CHECK(v.years[0].profile.size() == 3);
    CHECK(v.years[0].profile[0].w_initial == "210");  // high: three steps of 70
    CHECK(v.layout.root == "../../");
}

TEST_CASE("view: no roadmap PDF link for a year without measures", "[view]") {
    auto p = testing::site_project();
    for (auto& doc : p.schools[0].documents)
        if (doc.year == 2021) doc.measures.clear();
    p.schools[0].website = "ftp://files.example.ru/";
    SiteFixture f(std::move(p));
    view::SiteInput in{f.project, f.analysis};
    auto v = view::build_school(in, f.analysis.schools[0]);
    CHECK(v.years[0].has_roadmap_pdf);
    CHECK_FALSE(v.years[1].has_roadmap_pdf);
    CHECK(v.years[1].roadmap_pdf_href.empty());
    CHECK_FALSE(v.passport.has_website);
}

TEST_CASE("view: the dashboard carries the monitoring figures", "[view]") {
    SiteFixture f;
    view::SiteInput in{f.project, f.analysis};
    auto v = view::build_dashboard(in);
    REQUIRE(v.years.size() == 2);
    CHECK(v.years[0].year == "2021");
    CHECK_FALSE(v.years[0].has_reduction);  // the first year has nothing to compare with
    CHECK(v.years[1].has_reduction);
    CHECK(v.years[0].annex_href == "documents/annex-2021.pdf");
    CHECK(v.municipalities.size() == 2);
    CHECK(v.heatmap.rows.size() == 3);
    CHECK(v.heatmap.factors.size() == 3);
    REQUIRE(v.exited.size() == 1);
    CHECK(v.exited[0].year == "2022");
    CHECK(v.layout.canonical == "https://500plus.example.ru/index.html");
}

TEST_CASE("view: at national scale no page lists every school", "[view]") {
    SiteFixture f;
    // The fixture's schools, copied past the limit of a listing page, all in
    // the first municipality.
    const auto seed = f.analysis.summaries;
    REQUIRE(!seed.empty());
    for (std::size_t i = 0; f.analysis.summaries.size() <= view::kMaxListedSchools; ++i) {
        auto s = seed[i % seed.size()];
        s.id += "-" + std::to_string(i);
        s.municipality = f.project.municipalities[0].id;
        f.analysis.summaries.push_back(std::move(s));
    }
    view::SiteInput in{f.project, f.analysis};
    auto home = view::build_dashboard(in);
    CHECK(home.compact);
    CHECK(home.progress.empty());
    CHECK(home.exited.empty());
    CHECK(home.heatmap.rows.empty());
    CHECK(!home.municipalities.empty());  // where the lists went

    const auto& m = f.project.municipalities[0];
    auto page = view::build_municipality(in, m);
    CHECK(page.schools.size() > view::kMaxListedSchools / 2);  // its own schools, listed
    CHECK(page.has_heatmap);

    // A factor with many schools at high risk: counts per municipality.
    for (const auto& [year, cat] : f.project.catalogues)
        for (const auto& factor : cat.factors) {
            auto v = view::build_factor(in, cat, factor);
            if (!v.compact) continue;
            CHECK(v.high_schools.empty());
            REQUIRE(v.by_municipality.size() >= 1);
            CHECK(v.by_municipality[0].name == m.name);
            return;
        }
    FAIL("no factor page turned compact");
}
