// `shnor new year` on a copy of the example region: what it carries over
// (pinned in golden/new-year-2023.txt) and that check then gives only TODO warnings.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support/fixtures.hpp"
#include "support/run_shnor.hpp"
#include "support/temp_content.hpp"

namespace stdfs = std::filesystem;
using shnor::test::run_shnor;

namespace {

std::string example_region() { return shnor::test::test_dir() + "/../content"; }

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

}  // namespace

TEST_CASE("new year 2023 on the example region carries over what the golden list says",
          "[scaffold][golden]") {
    auto content = shnor::test::temp_content(example_region(), "shnor-new-year");
    auto before = shnor::test::check_folder(content);
    REQUIRE(before.ok());

    auto r = run_shnor("new year 2023 --content " + content);
    INFO(r.output);
    REQUIRE(r.code == 0);
    std::string listed = replace_all(r.output, content, "content");
    auto golden = shnor::test::test_dir() + "/scaffold/golden/new-year-2023.txt";
    if (shnor::test::updating_goldens()) std::ofstream(golden, std::ios::binary) << listed;
    CHECK(listed == shnor::test::read_file(golden));

    auto after = shnor::test::check_folder(content);
    CHECK(after.sink.errors() == 0);
    CHECK(shnor::test::other_warnings(after) == shnor::test::other_warnings(before));
    CHECK(shnor::test::todo_warnings(after) > 0);
    // Only the catalogue's replaces line goes; a school that left is not continued.
    auto catalogue = shnor::test::read_file(content + "/catalogue/2023.yaml");
    CHECK(catalogue.find("year: 2023\n") != std::string::npos);
    CHECK(catalogue.find("replaces:") != std::string::npos);  // in the header comment only
    CHECK(catalogue.find("    replaces: rf06\n") == std::string::npos);
    CHECK(shnor::test::read_file(content + "/schools/sosh-3-ensk/school.yaml").find("year: 2023") ==
          std::string::npos);
    CHECK(stdfs::exists(content + "/schools/sosh-uzlovaya/2023/antirisk-rf04.yaml"));

    // The same year again, or a year that skips one, is refused and writes nothing.
    auto region = shnor::test::read_file(content + "/region.yaml");
    auto again = run_shnor("new year 2023 --content " + content);
    CHECK(again.code == 2);
    CHECK(again.output.find("2023 год уже есть в region.yaml") != std::string::npos);
    auto skip = run_shnor("new year 2025 --content " + content);
    CHECK(skip.code == 2);
    CHECK(skip.output ==
          "shnor new year: новый год программы следует за последним (2023): 2024, а не 2025\n");
    CHECK(shnor::test::read_file(content + "/region.yaml") == region);
}

TEST_CASE("new year keeps its output the same run after run", "[scaffold]") {
    auto a = shnor::test::temp_content(example_region(), "shnor-new-year-a");
    auto b = shnor::test::temp_content(example_region(), "shnor-new-year-b");
    REQUIRE(run_shnor("new year 2023 --content " + a).code == 0);
    REQUIRE(run_shnor("new year 2023 --content " + b).code == 0);
    for (const auto& e : stdfs::recursive_directory_iterator(a)) {
        if (!e.is_regular_file()) continue;
        auto rel = stdfs::relative(e.path(), a).string();
        INFO(rel);
        CHECK(shnor::test::read_file(e.path().string()) == shnor::test::read_file(b + "/" + rel));
    }
}

TEST_CASE("new year refuses a tree with errors and writes nothing", "[scaffold]") {
    auto content = shnor::test::temp_content(example_region(), "shnor-new-year-bad");
    std::ofstream(content + "/municipalities.yaml", std::ios::app) << "  - id: ensk\n    name: x\n";
    auto r = run_shnor("new year 2023 --content " + content);
    CHECK(r.code == 1);
    CHECK(r.output.find("shnor new year: ничего не записано: сначала исправьте ошибки в данных") !=
          std::string::npos);
    CHECK(r.output.find("content/municipalities.yaml") != std::string::npos);
    CHECK_FALSE(stdfs::exists(content + "/catalogue/2023.yaml"));
}

TEST_CASE("new year never overwrites: one path in the way and nothing is written", "[scaffold]") {
    // A file there would be a content error, which the command refuses before planning:
    // an (empty) folder in the way leaves the content valid.
    auto content = shnor::test::temp_content(example_region(), "shnor-new-year-taken");
    stdfs::create_directories(content + "/schools/sosh-uzlovaya/2023/antirisk-rf04.yaml");
    auto region = shnor::test::read_file(content + "/region.yaml");
    auto r = run_shnor("new year 2023 --content " + content);
    INFO(r.output);
    CHECK(r.code == 1);
    CHECK(r.output.find("sosh-uzlovaya/2023/antirisk-rf04.yaml: ошибка: файл уже существует: "
                        "команда не перезаписывает файлы") != std::string::npos);
    CHECK(shnor::test::read_file(content + "/region.yaml") == region);
    CHECK_FALSE(stdfs::exists(content + "/catalogue/2023.yaml"));
    CHECK(stdfs::is_empty(content + "/schools/sosh-uzlovaya/2023/antirisk-rf04.yaml"));
}
