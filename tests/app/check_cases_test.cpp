// One folder per case under tests/check/: the mini fixture region with the
// case's files laid over it, and expected.txt with the exact report.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/pipeline.hpp"
#include "diag/report.hpp"
#include "support/fixtures.hpp"

namespace stdfs = std::filesystem;
using namespace shnor;

namespace {

std::string run_case(const std::string& dir) {
    fs::MemoryFileSystem mem;
    test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
    if (stdfs::exists(dir + "/content")) test::add_dir(mem, dir + "/content", "content");
    app::Options options;
    options.strict = stdfs::exists(dir + "/strict");
    auto r = app::run_pipeline(options, mem, app::Stop::AfterCheck);
    std::ostringstream out;
    diag::report(r.sink, r.sources, diag::Format::Text, out);
    out << diag::summary(r.sink.errors(), r.sink.warnings()) << "\n";
    return out.str();
}

}  // namespace

TEST_CASE("check cases: exact reports", "[check][golden]") {
    std::vector<std::string> cases;
    for (const auto& e : stdfs::directory_iterator(test::test_dir() + "/check"))
        if (e.is_directory()) cases.push_back(e.path().string());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 10);
    for (const auto& dir : cases) {
        DYNAMIC_SECTION(stdfs::path(dir).filename().string()) {
            std::string actual = run_case(dir);
            if (test::updating_goldens()) {
                std::ofstream(dir + "/expected.txt", std::ios::binary) << actual;
            } else {
                CHECK(actual == test::read_file(dir + "/expected.txt"));
            }
        }
    }
}

// A huge file is generated here rather than committed as a fixture.
TEST_CASE("check cases: a huge file is refused before parsing", "[check]") {
    fs::MemoryFileSystem mem;
    test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
    mem.files["content/people.yaml"] = "people:\n" + std::string(3u << 20, '#') + "\n";
    auto r = app::run_pipeline({}, mem, app::Stop::AfterCheck);
    std::ostringstream out;
    diag::report(r.sink, r.sources, diag::Format::Text, out);
    CHECK(out.str() ==
          "content/people.yaml: ошибка: файл слишком большой: 3145737 байт, допустимо не более "
          "2097152\n");
}
