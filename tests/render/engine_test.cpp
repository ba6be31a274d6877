// Rendering bounds (issue #13 item 8).
#include "render/engine.hpp"

#include <catch2/catch.hpp>

using namespace shnor;

TEST_CASE("a partial bomb stops at the page size bound, naming the template", "[render]") {
    // p0 includes p1 ten times, p1 includes p2 ten times, ... ten deep, and
    // the innermost is 1 KB: 10^10 KB if nothing stopped it.
    render::TemplateSet set;
    for (int d = 0; d < 10; ++d) {
        std::string text;
        for (int k = 0; k < 10; ++k) text += "{{>p" + std::to_string(d + 1) + "}}";
        set.put("p" + std::to_string(d) + ".mustache", text, "templates/p" + std::to_string(d));
    }
    set.put("p10.mustache", std::string(1024, 'x'), "templates/p10");
    set.put("page.mustache", "{{>p0}}", "templates/page.mustache");
    render::Engine engine(set, 1u << 20);  // the default (16 MB) takes seconds to reach
    diag::Sink sink;
    CHECK(engine.render("page", view::Value(), sink).empty());
    REQUIRE(sink.errors() == 1);
    CHECK(sink.all()[0].loc.file == "templates/page.mustache");
    CHECK(sink.all()[0].message ==
          "страница по шаблону \"page.mustache\" получается больше 1 МБ: проверьте вложенные "
          "частичные шаблоны и циклы");
}
