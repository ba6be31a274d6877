// The disk output: lock, refusals, staging and the swap (issue #13 items
// 1, 2, 3, 4, 6).
#include "write/staged_output.hpp"

#include <catch2/catch.hpp>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <thread>

#include "support/fixtures.hpp"
#include "write/faulty_disk.hpp"
#include "write/site_writer.hpp"

using namespace shnor;
namespace stdfs = std::filesystem;

namespace {

stdfs::path temp_dir(const std::string& name) {
    auto d = stdfs::temp_directory_path() / ("shnor-test-staged-" + name);
    stdfs::remove_all(d);
    stdfs::create_directories(d);
    return d;
}

std::vector<std::string> names(const stdfs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : stdfs::directory_iterator(dir)) out.push_back(e.path().filename());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("an output folder that cannot be made is an error naming it", "[write]") {
    auto base = temp_dir("parent");
    std::ofstream(base / "par") << "a file, not a folder";
    auto out = (base / "par" / "site").string();
    write::StagedOutput staged(out, "");
    CHECK_FALSE(staged.put("index.html", "x"));
    CHECK_FALSE(staged.commit());
    CHECK(staged.failure().rfind("не удалось создать папку вывода \"" + out + "\": ", 0) == 0);
    CHECK(staged.failure().find("часть пути не является папкой") != std::string::npos);
}

TEST_CASE("a second build into the same folder fails at once, clearly", "[write]") {
    auto base = temp_dir("lock");
    auto out = (base / "site").string();
    write::StagedOutput first(out, "");
    REQUIRE(first.failure().empty());
    write::StagedOutput second(out, "");
    CHECK(second.failure() == "в папку вывода \"" + out +
                                  "\" сейчас пишет другая сборка shnor (блокировка "
                                  "\".site.shnor-lock\"): дождитесь её окончания");
    CHECK(second.staging().empty());
    REQUIRE(first.put("index.html", "first"));
    REQUIRE(first.commit());
    CHECK(test::read_file(out + "/index.html") == "first");
}

TEST_CASE("the output may neither contain nor lie inside the content", "[write]") {
    auto base = temp_dir("overlap");
    stdfs::create_directories(base / "site" / "content");
    stdfs::create_directories(base / "content");
    std::ofstream(base / "content" / "region.yaml") << "name: x";
    std::ofstream(base / "site" / "content" / "region.yaml") << "name: x";
    stdfs::create_directory_symlink(base / "content", base / "link");

    write::StagedOutput inside((base / "content" / "site").string(), (base / "content").string());
    CHECK(inside.failure().find("находится внутри папки содержимого") != std::string::npos);
    write::StagedOutput around((base / "site").string(), (base / "site" / "content").string());
    CHECK(around.failure().find("находится внутри папки вывода") != std::string::npos);
    write::StagedOutput via_link((base / "link" / "out").string(), (base / "content").string());
    CHECK(via_link.failure().find("находится внутри папки содержимого") != std::string::npos);
    write::StagedOutput same((base / "link").string(), (base / "content").string());
    CHECK_FALSE(same.failure().empty());
    CHECK(names(base / "content") == std::vector<std::string>{"region.yaml"});
    CHECK(names(base / "site") == std::vector<std::string>{"content"});
}

TEST_CASE("a folder named README.md is user data, not the README exception", "[write]") {
    auto base = temp_dir("readme-dir");
    stdfs::create_directories(base / "site" / "README.md");
    std::ofstream(base / "site" / "README.md" / "notes.txt") << "precious";
    diag::Sink sink;
    CHECK_FALSE(write::write_site({{"index.html", "x"}}, (base / "site").string(), "", sink));
    CHECK(test::read_file((base / "site" / "README.md" / "notes.txt").string()) == "precious");
}

TEST_CASE("staging folders are unique and the swap leaves nothing behind", "[write]") {
    auto base = temp_dir("swap");
    auto out = (base / "site").string();
    std::string first_staging;
    {
        write::StagedOutput a(out, "");
        first_staging = a.staging();
        CHECK(stdfs::exists(first_staging + "/" + write::kMarker));
        REQUIRE(a.put("old.html", "old"));
        REQUIRE(a.commit());
    }
    write::StagedOutput b(out, "");
    CHECK(b.staging() != first_staging);
    REQUIRE(b.put("new.html", "new"));
    REQUIRE(b.commit());
    CHECK(names(base / "site") == std::vector<std::string>{".shnor-output", "new.html"});
    CHECK(names(base) == std::vector<std::string>{".site.shnor-lock", "site"});
}

TEST_CASE("a build destroyed without commit removes its staging folder", "[write]") {
    auto base = temp_dir("abandon");
    auto out = (base / "site").string();
    {
        write::StagedOutput a(out, "");
        REQUIRE(a.put("index.html", "x"));
    }
    CHECK(names(base) == std::vector<std::string>{".site.shnor-lock"});
}

TEST_CASE("leftovers of a killed build are recognised and removed", "[write]") {
    auto base = temp_dir("leftovers");
    auto out = (base / "site").string();
    stdfs::create_directories(base / ".site.shnor-new-999-0" / "a");
    std::ofstream(base / ".site.shnor-new-999-0" / write::kMarker) << "shnor\n";
    stdfs::create_directories(base / ".site.shnor-new-keep");  // no marker: not ours
    std::ofstream(base / ".site.shnor-new-keep" / "notes.txt") << "user data";
    stdfs::create_directories(base / ".site.shnor-new-999-1");  // empty: killed before marking
    // The old two-rename writer killed between its renames: the old site is
    // put back before anything else.
    stdfs::create_directories(base / ".site.shnor-old");
    std::ofstream(base / ".site.shnor-old" / write::kMarker) << "shnor\n";
    std::ofstream(base / ".site.shnor-old" / "index.html") << "old";
    {
        write::StagedOutput a(out, "");
        CHECK(test::read_file(out + "/index.html") == "old");
        REQUIRE(a.put("index.html", "new"));
        REQUIRE(a.commit());
    }
    CHECK(names(base) ==
          std::vector<std::string>{".site.shnor-lock", ".site.shnor-new-keep", "site"});
}

TEST_CASE("reuse links the previous site's file, and put never writes through it", "[write]") {
    auto base = temp_dir("reuse");
    auto out = (base / "site").string();
    diag::Sink sink;
    REQUIRE(write::write_site({{"a/kept.html", "kept"}, {"b.html", "old b"}}, out, "", sink));
    write::StagedOutput staged(out, "");
    CHECK(staged.reuse("a/kept.html"));
    CHECK_FALSE(staged.reuse("missing.html"));
    REQUIRE(staged.reuse("b.html"));
    REQUIRE(staged.put("b.html", "new b"));  // replaces the link, not the old file
    CHECK(test::read_file(out + "/b.html") == "old b");
    REQUIRE(staged.commit());
    CHECK(test::read_file(out + "/a/kept.html") == "kept");
    CHECK(test::read_file(out + "/b.html") == "new b");
}

TEST_CASE("reused files are linked on several threads at commit", "[write]") {
    auto base = temp_dir("reuse-threads");
    auto out = (base / "site").string();
    write::OutputSet before;
    for (int i = 0; i < 300; ++i)
        before["s" + std::to_string(i % 17) + "/f" + std::to_string(i) + ".html"] =
            std::to_string(i);
    diag::Sink sink;
    REQUIRE(write::write_site(before, out, "", sink));
    write::StagedOutput staged(out, "");
    for (const auto& [rel, _] : before) REQUIRE(staged.reuse(rel));
    REQUIRE(staged.put("s3/f3.html", "new"));  // written over its link: the new file wins
    REQUIRE(staged.commit(4));
    for (const auto& [rel, bytes] : before)
        CHECK(test::read_file(out + "/" + rel) == (rel == "s3/f3.html" ? "new" : bytes));
}

TEST_CASE("a reused file that vanished before the commit fails it, the old site stays", "[write]") {
    auto base = temp_dir("reuse-vanished");
    auto out = (base / "site").string();
    diag::Sink sink;
    REQUIRE(write::write_site({{"a/kept.html", "kept"}, {"b.html", "b"}}, out, "", sink));
    write::StagedOutput staged(out, "");
    REQUIRE(staged.reuse("a/kept.html"));
    REQUIRE(staged.reuse("b.html"));
    CHECK_FALSE(staged.wrote());  // reuses are not writes
    std::filesystem::remove(out + "/a/kept.html");
    CHECK_FALSE(staged.commit());
    CHECK(staged.failure().find("site/a/kept.html") != std::string::npos);
    CHECK(test::read_file(out + "/b.html") == "b");
}

TEST_CASE("schools writing in parallel share folders safely", "[write]") {
    auto base = temp_dir("parallel");
    auto out = (base / "site").string();
    write::StagedOutput staged(out, "");
    std::vector<std::thread> threads;
    for (int t = 0; t < 8; ++t)
        threads.emplace_back([&staged, t] {
            for (int i = 0; i < 50; ++i) {
                auto rel = "schools/s" + std::to_string(i % 5) + "/deep/f" + std::to_string(t) +
                           "-" + std::to_string(i) + ".html";
                auto stream = staged.open(rel);
                stream->write("part ");
                stream->write(rel);
                CHECK(stream->close());
            }
        });
    for (auto& t : threads) t.join();
    REQUIRE(staged.commit());
    CHECK(test::read_file(out + "/schools/s3/deep/f7-48.html") ==
          "part schools/s3/deep/f7-48.html");
}

TEST_CASE("reuse copies where the file system refuses a hard link", "[write]") {
    auto base = temp_dir("reuse-copy");
    auto out = (base / "site").string();
    diag::Sink sink;
    REQUIRE(write::write_site({{"a/kept.html", "kept"}}, out, "", sink));
    // Calls: 1 lock, 2 mkdir staging, 3-5 the marker, then at commit 6
    // mkdir a, 7 the link.
    test::FaultyDisk disk(7, EXDEV);
    write::StagedOutput staged(out, "", disk);
    REQUIRE(staged.reuse("a/kept.html"));
    REQUIRE(staged.commit());
    CHECK(disk.fired_op() == "link");
    CHECK(test::read_file(out + "/a/kept.html") == "kept");
}
