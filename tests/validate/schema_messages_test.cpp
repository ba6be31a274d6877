// The messages and locations users see for schema violations.
#include <catch2/catch.hpp>
#include <string>

#include "schema_test_util.hpp"

using shnor::diag::Sink;
using shnor::test::dump;
using shnor::test::schema;
using shnor::test::yaml;

namespace {

// Validates a YAML snippet and returns "line:col: message" lines.
std::string errors(const shnor::validate::Schema& s, const std::string& text) {
    auto doc = yaml(text);
    REQUIRE(doc);
    Sink sink;
    bool ok = shnor::validate::validate(s, *doc, sink);
    CHECK(ok == !sink.has_errors());
    std::string out;
    for (const auto& d : sink.sorted())
        out += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message +
               "\n";
    return out;
}

const char* kRoadmap = R"(
type: object
additionalProperties: false
required: [name, level]
properties:
  name: {type: string, minLength: 2, maxLength: 10}
  level: {enum: [high, medium, low]}
  share: {type: number, minimum: 0, maximum: 100}
  count: {type: integer, multipleOf: 5, exclusiveMaximum: 100}
  id: {type: string, pattern: "^[a-z]+$"}
  when: {type: string, format: date}
  site: {type: string, format: uri}
  tags: {type: array, uniqueItems: true, minItems: 1, maxItems: 3}
  pair: {type: array, prefixItems: [{type: string}], items: false}
  map: {type: object, minProperties: 1, propertyNames: {pattern: "^[a-z]+$"}}
dependentRequired:
  share: [count]
)";

}  // namespace

TEST_CASE("schema messages: objects", "[schema]") {
    auto s = schema(kRoadmap);
    CHECK(errors(s, "name: ab\nlevel: high\n") == "");
    CHECK(errors(s, "nmae: ab\nlevel: high\n") ==
          "1:1: неизвестное поле \"nmae\" (возможно, \"name\")\n"
          "1:1: нет обязательного поля \"name\"\n");
    CHECK(errors(s, "name: ab\nlevel: high\nzzz: 1\n") == "3:1: неизвестное поле \"zzz\"\n");
    CHECK(errors(s, "name: ab\nlevel: high\nshare: 5\n") ==
          "3:1: поле \"count\" обязательно, если указано поле \"share\"\n");
    CHECK(errors(s, "name: ab\nlevel: high\nmap: {}\n") ==
          "3:6: в словаре 0 полей, а нужно не меньше 1\n");
    CHECK(errors(s, "name: ab\nlevel: high\nmap: {Ab: 1}\n") ==
          "3:7: недопустимое имя поля \"Ab\": \"Ab\" не соответствует шаблону ^[a-z]+$\n");
}

TEST_CASE("schema messages: scalars", "[schema]") {
    auto s = schema(kRoadmap);
    CHECK(errors(s, "name: ab\nlevel: hgih\n") ==
          "2:8: \"hgih\" не входит в список допустимых значений: high, medium, low (возможно, "
          "\"high\")\n");
    CHECK(errors(s, "name: 12\nlevel: low\n") == "1:7: ожидалась строка, а найдено число 12\n");
    CHECK(errors(s, "name: a\nlevel: low\n") == "1:7: строка \"a\" короче 2 символов\n");
    CHECK(errors(s, "name: ''\nlevel: low\n") == "1:7: строка не должна быть пустой\n");
    CHECK(errors(s, "name: Озёрки-школа\nlevel: low\n") ==
          "1:7: строка \"Озёрки-школа\" длиннее 10 символов (в ней 12)\n");
    CHECK(errors(s, "name: Озёрки\nlevel: low\n") == "");  // 6 code points, 12 bytes
    CHECK(errors(s, "name: ab\nlevel: low\nshare: 120\ncount: 5\n") ==
          "3:8: значение 120 больше максимума 100\n");
    CHECK(errors(s, "name: ab\nlevel: low\nshare: -0.5\ncount: 5\n") ==
          "3:8: значение -0.5 меньше минимума 0\n");
    CHECK(errors(s, "name: ab\nlevel: low\ncount: 7\n") == "3:8: значение 7 не кратно 5\n");
    CHECK(errors(s, "name: ab\nlevel: low\ncount: 100\n") ==
          "3:8: значение 100 должно быть меньше 100\n");
    CHECK(errors(s, "name: ab\nlevel: low\ncount: 10.0\n") == "");  // integral float is an integer
    CHECK(errors(s, "name: ab\nlevel: low\nid: Sosh\n") ==
          "3:5: \"Sosh\" не соответствует шаблону ^[a-z]+$\n");
    CHECK(errors(s, "name: ab\nlevel: low\nwhen: 2021-02-30\n") ==
          "3:7: \"2021-02-30\" не является датой в формате ГГГГ-ММ-ДД\n");
    CHECK(errors(s, "name: ab\nlevel: low\nsite: javascript:alert(1)\n") ==
          "3:7: недопустимая схема адреса \"javascript\" в \"javascript:alert(1)\": разрешены "
          "http, https\n");
    CHECK(errors(s, "name: ab\nlevel: low\nsite: https://ozerki.example.ru/\n") == "");
}

