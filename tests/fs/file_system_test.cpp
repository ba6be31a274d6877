#include "fs/file_system.hpp"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace shnor;
namespace stdfs = std::filesystem;

TEST_CASE("symbolic links in content are refused, not followed", "[fs]") {
    auto root = stdfs::temp_directory_path() / "shnor-test-symlink";
    stdfs::remove_all(root);
    stdfs::create_directories(root / "schools");
    std::ofstream(root / "region.yaml") << "name: x\n";
    stdfs::create_symlink("/etc/passwd", root / "schools" / "passwd.yaml");
    stdfs::create_directory_symlink("/etc", root / "etc");
    fs::DiskFileSystem disk;
    diag::Sink sink;
    auto files = disk.list(root.string(), sink);
    CHECK(files == std::vector<std::string>{"region.yaml"});
    CHECK(sink.errors() == 2);
    for (const auto& d : sink.all())
        CHECK(d.message ==
              "символические ссылки не допускаются: данные должны лежать в самой папке");
}

TEST_CASE("the listing holds every regular file, sorted, skips hidden entries, refuses others",
          "[fs]") {
    auto root = stdfs::temp_directory_path() / "shnor-test-listing";
    stdfs::remove_all(root);
    stdfs::create_directories(root / "schools" / "b" / "2021");
    stdfs::create_directories(root / "schools" / "a");
    stdfs::create_directories(root / ".git" / "objects");
    for (const char* f : {"region.yaml", "schools/b/2021/plan.yaml", "schools/b/school.yaml",
                          "schools/a/school.yaml", ".git/objects/x", "schools/a/.school.yaml.swp"})
        std::ofstream(root / f) << "x: 1\n";
    REQUIRE(::mkfifo((root / "schools" / "pipe.yaml").c_str(), 0600) == 0);
    fs::DiskFileSystem disk;
    diag::Sink sink;
    auto files = disk.list(root.string(), sink);
    CHECK(files == std::vector<std::string>{"region.yaml", "schools/a/school.yaml",
                                            "schools/b/2021/plan.yaml", "schools/b/school.yaml"});
    REQUIRE(sink.errors() == 1);
    CHECK(sink.all()[0].loc.file == (root / "schools" / "pipe.yaml").string());
    CHECK(sink.all()[0].message == "это не обычный файл");
    diag::Sink missing;
    CHECK(disk.list((root / "nowhere").string(), missing).empty());
    REQUIRE(missing.errors() == 1);
    CHECK(missing.all()[0].message.rfind("не удалось открыть папку с данными: ", 0) == 0);
    stdfs::remove_all(root);
}

TEST_CASE("oversized files are not read", "[fs]") {
    auto root = stdfs::temp_directory_path() / "shnor-test-big";
    stdfs::remove_all(root);
    stdfs::create_directories(root);
    std::ofstream(root / "big.yaml") << std::string(5000, 'a');
    fs::DiskFileSystem disk;
    diag::Sink sink;
    CHECK_FALSE(disk.read(root.string(), "big.yaml", 1000, sink));
    REQUIRE(sink.errors() == 1);
    CHECK(sink.all()[0].message == "файл слишком большой: 5000 байт, допустимо не более 1000");
}

TEST_CASE("a directory where a file is expected is an error, not a crash", "[fs]") {
    auto root = stdfs::temp_directory_path() / "shnor-test-dir";
    stdfs::remove_all(root);
    stdfs::create_directories(root / "region.yaml");
    fs::DiskFileSystem disk;
    diag::Sink sink;
    CHECK(disk.list(root.string(), sink).empty());
    CHECK_FALSE(sink.has_errors());
}

TEST_CASE("a scoped listing: one folder's files, or the folders below a level named, not entered",
          "[fs]") {
    auto root = stdfs::temp_directory_path() / "shnor-test-scope";
    stdfs::remove_all(root);
    const std::vector<std::string> all{"region.yaml",           "schools/a-b/school.yaml",
                                       "schools/a/2021/p.yaml", "schools/a/school.yaml",
                                       "schools/readme.yaml",   "pages/x.md"};
    fs::MemoryFileSystem memory;
    for (const auto& f : all) {
        stdfs::create_directories((root / f).parent_path());
        std::ofstream(root / f) << "x: 1\n";
        memory.files[(root / f).string()] = "x: 1\n";
    }
    stdfs::create_directories(root / "schools" / "empty");
    fs::DiskFileSystem disk;
    for (const fs::FileSystem* fs :
         {static_cast<const fs::FileSystem*>(&disk), static_cast<const fs::FileSystem*>(&memory)}) {
        diag::Sink sink;
        auto top = fs->list(root.string(), fs::Scope{"", "schools"}, sink);
        CHECK(top.files ==
              std::vector<std::string>{"pages/x.md", "region.yaml", "schools/readme.yaml"});
        // An empty folder exists on disk only.
        auto folders = std::vector<std::string>{"schools/a", "schools/a-b"};
        if (fs == &disk) folders.push_back("schools/empty");
        CHECK(top.folders == folders);
        auto one = fs->list(root.string(), fs::Scope{"schools/a", ""}, sink);
        CHECK(one.files ==
              std::vector<std::string>{"schools/a/2021/p.yaml", "schools/a/school.yaml"});
        CHECK(one.folders.empty());
        // On disk each file's stamp comes with the listing, the same as stamp() gives.
        if (fs == &disk) {
            REQUIRE(one.stamps.size() == one.files.size());
            for (std::size_t i = 0; i < one.files.size(); ++i) {
                REQUIRE(one.stamps[i]);
                CHECK(*one.stamps[i] == *disk.stamp(root.string(), one.files[i]));
            }
        }
        CHECK(fs->list(root.string(), sink).size() == all.size());
        CHECK_FALSE(sink.has_errors());
    }
    stdfs::remove_all(root);
}
