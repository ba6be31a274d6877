#include "write/content_writer.hpp"

#include <catch2/catch.hpp>
#include <cerrno>
#include <filesystem>
#include <fstream>

#include "support/fixtures.hpp"
#include "write/faulty_disk.hpp"

namespace stdfs = std::filesystem;
using namespace shnor;

namespace {

std::string fresh(const std::string& name) {
    auto dir = stdfs::temp_directory_path() / name;
    stdfs::remove_all(dir);
    stdfs::create_directories(dir / "schools");
    std::ofstream(dir / "region.yaml") << "name: x\n";
    return dir.string();
}

std::map<std::string, std::string> snapshot(const std::string& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : stdfs::recursive_directory_iterator(dir))
        out[stdfs::relative(e.path(), dir).string()] =
            e.is_regular_file() ? test::read_file(e.path().string()) : "<dir>";
    return out;
}

write::ContentChanges changes() {
    return {
        {{"schools/sosh-9/school.yaml", "id: sosh-9\n"}, {"catalogue/2023.yaml", "year: 2023\n"}},
        {{"region.yaml", "name: y\n"}}};
}

}  // namespace

TEST_CASE("content writer writes new and edited files", "[write][new]") {
    auto dir = fresh("shnor-content-writer");
    diag::Sink sink;
    REQUIRE(write::write_content(dir, changes(), sink));
    CHECK(test::read_file(dir + "/schools/sosh-9/school.yaml") == "id: sosh-9\n");
    CHECK(test::read_file(dir + "/catalogue/2023.yaml") == "year: 2023\n");
    CHECK(test::read_file(dir + "/region.yaml") == "name: y\n");
    CHECK(snapshot(dir).size() == 6);  // no temporary file left behind
}

TEST_CASE("content writer never overwrites and never leaves the folder", "[write][new]") {
    auto dir = fresh("shnor-content-writer-refuse");
    std::ofstream(dir + "/schools/taken.yaml") << "mine\n";
    auto before = snapshot(dir);
    write::ContentChanges c = changes();
    c.created["schools/taken.yaml"] = "theirs\n";
    diag::Sink sink;
    CHECK_FALSE(write::write_content(dir, c, sink));
    REQUIRE(sink.errors() == 1);
    CHECK(sink.all()[0].loc.file == dir + "/schools/taken.yaml");
    CHECK(sink.all()[0].message == "файл уже существует: команда не перезаписывает файлы");
    CHECK(snapshot(dir) == before);  // nothing at all was written

    diag::Sink outside;
    CHECK_FALSE(write::write_content(dir, {{{"../escape.yaml", "x"}}, {}}, outside));
    CHECK(outside.all().at(0).message == "путь вне папки с данными");
    CHECK_FALSE(stdfs::exists(stdfs::path(dir).parent_path() / "escape.yaml"));
}

TEST_CASE("content writer failing at any step leaves the folder as it was", "[write][new]") {
    for (int step = 1;; ++step) {
        auto dir = fresh("shnor-content-writer-fault");
        auto before = snapshot(dir);
        test::FaultyDisk disk(step, ENOSPC);
        diag::Sink sink;
        bool ok = write::write_content(dir, changes(), sink, disk);
        if (!disk.fired()) {
            CHECK(ok);
            CHECK(step > 5);
            break;
        }
        INFO("step " << step << ": " << disk.fired_op());
        CHECK_FALSE(ok);
        CHECK(sink.errors() == 1);
        CHECK(snapshot(dir) == before);
    }
}
