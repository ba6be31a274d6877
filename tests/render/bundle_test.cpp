// `shnor export school`: one school's self-contained bundle, with and
// without a base URL. No link may leave the bundle's folder.
#include <catch2/catch_test_macros.hpp>
#include <set>

#include "render/link_check.hpp"
#include "render/site.hpp"
#include "render/site_fixture.hpp"

using namespace shnor;
using testing::SiteFixture;

namespace {

write::OutputSet bundle(const SiteFixture& f, const std::string& id, diag::Sink& sink) {
    write::OutputSet out;
    render::render_school_bundle(f.project, f.analysis, id, {}, {}, out, sink);
    return out;
}

bool has(const std::string& html, const std::string& part) {
    return html.find(part) != std::string::npos;
}

// Every href/src of every page: relative ones land on a bundle file, and
// absolute ones are the region site (allowed_prefix; none when empty) or
// the school's own website.
int check_links(const write::OutputSet& out, const std::string& allowed_prefix,
                const std::string& school_site) {
    int links = 0;
    for (const auto& [path, html] : out) {
        if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
        for (std::string href : testing::links_of(html)) {
            INFO(path << " -> " << href);
            ++links;
            if (href.rfind('#', 0) == 0) continue;
            if (href.find("://") != std::string::npos) {
                bool region = !allowed_prefix.empty() && href.rfind(allowed_prefix, 0) == 0;
                // Documents the school's records link: an order, a visit report.
                bool document = href == "https://school.example.ru/prikaz-12.pdf" ||
                                href == "https://iro.example.ru/visit.pdf";
                CHECK((region || href == school_site || document));
                continue;
            }
            CHECK(href.find("..") == std::string::npos);
            CHECK(out.count(testing::resolve(path, href.substr(0, href.find('#')))) == 1);
        }
    }
    return links;
}

}  // namespace

TEST_CASE("a school bundle holds its page, PDFs and style only", "[render][bundle]") {
    SiteFixture f;
    diag::Sink sink;
    auto out = bundle(f, "sosh-1", sink);
    REQUIRE_FALSE(sink.has_errors());
    std::set<std::string> paths;
    for (const auto& [path, bytes] : out) paths.insert(path);
    CHECK(paths == std::set<std::string>{"index.html", "assets/style.css", "roadmap-2021.pdf",
                                         "roadmap-2022.pdf"});
    CHECK(out.at("roadmap-2021.pdf").rfind("%PDF-", 0) == 0);
    const auto& html = out.at("index.html");
    CHECK(has(html, "<h1>Муниципальное бюджетное"));
    CHECK(has(html, "href=\"assets/style.css\""));
    CHECK(has(html, "href=\"roadmap-2022.pdf\""));
    // No search and no region nav in a one-school bundle.
    CHECK_FALSE(has(html, "search"));
    CHECK_FALSE(has(html, "site-nav"));
}

TEST_CASE("with a base URL, region links in a bundle are absolute", "[render][bundle]") {
    SiteFixture f;
    diag::Sink sink;
    auto out = bundle(f, "sosh-1", sink);
    const auto& html = out.at("index.html");
    const std::string base = "https://500plus.example.ru/";
    CHECK(has(html, "<link rel=\"canonical\" href=\"" + base + "schools/sosh-1/index.html\">"));
    CHECK(has(html, "<a class=\"site-name\" href=\"" + base + "index.html\">"));
    CHECK(has(html, "href=\"" + base + "municipalities/ensk.html\""));
    CHECK(has(html, "href=\"" + base + "factors/2022/rf07.html\""));
    CHECK(has(html, "href=\"" + base + "data/schools.csv\""));
    CHECK(check_links(out, base, "https://sosh-1.example.ru/") > 20);
}

TEST_CASE("without a base URL, region links in a bundle become text", "[render][bundle]") {
    auto project = testing::site_project();
    project.region.base_url = "";
    SiteFixture f(std::move(project));
    diag::Sink sink;
    auto out = bundle(f, "lesnoe", sink);
    REQUIRE_FALSE(sink.has_errors());
    const auto& html = out.at("index.html");
    CHECK(has(html, "<span class=\"site-name\">Энская область"));
    CHECK_FALSE(has(html, "breadcrumbs"));
    CHECK_FALSE(has(html, "canonical"));
    CHECK_FALSE(has(html, "data/schools.csv"));
    // Factor names stay, as plain text.
    CHECK(has(html, "<th scope=\"row\">Низкий уровень оснащения школы</th>"));
    CHECK(has(html, "<li>7. Высокая доля обучающихся с рисками учебной неуспешности</li>"));
    CHECK(check_links(out, "", "https://lesnoe.example.ru/") > 5);
}

TEST_CASE("an unknown school id is an error and adds nothing", "[render][bundle]") {
    SiteFixture f;
    diag::Sink sink;
    auto out = bundle(f, "no-such-school", sink);
    CHECK(out.empty());
    REQUIRE(sink.errors() == 1);
    CHECK(sink.all().front().message == "школа \"no-such-school\" не найдена");
}

TEST_CASE("the site's own school page keeps its region links", "[render][bundle]") {
    SiteFixture f;
    diag::Sink sink;
    write::OutputSet out;
    render::render_site(f.project, f.analysis, {}, out, sink);
    const auto& html = out.at("schools/sosh-1/index.html");
    CHECK(has(html, "<a href=\"../../index.html\">Главная</a>"));
    CHECK(has(html, "href=\"../../factors/2022/rf07.html\""));
    CHECK(has(html, "id=\"search-input\""));
    CHECK(has(html, "href=\"../../data/schools.csv\""));
}