TEST_CASE("schema messages: arrays", "[schema]") {
    auto s = schema(kRoadmap);
    CHECK(errors(s, "name: ab\nlevel: low\ntags: []\n") ==
          "3:7: в списке 0 элементов, а нужно не меньше 1\n");
    CHECK(errors(s, "name: ab\nlevel: low\ntags: [a, b, c, d]\n") ==
          "3:7: в списке 4 элемента, а допускается не больше 3\n");
    CHECK(errors(s, "name: ab\nlevel: low\ntags: [a, b, a]\n") ==
          "3:14: значение \"a\" повторяется в списке\n");
    CHECK(errors(s, "name: ab\nlevel: low\npair: [a, b]\n") ==
          "3:11: лишний элемент списка: допускается не больше 1 элемента\n");
}

TEST_CASE("schema messages: anyOf and oneOf give one useful message", "[schema]") {
    auto s = schema(R"(
properties:
  v:
    anyOf:
      - {type: string, minLength: 3}
      - {type: integer}
  w:
    oneOf:
      - {type: object, required: [a]}
      - {type: object, required: [b]}
)");
    CHECK(errors(s, "v: abc\n") == "");
    CHECK(errors(s, "v: 5\n") == "");
    // Only the string branch fits a string: its error is the real one.
    CHECK(errors(s, "v: ab\n") == "1:4: строка \"ab\" короче 3 символов\n");
    CHECK(errors(s, "v: [1]\n") == "1:4: ожидалась строка или целое число, а найден список\n");
    CHECK(
        errors(s, "w: {a: 1, b: 2}\n") ==
        "1:4: значение подходит сразу под несколько вариантов (1 и 2), а должно ровно под один\n");
    CHECK(errors(s, "w: {c: 1}\n") ==
          "1:4: значение не подходит ни под один из 2 вариантов; ближе всего вариант 1: нет "
          "обязательного поля \"a\"\n");
}

TEST_CASE("schema messages: errors inside not and failed branches do not leak", "[schema]") {
    auto s = schema(R"(
properties:
  v:
    not: {type: string, minLength: 100}
  w:
    anyOf: [{type: string, maxLength: 1}, {type: string, minLength: 5}]
)");
    CHECK(errors(s, "v: short\n") == "");
    CHECK(errors(s, "w: a\n") == "");
    CHECK(errors(s, "w: abcdef\n") == "");
    CHECK(errors(s, "v: 5\n") == "");
}

TEST_CASE("schema messages: if/then/else and false schemas", "[schema]") {
    auto s = schema(R"(
if: {properties: {kind: {const: antirisk}}, required: [kind]}
then: {required: [risk]}
else: {properties: {risk: false}}
)");
    CHECK(errors(s, "kind: antirisk\nrisk: rf07\n") == "");
    CHECK(errors(s, "kind: antirisk\n") == "1:1: нет обязательного поля \"risk\"\n");
    CHECK(errors(s, "kind: concept\nrisk: rf07\n") == "2:1: поле \"risk\" здесь не допускается\n");
    auto never = schema("false");
    CHECK(errors(never, "a: 1\n") == "1:1: значение здесь не допускается\n");
}

TEST_CASE("schema messages: $ref and const", "[schema]") {
    auto s = schema(R"(
$defs:
  id: {type: string, pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"}
  "a/b~c": {const: 1}
properties:
  id: {$ref: "#/$defs/id"}
  one: {$ref: "#/$defs/a~1b~0c"}
  two: {$ref: "#/%24defs/a~1b~0c"}
)");
    CHECK(errors(s, "id: sosh-8\none: 1.0\ntwo: 1\n") == "");
    CHECK(errors(s, "id: sosh--8\n") ==
          "1:5: \"sosh--8\" не соответствует шаблону ^[a-z0-9]+(-[a-z0-9]+)*$\n");
    CHECK(errors(s, "one: 2\n") == "1:6: ожидалось значение 1, а найдено число 2\n");
}

TEST_CASE("schema: a pattern failure quotes the field's description when it has one", "[schema]") {
    auto s = schema(R"y(
properties:
  id: {description: "Идентификатор — строчные латинские буквы (sosh)", type: string,
       pattern: "^[a-z]+$"}
  code: {type: string, pattern: "^[0-9]+$"}
)y");
    CHECK(errors(s, "id: Озёрки\n") ==
          "1:5: \"Озёрки\" не подходит. Идентификатор — строчные латинские буквы (sosh)\n");
    CHECK(errors(s, "code: x\n") == "1:7: \"x\" не соответствует шаблону ^[0-9]+$\n");
}

TEST_CASE("schema: long strings are not fed to the regex engine", "[schema]") {
    auto s = schema("pattern: \"^(a|b)*$\"");
    auto doc = yaml("v: " + std::string(5000, 'a') + "\n");
    REQUIRE(doc);
    Sink sink;
    CHECK_FALSE(shnor::validate::validate(s, *doc->get("v"), sink));
    CHECK(dump(sink).find("слишком длинная для проверки по шаблону") != std::string::npos);
}

TEST_CASE("schema: uniqueItems uses JSON equality and scales", "[schema]") {
    auto s = schema("uniqueItems: true");
    CHECK(errors(s, "[1, 1.0]\n") == "1:5: значение 1.0 повторяется в списке\n");
    CHECK(errors(s, "[{a: 1, b: [x]}, {b: [x], a: 1.0}]\n") != "");
    CHECK(errors(s, "[1, true, \"1\", null, [1], {a: 1}]\n") == "");
    std::string big = "[";
    for (int k = 0; k < 20000; ++k) big += std::to_string(k) + ",";
    big += "0]\n";
    CHECK(errors(s, big) ==
          "1:" + std::to_string(big.size() - 2) + ": значение 0 повторяется в списке\n");
}
