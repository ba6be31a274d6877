#include "render/site.hpp"

#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "fs/file_system.hpp"
#include "render/link_check.hpp"
#include "render/site_fixture.hpp"
#include "view/links.hpp"

using namespace shnor;
using testing::resolve;
using testing::SiteFixture;

namespace {

write::OutputSet build_site(const SiteFixture& f, diag::Sink& sink, render::SiteOptions opt = {}) {
    write::OutputSet out;
    render::render_site(f.project, f.analysis, opt, out, sink);
    return out;
}

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// PDFs are written by the PDF stage; links to them follow the layout rule.
std::set<std::string> expected_pdfs(const model::Project& p) {
    std::set<std::string> pdfs;
    for (const auto& y : p.region.years) {
        pdfs.insert(view::annex_pdf_path(y.year));
        pdfs.insert(view::annex_docx_path(y.year));
    }
    for (const auto& s : p.schools)
        for (const auto& y : p.region.years)
            if (view::has_roadmap_pdf(s, y.year)) pdfs.insert(view::roadmap_pdf_path(s.id, y.year));
    return pdfs;
}

}  // namespace

TEST_CASE("the site has every page of the layout", "[render]") {
    SiteFixture f;
    diag::Sink sink;
    auto out = build_site(f, sink);
    CHECK(sink.errors() == 0);
    for (const char* path : {"index.html",
                             "404.html",
                             "sitemap.xml",
                             "municipalities/ensk.html",
                             "municipalities/ozerskiy.html",
                             "schools/lesnoe/index.html",
                             "schools/sosh-1/index.html",
                             "factors/2021/rf01.html",
                             "factors/2022/rf09.html",
                             "pages/about.html",
                             "assets/style.css",
                             "assets/search.js",
                             "assets/search-index.js",
                             "data/schools.csv",
                             "data/schools.json",
                             "data/measures.csv",
                             "data/measures.json",
                             "data/indicators.csv",
                             "data/indicators.json",
                             "data/risk-profiles.csv",
                             "data/risk-profiles.json"})
        CHECK(out.count(path) == 1);
}

TEST_CASE("every page has the required chrome", "[render]") {
    SiteFixture f;
    diag::Sink sink;
    auto out = build_site(f, sink);
    for (const auto& [path, html] : out) {
        if (!ends_with(path, ".html")) continue;
        INFO(path);
        CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"ru\"", 0) == 0);
        CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
        CHECK(html.find("name=\"viewport\"") != std::string::npos);
        CHECK(html.find("<title>") != std::string::npos);
        CHECK(html.find("class=\"skip-link\" href=\"#main\"") != std::string::npos);
        CHECK(html.find("<main id=\"main\"") != std::string::npos);
        CHECK(html.find("<header") != std::string::npos);
        CHECK(html.find("<footer") != std::string::npos);
        CHECK(html.find("id=\"search-input\"") != std::string::npos);
        CHECK(html.find("<link rel=\"canonical\" href=\"https://500plus.example.ru/" + path +
                        "\">") != std::string::npos);
        CHECK(html.find("http://") == std::string::npos);  // no external resources
        CHECK(html.size() < 150 * 1024);
    }
}

TEST_CASE("every relative link resolves to an output file", "[render]") {
    SiteFixture f;
    diag::Sink sink;
    auto out = build_site(f, sink);
    auto pdfs = expected_pdfs(f.project);
    int links = 0;
    for (const auto& [path, html] : out) {
        if (!ends_with(path, ".html")) continue;
        for (std::string href : testing::links_of(html)) {
            // Empty: a link cmark's safe mode emptied (javascript: and the like).
            if (href.empty() || href.rfind("https://", 0) == 0 || href.rfind('#', 0) == 0) continue;
            href = href.substr(0, href.find('#'));
            std::string target = resolve(path, href);
            INFO(path << " -> " << href);
            CHECK((out.count(target) == 1 || pdfs.count(target) == 1));
            ++links;
        }
    }
    CHECK(links > 100);
    CHECK(out.at("schools/sosh-1/index.html").find("href=\"roadmap-2021.pdf\"") !=
          std::string::npos);
    CHECK(out.at("index.html").find("href=\"documents/annex-2022.pdf\"") != std::string::npos);
    // 404.html is served at any depth: with a base URL its links are absolute.
    CHECK(out.at("404.html").find("href=\"https://500plus.example.ru/assets/style.css\"") !=
          std::string::npos);
}

