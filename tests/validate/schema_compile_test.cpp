// Problems in schemas themselves, and the recursion guards.
#include <catch2/catch.hpp>
#include <string>

#include "schema_test_util.hpp"

using shnor::diag::Sink;
using shnor::test::yaml;

namespace {

std::string compile_errors(const std::string& text, shnor::validate::SchemaOptions options = {}) {
    auto root = yaml(text, "s.yaml");
    REQUIRE(root);
    Sink sink;
    auto s = shnor::validate::compile_schema(root, sink, options);
    CHECK(s.has_value() == !sink.has_errors());
    std::string out;
    for (const auto& d : sink.sorted())
        out += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message +
               "\n";
    return out;
}

}  // namespace

TEST_CASE("schema compile: bad keywords are reported at their place", "[schema]") {
    CHECK(compile_errors("type: object\nrequred: [a]\n") ==
          "2:1: неизвестное ключевое слово схемы \"requred\" (возможно, \"required\")\n");
    CHECK(compile_errors("type: strnig\n") ==
          "1:7: неизвестный тип \"strnig\" (возможно, \"string\")\n");
    CHECK(compile_errors("minLength: -1\n") ==
          "1:12: \"minLength\" должен быть неотрицательным целым числом\n");
    CHECK(compile_errors("required: [a, a]\n") ==
          "1:11: \"required\" должен быть списком строк без повторов\n");
    CHECK(compile_errors("pattern: \"([a-z\"\n") ==
          "1:10: некорректное регулярное выражение \"([a-z\": непарная квадратная скобка\n");
    CHECK(compile_errors("$ref: \"#/$defs/nope\"\n") ==
          "1:7: ссылка \"#/$defs/nope\" не найдена: в схеме нет такого места\n");
    CHECK(compile_errors("$ref: \"other.yaml#/x\"\n").find("внешние ссылки не поддерживаются") !=
          std::string::npos);
    CHECK(compile_errors("format: phone\n") ==
          "1:9: неизвестный формат \"phone\" (поддерживаются: date, date-time, email, uri)\n");
    CHECK(compile_errors("properties: {a: {$id: x}}\n") ==
          "1:23: \"$id\" допускается только в корне схемы\n");
    CHECK(compile_errors("items: 5\n") ==
          "1:8: ожидалась схема (словарь или логическое значение), а найдено число 5\n");
}

TEST_CASE("schema compile: suite mode ignores unknown keywords", "[schema]") {
    shnor::validate::SchemaOptions suite;
    suite.strict_keywords = false;
    suite.assert_formats = false;
    CHECK(compile_errors("unevaluatedProperties: false\nformat: phone\n", suite) == "");
}

TEST_CASE("schema compile: $ref cycles that consume no input are rejected", "[schema]") {
    CHECK(compile_errors("$ref: \"#\"\n") ==
          "1:7: циклическая ссылка: схема применяет сама себя к тому же значению\n");
    CHECK(
        compile_errors(
            "$defs:\n  a: {allOf: [{$ref: \"#/$defs/b\"}]}\n  b: {anyOf: [{$ref: \"#/$defs/a\"}]}\n"
            "$ref: \"#/$defs/a\"\n")
            .find("циклическая ссылка") != std::string::npos);
    // Recursion through properties consumes input and is fine.
    CHECK(compile_errors("properties: {child: {$ref: \"#\"}}\n") == "");
    CHECK(compile_errors(
              "$ref: \"https://shnor.example/s.yaml#/$defs/a\"\n$id: https://shnor.example/s.yaml\n"
              "$defs: {a: {type: string}}\n") == "");
}

TEST_CASE("schema: deep instances against recursive schemas stop at a bound", "[schema]") {
    auto s = shnor::test::schema("properties: {c: {$ref: \"#\"}}\n");
    // Build a chain deeper than the walker's bound by hand (the loader caps depth).
    auto leaf = std::make_shared<shnor::load::Node>();
    leaf->kind = shnor::load::Kind::Map;
    shnor::load::NodePtr node = leaf;
    for (int k = 0; k < 1000; ++k) {
        auto parent = std::make_shared<shnor::load::Node>();
        parent->kind = shnor::load::Kind::Map;
        parent->map.emplace_back("c", node);
        node = parent;
    }
    Sink sink;
    CHECK_FALSE(shnor::validate::validate(s, *node, sink));
    CHECK(sink.errors() == 1);
    CHECK(sink.all().front().message == "слишком глубокая вложенность при проверке по схеме");
}

TEST_CASE("schema_to_json keeps key order and types", "[schema]") {
    auto root = yaml("b: 1\na: [true, null, 1.5, \"x\"]\n");
    REQUIRE(root);
    CHECK(shnor::validate::schema_to_json(*root) ==
          "{\n  \"b\": 1,\n  \"a\": [\n    true,\n    null,\n    1.5,\n    \"x\"\n  ]\n}\n");
}
