#include "load/yaml_loader.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>

using shnor::diag::Sink;
using shnor::load::Kind;
using shnor::load::NodePtr;
using shnor::load::parse_yaml;

namespace {

struct Parsed {
    NodePtr root;
    Sink sink;
};

Parsed parse(const std::string& text, shnor::load::Limits limits = {}) {
    Parsed p;
    p.root = parse_yaml(text, "t.yaml", p.sink, limits);
    return p;
}

std::string first_error(const Parsed& p) {
    if (p.sink.all().empty()) return "(none)";
    auto all = p.sink.sorted();
    const auto& d = all.front();
    return std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message;
}

}  // namespace

TEST_CASE("core schema typing of plain scalars", "[load]") {
    auto p = parse(
        "a: yes\nb: true\nc: 010\nd: 0x1F\ne: null\nf: ~\ng: \"null\"\nh: 1.5\ni: 2021-03-01\n"
        "j: 'true'\nk:\nl: -7\n");
    REQUIRE(p.root);
    const auto& r = *p.root;
    CHECK(r.get("a")->kind == Kind::String);  // no YAML 1.1 yes/no booleans
    CHECK(r.get("b")->kind == Kind::Bool);
    CHECK(r.get("c")->kind == Kind::Int);
    CHECK(r.get("c")->i == 10);  // decimal, never octal
    CHECK(r.get("d")->i == 31);
    CHECK(r.get("e")->is_null());
    CHECK(r.get("f")->is_null());
    CHECK(r.get("g")->kind == Kind::String);
    CHECK(r.get("g")->s == "null");
    CHECK(r.get("h")->kind == Kind::Float);
    CHECK(r.get("i")->kind == Kind::String);
    CHECK(r.get("j")->kind == Kind::String);
    CHECK(r.get("k")->is_null());
    CHECK(r.get("l")->i == -7);
}

TEST_CASE("positions are 1-based and count characters", "[load]") {
    auto p = parse("имя: Школа\nуровень: высокий\n");
    REQUIRE(p.root);
    auto v = p.root->get("уровень");
    REQUIRE(v);
    CHECK(v->loc.line == 2);
    CHECK(v->loc.column == 10);  // "уровень: " is 9 characters but 16 bytes
    CHECK(p.root->key_loc("уровень").column == 1);
}

TEST_CASE("duplicate keys are rejected with both positions", "[load]") {
    auto p = parse("a: 1\nb: 2\na: 3\n");
    CHECK_FALSE(p.root);
    CHECK(first_error(p) == "3:1: ключ \"a\" повторяется: впервые указан в строке 1, столбце 1");
}

TEST_CASE("hostile bytes are rejected with the position of the first bad byte", "[load]") {
    CHECK(first_error(parse("a: b\nc: \xff\n")) ==
          "2:4: файл не в кодировке UTF-8: недопустимый байт 0xFF (сохраните файл в UTF-8)");
    CHECK(first_error(parse(std::string("a: b\0c\n", 7))) ==
          "1:5: в файле нулевой байт (NUL): файл повреждён или не текстовый");
    CHECK(first_error(parse("a: \x01\n")) == "1:4: недопустимый управляющий символ U+0001");
    CHECK(first_error(parse("a: \x7f\n")) == "1:4: недопустимый управляющий символ U+007F");
    CHECK(first_error(parse("a: b\n\xEF\xBB\xBF"
                            "c: d\n")) == "2:1: метка порядка байтов (BOM) в середине файла");
    CHECK(first_error(parse("a: \xC0\xAF\n")).find("недопустимый байт 0xC0") != std::string::npos);
    CHECK(parse("\xEF\xBB\xBF"
                "a: b\n")
              .root);  // a leading BOM is fine
}

TEST_CASE("tabs in indentation are explained", "[load]") {
    CHECK(first_error(parse("a:\n\tb: 1\n")) ==
          "2:1: символ табуляции в отступе: в YAML отступы делаются только пробелами");
    CHECK(parse("a: \"x\ty\"\n").root);  // a tab inside a value is fine
}

TEST_CASE("exactly one document", "[load]") {
    CHECK(first_error(parse("a: 1\n---\nb: 2\n")) ==
          "2:1: в файле больше одного документа YAML (разделитель ---): оставьте один");
    CHECK(parse("---\na: 1\n").root);
    auto empty = parse("");
    REQUIRE(empty.root);
    CHECK(empty.root->is_null());
}