TEST_CASE("charts and accessible alternatives are present", "[render]") {
    SiteFixture f;
    diag::Sink sink;
    auto out = build_site(f, sink);
    const auto& school = out.at("schools/lesnoe/index.html");
    CHECK(school.find("<svg class=\"risk-chart\"") != std::string::npos);
    CHECK(school.find("<table class=\"data profile\">") != std::string::npos);
    CHECK(school.find("class=\"lvl-bar lvl-high\"") != std::string::npos);
    CHECK(school.find("<svg class=\"bar\"") != std::string::npos);
    CHECK(school.find("<span class=\"overdue\">просрочено</span>") != std::string::npos);
    const auto& index = out.at("index.html");
    CHECK(index.find("<table class=\"data heatmap\">") != std::string::npos);
    CHECK(index.find("<span class=\"visually-hidden\">высокий</span>") != std::string::npos);
    CHECK(index.find("Вышли из перечня") != std::string::npos);
}

TEST_CASE("text from content is escaped and unsafe URLs are dropped", "[render]") {
    auto p = testing::site_project();
    p.schools[0].name = "<script>alert(\"x\")</script> & Co";
    p.schools[0].short_name = "<img src=x onerror=alert(1)>";
    p.schools[0].website = "javascript:alert(1)";
    p.schools[1].website = "JaVaScRiPt:alert(1)";
    p.schools[2].website = "https://ok.example.ru/\" onmouseover=\"x";
    SiteFixture f(std::move(p));
    diag::Sink sink;
    auto out = build_site(f, sink);
    for (const auto& [path, text] : out) {
        INFO(path);
        CHECK(text.find("avascript:") == std::string::npos);
        if (!ends_with(path, ".html")) continue;  // data files hold the raw text, as data
        CHECK(text.find("<script>alert") == std::string::npos);
        CHECK(text.find("<img src=x") == std::string::npos);
        CHECK(text.find("onmouseover=\"x") == std::string::npos);
    }
    CHECK(out.at("schools/lesnoe/index.html").find("&lt;script&gt;alert(&quot;x&quot;)") !=
          std::string::npos);
    // The search index is JSON in a separate script file: quoted, never HTML.
    CHECK(out.at("assets/search-index.js").find("\"<img src=x onerror=alert(1)>\"") !=
          std::string::npos);
}

TEST_CASE("Markdown pages are rendered in safe mode", "[render]") {
    SiteFixture f;
    diag::Sink sink;
    auto out = build_site(f, sink);
    const auto& page = out.at("pages/about.html");
    CHECK(page.find("<strong>500+</strong>") != std::string::npos);
    CHECK(page.find("<!-- raw HTML omitted -->") != std::string::npos);
    CHECK(page.find("<h1>О проекте</h1>") != std::string::npos);
    CHECK(page.find("<h1>О проекте</h1>\n<div class=\"prose\">\n<h1>") == std::string::npos);
    CHECK(out.at("index.html").find("<a href=\"pages/about.html\">О проекте</a>") !=
          std::string::npos);
}

TEST_CASE("sitemap and canonical links only with a base URL", "[render]") {
    auto p = testing::site_project();
    p.region.base_url = "";
    SiteFixture f(std::move(p));
    diag::Sink sink;
    auto out = build_site(f, sink);
    CHECK(out.count("sitemap.xml") == 0);
    CHECK(out.at("index.html").find("rel=\"canonical\"") == std::string::npos);

    SiteFixture g;
    auto with = build_site(g, sink);
    const auto& sitemap = with.at("sitemap.xml");
    CHECK(sitemap.find("<loc>https://500plus.example.ru/schools/lesnoe/index.html</loc>") !=
          std::string::npos);
    CHECK(sitemap.find("404.html") == std::string::npos);
}

TEST_CASE("a school with large roadmaps stays under 150 KB", "[render]") {
    auto p = testing::site_project();
    auto& school = p.schools[0];
    std::vector<model::Document> docs;
    for (const auto& doc : school.documents)
        for (const char* risk : {"rf01", "rf07", "rf09", "rf02"}) {
            model::Document big = doc;
            big.id = std::string("antirisk-") + risk;
            big.risk = risk;
            big.title =
                "Антирисковая программа «Снижение доли обучающихся с рисками учебной "
                "неуспешности за счёт индивидуальных образовательных маршрутов»";
            for (int i = 0; i < 18; ++i) {
                model::Measure m = big.measures[static_cast<std::size_t>(i % 3)];
                m.id = "x" + std::to_string(i);
                m.title =
                    "Проведение методического семинара для учителей-предметников по "
                    "формированию функциональной грамотности обучающихся 5–9 классов";
                big.measures.push_back(m);
            }
            docs.push_back(big);
        }
    school.documents = docs;
    SiteFixture f(std::move(p));
    diag::Sink sink;
    auto out = build_site(f, sink);
    const auto& page = out.at("schools/lesnoe/index.html");
    INFO(page.size());
    CHECK(page.size() < 150 * 1024);
    // The test really is heavy: 8 roadmaps of 22 long measures, 176 in all
    // (a school usually has 2-4 roadmaps of 10-20 measures a year).
    CHECK(page.size() > 100 * 1024);
}

