// Hostile inputs too large to commit as tests/check cases (issue #13 item 10).
#include <algorithm>
#include <catch2/catch.hpp>
#include <sstream>

#include "app/pipeline.hpp"
#include "diag/report.hpp"
#include "support/fixtures.hpp"

using namespace shnor;

namespace {

std::string check_with(const std::string& file, const std::string& text) {
    fs::MemoryFileSystem mem;
    test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
    mem.files["content/" + file] = text;
    auto r = app::run_pipeline({}, mem, app::Stop::AfterCheck);
    std::ostringstream out;
    for (const auto& d : r.sink.sorted())
        out << d.loc.file << ":" << d.loc.line << ":" << d.loc.column << ": " << d.message << "\n";
    return out.str();
}

}  // namespace

TEST_CASE("a 33,000-character short name fails at its field, not in the PDF", "[check]") {
    auto school =
        test::read_file(test::test_dir() + "/fixtures/mini/content/schools/sosh-1/school.yaml");
    auto at = school.find("short_name: ");
    auto end = school.find('\n', at);
    school.replace(at, end - at, "short_name: " + std::string(33000, 'x'));
    auto report = check_with("schools/sosh-1/school.yaml", school);
    CHECK(report.rfind("content/schools/sosh-1/school.yaml:3:13: строка \"xxx", 0) == 0);
    CHECK(report.find("длиннее 150 символов (в ней 33000)\n") != std::string::npos);
    CHECK(std::count(report.begin(), report.end(), '\n') == 1);
}

TEST_CASE("the node limit of a file without aliases does not blame aliases", "[check]") {
    std::string people = "people:\n";
    for (int i = 0; i < 50001; ++i) people += "  - [a, b]\n";
    auto report = check_with("people.yaml", people);
    CHECK(report.find("слишком много элементов в файле: больше 100000") != std::string::npos);
    CHECK(report.find("алиас") == std::string::npos);
}

TEST_CASE("an IDN website passes the schema and is linked on the school page", "[check]") {
    fs::MemoryFileSystem mem;
    test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
    test::add_dir(mem, test::test_dir() + "/check/idn-website/content", "content");
    auto r = app::run_pipeline({}, mem, app::Stop::AfterRender);
    REQUIRE(r.ok());
    CHECK(r.files.at("schools/sosh-1/index.html").find("href=\"https://пример.рф/школа-1\"") !=
          std::string::npos);
}
