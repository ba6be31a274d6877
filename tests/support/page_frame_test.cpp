// The golden scheme itself: pages split at <main>, frames normalised, and a
// changed byte anywhere in a rendered page still failing the comparison.
#include "support/page_frame.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "app/pipeline.hpp"
#include "support/fixtures.hpp"

using namespace shnor;

namespace {

std::string page(const std::string& root, const std::string& title, const std::string& kind,
                 const std::string& nav, const std::string& content) {
    return "<html data-root=\"" + root + "\">\n<title>" + title + " — Область</title>\n" +
           "<link href=\"" + root + "assets/style.css\">\n<body class=\"page-" + kind + "\">\n" +
           nav + "\n<main id=\"main\">\n" + content + "\n</main>\n<p>подвал</p>\n</html>\n";
}

bool contains(const std::string& s, const std::string& part) {
    return s.find(part) != std::string::npos;
}

// The mini region's home page and one school page, as rendered.
test::Files mini_pages() {
    fs::MemoryFileSystem mem;
    test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
    auto r = app::run_pipeline({}, mem, app::Stop::AfterRender);
    REQUIRE(r.ok());
    return {{"index.html", r.files.at("index.html")},
            {"schools/sosh-1/index.html", r.files.at("schools/sosh-1/index.html")}};
}

}  // namespace

TEST_CASE("a page splits into its <main> element and the frame around it", "[support]") {
    auto parts = test::split_page(page("", "Главная", "index", "<nav></nav>", "<h1>Текст</h1>"));
    REQUIRE(parts);
    CHECK(parts->main == "<main id=\"main\">\n<h1>Текст</h1>\n</main>\n");
    CHECK(contains(parts->frame, "<main id=\"main\">\n" + std::string(test::kMainPlaceholder) +
                                     "\n</main>\n<p>подвал</p>"));
    CHECK_FALSE(contains(parts->frame, "Текст"));
    CHECK_FALSE(test::split_page("<html><mainly>no main</mainly></html>"));
}

TEST_CASE("frames normalise paths, title, kind and current item, and keep them", "[support]") {
    const auto home = test::normalise_frame(
        test::split_page(page("", "Главная", "index",
                              "<a href=\"index.html\" aria-current=\"page\">Главная</a>"
                              "<a href=\"pages/about.html\">О программе</a>",
                              "x"))
            ->frame,
        "index.html");
    const auto about = test::normalise_frame(
        test::split_page(page("../", "О программе", "page",
                              "<a href=\"../index.html\">Главная</a>"
                              "<a href=\"about.html\" aria-current=\"page\">О программе</a>",
                              "y"))
            ->frame,
        "pages/about.html");
    CHECK(home.shared == about.shared);
    CHECK(about.own == "«О программе», page-page, current: pages/about.html");
    // A link climbing above the site root is not evened out.
    const auto above =
        test::normalise_frame(page("../", "Главная", "index", "", "z"), "index.html");
    CHECK(above.shared != home.shared);
}

TEST_CASE("first_difference names the first differing line", "[support]") {
    CHECK(test::first_difference("a\nb\n", "a\nb\n").empty());
    CHECK(test::first_difference("a\nb\n", "a\nc\n") == "line 2: want «b», got «c»");
    CHECK(test::first_difference("a\n", "a\nb\n") == "line 2: want «(end)», got «b»");
    const std::string long_line = std::string(200, 'x') + "ё" + std::string(200, 'x');
    CHECK(test::first_difference(long_line, std::string(200, 'x') + "е" + std::string(200, 'x')) ==
          "line 1: want «…" + std::string(30, 'x') + "ё" + std::string(68, 'x') + "…», got «…" +
              std::string(30, 'x') + "е" + std::string(68, 'x') + "…»");
}

TEST_CASE("a changed line anywhere in a page fails its goldens, naming the page", "[support]") {
    const auto site = mini_pages();
    const auto want = test::site_goldens(site, "index.html");
    REQUIRE(test::diff_site(site, want, "index.html").empty());
    for (const auto& [path, html] : site) {
        std::size_t start = 0;
        for (int line = 1; start < html.size(); ++line) {
            const auto end = std::min(html.find('\n', start), html.size());
            auto changed = site;
            changed[path].insert(end, "~");  // the last byte of the line
            INFO(path << " line " << line);
            const auto diff = test::diff_site(changed, want, "index.html");
            // "index.html" alone would also match the school's path.
            CHECK(contains(diff, path == "index.html" ? "differs: index.html" : path));
            start = end + 1;
        }
    }
    auto retitled = site;
    auto& school = retitled["schools/sosh-1/index.html"];
    const std::string number = "№ 1»";
    school.replace(school.find(number), number.size(), "№ 2»");  // in the title only
    CHECK(contains(test::diff_site(retitled, want, "index.html"), "«МБОУ «СОШ № 2»»"));
}
