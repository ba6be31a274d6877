// What the preview adds to pages: the script tag, the overlay (escaped, with
// the caret report), and the routes over a snapshot of the site.
#include "serve/page.hpp"

#include <catch2/catch.hpp>

#include "serve/routes.hpp"

using namespace shnor;

TEST_CASE("the script goes before </body>, or at the end without one", "[serve]") {
    CHECK(serve::inject("<html><body><p>x</p></body></html>", 7, "") ==
          "<html><body><p>x</p><script src=\"/__shnor/live.js\" data-version=\"7\"></script>"
          "</body></html>");
    CHECK(serve::inject("<p>x</p>", 1, "<div>o</div>") ==
          "<p>x</p><div>o</div><script src=\"/__shnor/live.js\" data-version=\"1\"></script>");
}

TEST_CASE("the overlay shows the caret report, escaped", "[serve]") {
    diag::Sink sink;
    CHECK(serve::overlay_html(sink, {}).empty());
    sink.error({"content/schools/a/school.yaml", 2, 7}, "значение \"<b>\" & не то");
    sink.warning({"content/schools/b/school.yaml", 1, 1}, "предупреждение не мешает");
    const std::map<std::string, std::string> sources{
        {"content/schools/a/school.yaml", "id: a\nname: <b>\n"}};
    const auto html = serve::overlay_html(sink, sources);
    CHECK(html.find("id=\"shnor-overlay\"") != std::string::npos);
    CHECK(html.find("content/schools/a/school.yaml:2:7: ошибка: значение &quot;&lt;b&gt;&quot; "
                    "&amp; не то") != std::string::npos);
    CHECK(html.find(" 2 | name: &lt;b&gt;\n   |       ^") != std::string::npos);
    CHECK(html.find("<b>") == std::string::npos);
    CHECK(html.find("1 ошибка") != std::string::npos);
    CHECK(html.find("не мешает") == std::string::npos);  // warnings stay in the terminal
    CHECK(html.find("предупрежд") == std::string::npos);
}

TEST_CASE("html_escape and content types", "[serve]") {
    CHECK(serve::html_escape("a<b>&\"'") == "a&lt;b&gt;&amp;&quot;&#39;");
    CHECK(serve::content_type("index.html") == "text/html; charset=utf-8");
    CHECK(serve::content_type("a/b.pdf") == "application/pdf");
    CHECK(serve::content_type("assets/x.css") == "text/css; charset=utf-8");
    CHECK(serve::content_type("a.b/noext") == "application/octet-stream");
}

namespace {

serve::Snapshot snapshot(std::string overlay = {}) {
    auto site = std::make_shared<write::SharedFiles>(
        write::share({{"index.html", "<html><body>home</body></html>"},
                      {"schools/a/index.html", "<html><body>a</body></html>"},
                      {"schools/a/roadmap.pdf", "%PDF-1.4 </body>"}}));
    return {site, std::move(overlay), 3};
}

}  // namespace

TEST_CASE("routes: pages with the script, files as they are, folders, misses", "[serve]") {
    const auto now = snapshot();
    auto home = serve::route(now, "/");
    CHECK(home.status == 200);
    CHECK(home.content_type == "text/html; charset=utf-8");
    CHECK(home.body.find("home<script src=\"/__shnor/live.js\" data-version=\"3\">") !=
          std::string::npos);
    CHECK(serve::route(now, "/schools/a/").body.find("a<script") != std::string::npos);
    auto pdf = serve::route(now, "/schools/a/roadmap.pdf");
    CHECK(pdf.body == "%PDF-1.4 </body>");
    CHECK(pdf.content_type == "application/pdf");
    auto folder = serve::route(now, "/schools/a");
    CHECK(folder.status == 301);
    CHECK(folder.location == "/schools/a/");
    auto miss = serve::route(now, "/nope.html");
    CHECK(miss.status == 404);
    CHECK(miss.body.find("Страница не найдена") != std::string::npos);
    CHECK(miss.body.find("/__shnor/live.js") != std::string::npos);
    CHECK(serve::route(now, "/__shnor/live.js").body.find("/__shnor/wait") != std::string::npos);
}

TEST_CASE("routes: the overlay over every page, and a placeholder before any site", "[serve]") {
    auto failed = snapshot("<div id=\"shnor-overlay\">x</div>");
    CHECK(serve::route(failed, "/").body.find("home<div id=\"shnor-overlay\">") !=
          std::string::npos);
    CHECK(serve::route(failed, "/schools/a/roadmap.pdf").body == "%PDF-1.4 </body>");
    serve::Snapshot empty{std::make_shared<write::SharedFiles>(), "<div>o</div>", 1};
    auto r = serve::route(empty, "/");
    CHECK(r.status == 503);
    CHECK(r.body.find("Сайт ещё не собран") != std::string::npos);
    CHECK(r.body.find("<div>o</div>") != std::string::npos);
}
