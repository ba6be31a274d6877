// The JSON copies of the schemas for editors carry each enum value's Russian
// label (markdownEnumDescriptions, which yaml-language-server shows in
// completion), taken from model/labels; tests/editor/ checks the editor.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "validate/content_schemas.hpp"
#include "validate/schema.hpp"

namespace {

// Enums of Russian words (a municipality's kind) need no labels.
bool english_codes(const nlohmann::json& values) {
    for (const auto& v : values) {
        if (!v.is_string()) return false;
        for (unsigned char c : v.get<std::string>())
            if (c >= 0x80) return false;
    }
    return true;
}

int check_enums(const nlohmann::json& j) {
    int n = 0;
    if (j.is_object() && j.contains("enum") && english_codes(j["enum"])) {
        INFO(j.dump());
        REQUIRE(j.contains("markdownEnumDescriptions"));
        const auto& labels = j["markdownEnumDescriptions"];
        REQUIRE(labels.size() == j["enum"].size());
        for (std::size_t i = 0; i < labels.size(); ++i) CHECK(labels[i] != j["enum"][i]);
        ++n;
    }
    if (j.is_structured())
        for (const auto& item : j) n += check_enums(item);
    return n;
}

}  // namespace

TEST_CASE("exported schemas describe every enum value in Russian", "[schema]") {
    shnor::diag::Sink sink;
    auto set = shnor::validate::builtin_schemas(sink);
    REQUIRE(set);
    int enums = 0;
    for (const auto& [name, root] : set->sources)
        enums += check_enums(nlohmann::json::parse(shnor::validate::schema_to_json(*root)));
    CHECK(enums >= 5);

    auto doc = nlohmann::json::parse(
        shnor::validate::schema_to_json(*set->sources.at("document.schema.yaml")));
    auto kind = doc["properties"]["kind"];
    CHECK(kind["enum"] == nlohmann::json({"concept", "programme", "antirisk"}));
    CHECK(kind["markdownEnumDescriptions"][2].get<std::string>().find("антирисков") !=
          std::string::npos);
}
