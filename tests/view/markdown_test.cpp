#include "view/markdown.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace shnor;
using view::markdown_to_html;

namespace {

std::string md(const std::string& text, diag::Sink& sink) {
    auto html = markdown_to_html(text, {"pages/x.md", 1, 1}, sink);
    return html ? *html : "<refused>";
}

std::string repeat(const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("markdown: safe mode drops raw HTML and dangerous links", "[view]") {
    diag::Sink sink;
    std::string html =
        md("*a* <script>alert(1)</script>\n\n[x](javascript:alert(1)) "
           "[y](vbscript:x) [z](https://ok.example/) <b onclick=\"x\">b</b>\n",
           sink);
    CHECK(html.find("<em>a</em>") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("javascript:") == std::string::npos);
    CHECK(html.find("vbscript:") == std::string::npos);
    CHECK(html.find("onclick") == std::string::npos);
    CHECK(html.find("href=\"https://ok.example/\"") != std::string::npos);
    CHECK(sink.all().empty());
}

TEST_CASE("markdown: invalid UTF-8 is replaced, not passed through", "[view]") {
    diag::Sink sink;
    std::string html = md("a\xff\xfe b\n", sink);
    CHECK(html.find("\xff") == std::string::npos);
    CHECK(html.find("\xEF\xBF\xBD") != std::string::npos);  // U+FFFD
}

TEST_CASE("markdown: oversized and deeply nested input is refused", "[view]") {
    diag::Sink big;
    CHECK(md(std::string(view::kMaxMarkdownBytes + 1, 'a'), big) == "<refused>");
    CHECK(big.errors() == 1);
    CHECK(big.all()[0].loc.file == "pages/x.md");

    diag::Sink nested;  // GHSA-66g8-4hjf-77xh: nested list markers with blank lines
    CHECK(md(repeat("- ", 40) + "x\n\n" + repeat("> ", 3) + "y\n", nested) == "<refused>");
    CHECK(nested.errors() == 1);

    diag::Sink indented;
    std::string lines;
    for (int i = 0; i < 40; ++i)
        lines += std::string(static_cast<std::size_t>(2 * i), ' ') + "- a\n\n";
    CHECK(md(lines, indented) == "<refused>");

    diag::Sink brackets;  // CVE-2023-22486: "![[]()" repeated
    CHECK(md(repeat("![[]()", 5000), brackets) == "<refused>");

    diag::Sink fine;  // ordinary nesting stays fine
    CHECK(md("- a\n  - b\n    - c\n\n> q\n> > qq\n\n1. x\n2. y\n", fine) != "<refused>");
    CHECK(fine.all().empty());
}

TEST_CASE("markdown: the title line and order comment are dropped", "[view]") {
    CHECK(view::strip_front_matter("# О проекте\n<!-- order: 10 -->\nТекст\n") == "Текст\n");
    CHECK(view::strip_front_matter("Текст\n# не заголовок\n") == "Текст\n# не заголовок\n");
    CHECK(view::strip_front_matter("# Только заголовок") == "");
}
