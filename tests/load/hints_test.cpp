// Hand-typed YAML: the explanations, and no false alarms on what is fine.
#include "load/hints.hpp"

#include <catch2/catch.hpp>
#include <string>

#include "load/yaml_loader.hpp"

using shnor::diag::Sink;

namespace {

std::string report(const std::string& text) {
    Sink sink;
    shnor::load::parse_yaml(text, "t.yaml", sink);
    std::string out;
    for (const auto& d : sink.sorted())
        out += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message +
               "\n";
    return out;
}

}  // namespace

TEST_CASE("a decimal comma in a flow map is named, commas elsewhere are not", "[load]") {
    CHECK(report("p: { value: 12,5, date: 2021-02-20 }\n") ==
          "1:13: в числах дробную часть отделяют точкой: 12.5 (а не 12,5)\n");
    CHECK(report("p: { value: -3,25 }\n") ==
          "1:13: в числах дробную часть отделяют точкой: -3.25 (а не -3,25)\n");
    CHECK(report("list: [12,5]\n").empty());           // two numbers
    CHECK(report("p: { a: 1, 5: x }\n").empty());      // a space: a real key
    CHECK(report("title: Пункты 1,2 и 3\n").empty());  // text
    CHECK(shnor::load::is_decimal_comma("12,5"));
    CHECK_FALSE(shnor::load::is_decimal_comma("1,2,3"));
}

TEST_CASE("text with a colon or a leading quote: the line as it should be", "[load]") {
    CHECK(report("  - title: Собрание: профессии\n") ==
          "1:12: текст с двоеточием надо заключить в кавычки: title: \"Собрание: профессии\"\n");
    CHECK(report("title: \"Профессии\" — собрание\n") ==
          "1:8: текст, который начинается с кавычки, надо целиком заключить в кавычки другого "
          "вида: title: '\"Профессии\" — собрание'\n");
    CHECK(report("title: \"Собрание: профессии\"\nurl: https://x.ru/a\n").empty());
    CHECK(shnor::load::quote_for_yaml("it's \"x\"") == "'it''s \"x\"'");
}

TEST_CASE("a non-breaking space where YAML needs a space, at its column", "[load]") {
    CHECK(report("start:\u00a02021-03-01\nnext: 1\n") ==
          "1:7: неразрывный пробел после двоеточия: после ключа нужен обычный пробел\n");
    CHECK(report("a:\n\u00a0 b: 1\n") ==
          "2:1: неразрывный пробел в начале строки: отступы делаются обычными пробелами\n");
    CHECK(report("title: \"Время:\u00a010\"\n").empty());  // inside text it is fine
}

TEST_CASE("# right after text warns, an ordinary comment does not", "[load]") {
    CHECK(report("title: Классный час в 9 #А классе\n") ==
          "1:25: знак # начинает комментарий: текст \"#А классе\" не попадёт в значение; "
          "заключите всё значение в кавычки: \"Классный час в 9 #А классе\"\n");
    CHECK(report("status: done # уточнить у завуча\n").empty());
    CHECK(report("title: \"9 #А\"\n").empty());
    CHECK(report("n: 5 #1\n").empty());  // not text
}