TEST_CASE("output is deterministic", "[render]") {
    SiteFixture f, g;
    diag::Sink s1, s2;
    CHECK(build_site(f, s1) == build_site(g, s2));
}

TEST_CASE("open data: CSV for Russian spreadsheets and JSON", "[render]") {
    SiteFixture f;
    diag::Sink sink;
    auto out = build_site(f, sink);
    const auto& csv = out.at("data/schools.csv");
    // People read CSV (Russian headers and labels); programs read JSON (codes).
    CHECK(csv.rfind("\xEF\xBB\xBFкод школы;полное наименование;краткое наименование;", 0) == 0);
    CHECK(out.at("data/risk-profiles.csv").find(";высокий;") != std::string::npos);
    CHECK(out.at("data/risk-profiles.csv").find(";high;") == std::string::npos);
    CHECK(out.at("data/measures.csv").find(";статус;") != std::string::npos);
    CHECK(out.at("data/schools.json").find("\"school\": \"lesnoe\"") != std::string::npos);
    CHECK(csv.find("\r\nlesnoe;") != std::string::npos);
    CHECK(csv.find("\n") == csv.find("\r\n") + 1);
    CHECK(out.at("data/measures.csv").find(";m2;") != std::string::npos);
    CHECK(out.at("data/schools.json").rfind("[", 0) == 0);
    CHECK(out.at("data/risk-profiles.json").find("\"level\": \"high\"") != std::string::npos);
    CHECK(out.at("assets/search-index.js").find("window.SHNOR_SEARCH_INDEX = {") !=
          std::string::npos);
}

TEST_CASE("a project's templates override the built-ins file by file", "[render]") {
    fs::MemoryFileSystem files;
    files.files["tpl/404.mustache"] = "<h1>{{title}}</h1><p>СВОЙ ШАБЛОН</p>";
    files.files["tpl/assets/style.css"] = "body{color:red}";
    files.files["tpl/extra.mustache"] = "{{>extra}}";
    SiteFixture f;
    diag::Sink sink;
    auto out = build_site(f, sink, {"tpl", &files});
    CHECK(sink.errors() == 0);
    CHECK(sink.warnings() == 1);  // extra.mustache replaces nothing
    CHECK(out.at("404.html").find("СВОЙ ШАБЛОН") != std::string::npos);
    CHECK(out.at("assets/style.css") == "body{color:red}");

    files.files["tpl/404.mustache"] = "<p>\n{{#broken}}";
    diag::Sink bad;
    auto none = build_site(f, bad, {"tpl", &files});
    REQUIRE(bad.errors() == 1);
    auto err = bad.sorted()[0];  // [1] is the warning about extra.mustache
    CHECK(err.loc.file == "tpl/404.mustache");
    CHECK(err.loc.line == 2);
    CHECK(err.loc.column == 1);
    CHECK(none.empty());

    diag::Sink missing;
    build_site(f, missing, {"no-such-dir", &files});
    CHECK(missing.errors() == 1);
}

// Not a test: writes the fixture site to $SHNOR_SITE_DUMP for a look in a
// browser. Run with: shnor_tests "[.site-dump]"
TEST_CASE("dump the fixture site", "[.site-dump]") {
    const char* dir = std::getenv("SHNOR_SITE_DUMP");
    REQUIRE(dir);
    SiteFixture f;
    diag::Sink sink;
    for (const auto& [path, bytes] : build_site(f, sink)) {
        std::filesystem::path p = std::filesystem::path(dir) / path;
        std::filesystem::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << bytes;
    }
}

TEST_CASE("a school-year without any document says «дорожная карта не представлена»", "[render]") {
    auto project = testing::site_project();
    auto& school = project.schools.front();
    std::erase_if(school.documents, [](const auto& d) { return d.year == 2022; });
    SiteFixture f(std::move(project));
    diag::Sink sink;
    auto out = build_site(f, sink);
    const std::string id = f.project.schools.front().id;
    const std::string& page = out.at("schools/" + id + "/index.html");
    CHECK(page.find("Дорожная карта на 2022 год не представлена:") != std::string::npos);
    CHECK(page.find("Дорожная карта на 2021 год не представлена") == std::string::npos);
    // The home page shows the flag instead of «0» measures and an empty bar.
    const std::string& home = out.at("index.html");
    CHECK(home.find("<td colspan=\"3\" class=\"no-roadmap\">дорожная карта не представлена</td>") !=
          std::string::npos);
}

TEST_CASE("the home page links the annex as DOCX beside the PDF", "[render]") {
    SiteFixture f;
    diag::Sink sink;
    auto out = build_site(f, sink);
    CHECK(out.at("index.html").find("href=\"documents/annex-2022.docx\"") != std::string::npos);
}