TEST_CASE("unterminated quotes are caught", "[load]") {
    CHECK(first_error(parse("a: \"abc\n")) ==
          "1:4: незакрытая кавычка \": строка начинается здесь и не закрыта до конца файла");
    CHECK(first_error(parse("a: 'abc\n")).find("незакрытая кавычка '") != std::string::npos);
    CHECK(parse("a: 'it''s'\nb: \"q\\\"x\"\n").root);
}

TEST_CASE("aliases are bounded and cycles rejected", "[load]") {
    std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    const char* prev = "a";
    const char* names[] = {"b", "c", "d", "e", "f", "g", "h", "i"};
    for (const char* n : names) {
        bomb += std::string(n) + ": &" + n + " [";
        for (int k = 0; k < 10; ++k) bomb += std::string(k ? ", " : "") + "*" + prev;
        bomb += "]\n";
        prev = n;
    }
    auto p = parse(bomb);
    CHECK_FALSE(p.root);
    CHECK(first_error(p).find("слишком много элементов после раскрытия ссылок") !=
          std::string::npos);

    auto cycle = parse("x: &a [1, *a]\n");
    CHECK_FALSE(cycle.root);
    CHECK(first_error(cycle).find("бесконечный цикл") != std::string::npos);

    auto ok = parse("base: &b {k: 1}\nuse: *b\n");
    REQUIRE(ok.root);
    CHECK(ok.root->get("use")->get("k")->i == 1);
}

TEST_CASE("deep nesting is bounded", "[load]") {
    std::string deep(200, '[');
    deep += std::string(200, ']');
    auto p = parse(deep);
    CHECK_FALSE(p.root);
    CHECK(first_error(p) == "1:65: слишком глубокая вложенность: больше 64 уровней");
    std::string chain = "a: &a [[[[[[[[[[1]]]]]]]]]]\nb: &b [*a, [[[[[[[[[[*a]]]]]]]]]]]\n";
    std::string more = chain;
    for (int k = 0; k < 8; ++k)
        more += "c" + std::to_string(k) + ": &c" + std::to_string(k) + " [[[[[[[" +
                (k ? "*c" + std::to_string(k - 1) : std::string("*b")) + "]]]]]]]\n";
    auto q = parse(more);
    CHECK_FALSE(q.root);
    CHECK(first_error(q).find("слишком глубокая вложенность") != std::string::npos);
}

TEST_CASE("size cap per file", "[load]") {
    shnor::load::Limits small;
    small.max_bytes = 10;
    CHECK(first_error(parse("a: 12345678901\n", small)) ==
          "0:0: файл слишком большой: 15 байт, допустимо не более 10");
}

TEST_CASE("yaml-cpp messages are rewritten", "[load]") {
    auto p = parse("a: [1, 2\n");
    CHECK_FALSE(p.root);
    CHECK(first_error(p).find("не хватает закрывающей скобки ]") != std::string::npos);
    auto q = parse("a: \"\\q\"\n");
    CHECK(first_error(q).find("неизвестная escape-последовательность") != std::string::npos);
}

TEST_CASE("tags other than !!str are refused", "[load]") {
    CHECK(first_error(parse("a: !!int 5\n")).find("теги YAML не поддерживаются") !=
          std::string::npos);
    auto p = parse("a: !!str 5\n");
    REQUIRE(p.root);
    CHECK(p.root->get("a")->kind == Kind::String);
}

TEST_CASE("core schema numbers, edge by edge", "[load]") {
    auto p = parse(
        "a: +5\nb: -0x1F\nc: 0o17\nd: 1e3\ne: .5\nf: 5.\ng: -.inf\nh: .nan\ni: 1e\nj: .\n"
        "k: 1.2.3\nl: 99999999999999999999\nm: 0o8\nn: +\no: 2021-03-01\n");
    REQUIRE(p.root);
    const auto& r = *p.root;
    CHECK(r.get("a")->i == 5);
    CHECK(r.get("b")->kind == Kind::String);  // a sign is not allowed before 0x
    CHECK(r.get("c")->i == 15);
    CHECK(r.get("d")->f == 1000.0);
    CHECK(r.get("e")->f == 0.5);
    CHECK(r.get("f")->f == 5.0);
    CHECK(std::isinf(r.get("g")->f));
    CHECK(std::isnan(r.get("h")->f));
    CHECK(r.get("i")->kind == Kind::String);
    CHECK(r.get("j")->kind == Kind::String);
    CHECK(r.get("k")->kind == Kind::String);
    CHECK(r.get("l")->kind == Kind::Float);
    CHECK(r.get("m")->kind == Kind::String);
    CHECK(r.get("n")->kind == Kind::String);
    CHECK(r.get("o")->kind == Kind::String);
}
