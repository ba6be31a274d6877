#include "render/templates.hpp"

#include <catch2/catch_test_macros.hpp>

#include "render/engine.hpp"
#include "render/template_scan.hpp"

using namespace shnor;
using render::Engine;
using render::TemplateSet;

namespace {

std::string first_error(const diag::Sink& sink) {
    for (const auto& d : sink.sorted())
        if (d.severity == diag::Severity::Error)
            return d.loc.file.str() + ":" + std::to_string(d.loc.line) + ":" +
                   std::to_string(d.loc.column) + ": " + d.message;
    return "";
}

}  // namespace

TEST_CASE("built-in templates pass the checks", "[render]") {
    diag::Sink sink;
    TemplateSet set = TemplateSet::builtin();
    CHECK(set.find("layout.mustache"));
    CHECK(set.find("assets/style.css"));
    CHECK(set.find("assets/search.js"));
    CHECK(set.check(sink));
    CHECK(sink.all().empty());
}

TEST_CASE("template syntax errors point at line and column", "[render]") {
    diag::Sink sink;
    TemplateSet set;
    set.put("x.mustache", "<p>\n  «ё» {{#items}}\n</p>\n", "templates/x.mustache");
    CHECK_FALSE(set.check(sink));
    CHECK(first_error(sink) == "templates/x.mustache:2:7: незакрытая секция \"items\"");

    diag::Sink sink2;
    TemplateSet set2;
    set2.put("y.mustache", "ok\n{{/a}}", "y.mustache");
    CHECK_FALSE(set2.check(sink2));
    CHECK(first_error(sink2) == "y.mustache:2:1: закрывающий тег без открывающего \"a\"");
}

TEST_CASE("partial cycles and missing partials are refused", "[render]") {
    diag::Sink sink;
    TemplateSet set;
    set.put("a.mustache", "A {{>b}}", "a.mustache");
    set.put("b.mustache", "B\n{{>a}}", "b.mustache");
    CHECK_FALSE(set.check(sink));
    CHECK(first_error(sink).find("по кругу") != std::string::npos);

    diag::Sink self;
    TemplateSet set2;
    set2.put("s.mustache", "{{>s}}", "s.mustache");
    CHECK_FALSE(set2.check(self));

    diag::Sink missing;
    TemplateSet set3;
    set3.put("m.mustache", "x {{> nope }}", "m.mustache");
    CHECK_FALSE(set3.check(missing));
    CHECK(first_error(missing) == "m.mustache:1:3: нет шаблона \"nope.mustache\" для включения");
}

TEST_CASE("unescaped output is refused unless the name ends in _html", "[render]") {
    diag::Sink sink;
    TemplateSet set;
    set.put("u.mustache", "{{{body_html}}}\n{{{name}}} {{& other}}", "u.mustache");
    CHECK_FALSE(set.check(sink));
    REQUIRE(sink.errors() == 2);
    CHECK(first_error(sink) ==
          "u.mustache:2:1: вывод без экранирования разрешён только для имён *_html, а не \"name\"");
}

TEST_CASE("delimiter changes are refused", "[render]") {
    diag::Sink sink;
    TemplateSet set;
    set.put("d.mustache", "{{=<% %>=}}<%x%>", "d.mustache");
    CHECK_FALSE(set.check(sink));
}

TEST_CASE("partials come from the registry, never from data", "[render]") {
    diag::Sink sink;
    TemplateSet set;
    set.put("page.mustache", "[{{>evil}}][{{>part}}]", "page.mustache");
    set.put("part.mustache", "registry", "part.mustache");
    Engine engine(set);
    // A data key named like a partial must not be parsed as a template.
    view::Value data;
    data.set("evil", "INJECTED {{secret}}").set("part", "DATA").set("secret", "s3cr3t");
    std::string out = engine.render("page", data, sink);
    CHECK(out == "[][registry]");
}

TEST_CASE("variables are HTML-escaped", "[render]") {
    diag::Sink sink;
    TemplateSet set;
    set.put("p.mustache", "<a title=\"{{t}}\">{{t}}</a>", "p.mustache");
    Engine engine(set);
    std::string out =
        engine.render("p", view::Value().set("t", "\"><script>alert('x')</script>&"), sink);
    CHECK(out ==
          "<a title=\"&quot;&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;\">"
          "&quot;&gt;&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;&amp;</a>");
}

TEST_CASE("the scanner lists tags and locates offsets", "[render]") {
    auto r = render::scan_template("a {{x}} {{{y_html}}} {{#s}}{{&z}}{{/s}} {{! c }} {{>p}}");
    REQUIRE(r.error.empty());
    REQUIRE(r.tags.size() == 7);
    CHECK(r.tags[0].name == "x");
    CHECK(r.tags[1].kind == render::TagKind::Unescaped);
    CHECK(r.tags[1].name == "y_html");
    CHECK(r.tags[3].kind == render::TagKind::Unescaped);
    CHECK(r.tags[6].kind == render::TagKind::Partial);
    auto loc = render::locate("ab\nвёz", 7, "f");
    CHECK(loc.line == 2);
    CHECK(loc.column == 3);
}
