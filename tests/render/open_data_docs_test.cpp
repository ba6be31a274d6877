// docs/open-data.md describes every column of every open-data file: the CSV
// header and the JSON key (read from the mini region's goldens).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "support/fixtures.hpp"

namespace {

std::vector<std::string> csv_headers(std::string csv) {
    if (csv.rfind("\xEF\xBB\xBF", 0) == 0) csv.erase(0, 3);
    std::string line = csv.substr(0, csv.find("\r\n"));
    std::vector<std::string> out;
    std::stringstream in(line);
    for (std::string cell; std::getline(in, cell, ';');) out.push_back(cell);
    return out;
}

}  // namespace

TEST_CASE("docs/open-data.md names every CSV header and JSON key", "[render]") {
    std::string docs = shnor::test::read_file(shnor::test::test_dir() + "/../docs/open-data.md");
    for (const char* stem : {"schools", "measures", "indicators", "risk-profiles", "visits",
                             "results", "monitoring"}) {
        std::string base = shnor::test::test_dir() + "/golden/mini/data/" + stem;
        auto json = nlohmann::ordered_json::parse(shnor::test::read_file(base + ".json"));
        REQUIRE(!json.empty());
        auto headers = csv_headers(shnor::test::read_file(base + ".csv"));
        REQUIRE(headers.size() == json.front().size());
        std::size_t k = 0;
        for (const auto& [key, value] : json.front().items()) {
            INFO(stem << ": " << key);
            CHECK(docs.find("| `" + key + "` | " + headers[k] + " |") != std::string::npos);
            ++k;
        }
    }
}
