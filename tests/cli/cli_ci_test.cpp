// `check --format gitlab|github` as the CI recipes of docs/ci/ run it: the
// report alone on the output (nothing else is printed), the exit code telling the job to fail.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "support/fixtures.hpp"
#include "support/run_shnor.hpp"

namespace stdfs = std::filesystem;
using shnor::test::run_shnor;

TEST_CASE("check --format gitlab writes a Code Quality report and exits 1 on errors", "[cli]") {
    auto mini = shnor::test::test_dir() + "/fixtures/mini/content";
    auto clean = run_shnor("check --format gitlab --content " + mini);
    CHECK(clean.code == 0);
    CHECK(clean.output == "[]\n");

    auto dir = stdfs::temp_directory_path() / "shnor-cli-gitlab";
    stdfs::remove_all(dir);
    stdfs::copy(mini, dir, stdfs::copy_options::recursive);
    std::ofstream(dir / "people.yaml", std::ios::app) << "  - id: a\n    id: b\n";
    auto bad = run_shnor("check --format gitlab --content " + dir.string());
    CHECK(bad.code == 1);
    auto json = nlohmann::json::parse(bad.output);
    REQUIRE(json.size() >= 1);
    CHECK(json[0]["location"]["path"] == (dir / "people.yaml").string());
    CHECK(json[0]["location"]["lines"]["begin"] == 18);
    CHECK(json[0]["description"].get<std::string>().rfind("ключ \"id\" повторяется", 0) == 0);
    stdfs::remove_all(dir);
}
