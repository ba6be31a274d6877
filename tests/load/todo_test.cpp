#include "load/todo.hpp"

#include <catch2/catch.hpp>

#include "load/yaml_loader.hpp"

using namespace shnor;

namespace {

std::vector<diag::Diagnostic> todos(const std::string& yaml) {
    diag::Sink sink;
    REQUIRE(load::parse_yaml(yaml, "f.yaml", sink) != nullptr);
    return sink.sorted();
}

}  // namespace

TEST_CASE("a TODO comment is a warning at its #, with what is to be done", "[load][todo]") {
    auto d = todos("# TODO: сверьте каталог\nname: Школа  # TODO: полное наименование\nn: 1\n");
    REQUIRE(d.size() == 2);
    CHECK(d[0].severity == diag::Severity::Warning);
    CHECK(d[0].loc.line == 1);
    CHECK(d[0].loc.column == 1);
    CHECK(d[0].message == "не заполнено (TODO): сверьте каталог");
    CHECK(d[1].loc.line == 2);
    CHECK(d[1].loc.column == 14);  // characters, not bytes
    CHECK(d[1].message == "не заполнено (TODO): полное наименование");
    auto bare = todos("a: 1 #TODO\n");
    REQUIRE(bare.size() == 1);
    CHECK(bare[0].message == "не заполнено (TODO): здесь нужно решение");
}

TEST_CASE("TODO inside a value or another word is not a marker", "[load][todo]") {
    CHECK(todos("a: \"x # TODO: y\"\n").empty());
    CHECK(todos("a: 'x # TODO'\n").empty());
    CHECK(todos("a: |\n  строка\n  # TODO: часть текста\nb: 1\n").empty());
    CHECK(todos("a: 1  # TODOS\n").empty());
    CHECK(todos("a: TODO\n").empty());
    CHECK(todos("# сделать: TODO\n").empty());
}
