#include "scaffold/text.hpp"

#include <catch2/catch.hpp>

#include "load/yaml_loader.hpp"

using namespace shnor;

namespace {

std::string append(const std::string& yaml, const std::string& key, const std::string& item) {
    diag::Sink sink;
    auto root = load::parse_yaml(yaml, "f.yaml", sink);
    REQUIRE(root);
    auto at = scaffold::append_point(yaml, *root, key);
    if (!at) return "<none>";
    return scaffold::apply(
        yaml, {{at->at, 0, (at->needs_newline ? "\n" : "") + at->indent + "- " + item + "\n"}});
}

}  // namespace

TEST_CASE("an item goes after the last one of a block list, before the next key's comments",
          "[scaffold]") {
    CHECK(append("a: 1\nlist:\n  - x: 1\n    y: 2\n\n# about b\nb: 2\n", "list", "x: 3") ==
          "a: 1\nlist:\n  - x: 1\n    y: 2\n  - x: 3\n\n# about b\nb: 2\n");
    CHECK(append("list:\n- 1\n- 2", "list", "3") == "list:\n- 1\n- 2\n- 3\n");
    CHECK(append("list:\n    - 1  # один\n", "list", "2") == "list:\n    - 1  # один\n    - 2\n");
    CHECK(append("list: [1, 2]\n", "list", "3") == "<none>");
    CHECK(append("other: 1\n", "list", "3") == "<none>");
}

TEST_CASE("a scalar is replaced with its quotes, positions in characters", "[scaffold]") {
    std::string yaml = "имя: \"Школа\"\nyear: 2022\n";
    diag::Sink sink;
    auto root = load::parse_yaml(yaml, "f.yaml", sink);
    REQUIRE(root);
    auto e1 = scaffold::replace_scalar(yaml, *root->get("имя"), "Гимназия");
    auto e2 = scaffold::replace_scalar(yaml, *root->get("year"), "2023");
    CHECK(scaffold::apply(yaml, {e1, e2}) == "имя: Гимназия\nyear: 2023\n");
}

TEST_CASE("strings are written plain only when they read back the same", "[scaffold]") {
    CHECK(scaffold::yaml_string("продолжение участия") == "продолжение участия");
    CHECK(scaffold::yaml_string("2022") == "\"2022\"");
    CHECK(scaffold::yaml_string("true") == "\"true\"");
    CHECK(scaffold::yaml_string("Собрание: итоги") == "\"Собрание: итоги\"");
    CHECK(scaffold::yaml_string("9 #А класс") == "\"9 #А класс\"");
}
