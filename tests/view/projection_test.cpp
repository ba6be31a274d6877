#include "view/projection.hpp"

#include <catch2/catch_test_macros.hpp>

#include "render/site_fixture.hpp"
#include "view/build_records.hpp"
#include "view/builders.hpp"

using namespace shnor;
using view::Value;

namespace {

const Value& at(const Value& v, const std::string& key) {
    auto it = v.fields().find(key);
    if (it == v.fields().end()) FAIL("no key " + key);
    return it->second;
}

const Value& first(const Value& list) {
    REQUIRE_FALSE(list.items().empty());
    return list.items().front();
}

std::string keys(const Value& v) {
    std::string out;
    for (const auto& [key, field] : v.fields()) out += (out.empty() ? "" : " ") + key;
    return out;
}

}  // namespace

TEST_CASE("projection: one projection of a link, wherever links are listed", "[view]") {
    const view::Link link{"a/b.html", "Текст", true};
    const Value v = view::link_value(link);
    CHECK(keys(v) == "current href text");
    CHECK(at(v, "href").str() == "a/b.html");
    CHECK(at(v, "text").str() == "Текст");
    CHECK(at(v, "current").boolean());
    const Value l = view::links_value({link, {"c.html", "Ещё", false}});
    REQUIRE(l.kind() == Value::Kind::List);
    REQUIRE(l.items().size() == 2);
    CHECK(at(l.items()[1], "href").str() == "c.html");

    // The menu (view/projection.cpp) and a practice's links
    // (view/projection_records.cpp) come out alike, with the page's flags.
    testing::SiteFixture f;
    view::SiteInput in{f.project, f.analysis};
    const std::string with_flags = "current has_href has_text href text";
    const auto dash = view::build_dashboard(in);
    CHECK(keys(first(at(view::to_value(dash.layout), "nav"))) == with_flags);
    const auto* factor = f.project.catalogue(2022)->factor("rf07");
    REQUIRE(factor);
    const Value practices =
        view::to_value(view::build_practices(in, *f.project.catalogue(2022), *factor, f.sink));
    CHECK(keys(first(at(first(at(practices, "practices")), "links"))) == with_flags);
}

TEST_CASE("projection: a person's page (view/projection_people.cpp) has the page's flags",
          "[view][people]") {
    testing::SiteFixture f;
    view::SiteInput in{f.project, f.analysis};
    REQUIRE_FALSE(f.analysis.people.empty());
    const Value v = view::to_value(view::build_person(in, f.analysis.people.front()));
    CHECK(at(v, "name").str() == "Соколова Елена Викторовна");
    CHECK(at(v, "title").str() == "Соколова Елена Викторовна");  // from page(), the layout's
    CHECK(at(v, "has_years").boolean());
    const Value& year = first(at(v, "years"));
    CHECK(at(year, "year").str() == "2022");
    CHECK(at(year, "has_rows").boolean());
    const Value& row = first(at(year, "rows"));
    CHECK(keys(row) ==
          "has_href has_items has_municipality has_school href items municipality "
          "school");
    const Value& item = first(at(row, "items"));
    CHECK(keys(item) == "date has_date has_key has_subject has_text key subject text");
}
