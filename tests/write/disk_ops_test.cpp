// The real disk's operations that staging and the content writer rely on.
#include "write/disk_ops.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

using namespace shnor;
namespace stdfs = std::filesystem;

TEST_CASE("remove_tree removes a whole tree and never follows a symbolic link", "[write]") {
    auto root = stdfs::temp_directory_path() / "shnor-test-remove-tree";
    stdfs::remove_all(root);
    auto tree = root / "tree";
    auto outside = root / "outside";
    stdfs::create_directories(tree / "schools" / "a" / "2021");
    stdfs::create_directories(tree / "empty");
    stdfs::create_directories(outside / "keep");
    std::ofstream(outside / "keep" / "file.txt") << "keep\n";
    for (const char* f : {"index.html", "schools/a/index.html", "schools/a/2021/plan.pdf"})
        std::ofstream(tree / f) << "x\n";
    stdfs::create_directory_symlink(outside / "keep", tree / "schools" / "link-to-folder");
    stdfs::create_symlink(outside / "keep" / "file.txt", tree / "link-to-file");
    REQUIRE(::mkfifo((tree / "pipe").c_str(), 0600) == 0);

    auto& disk = write::real_disk();
    CHECK(disk.remove_tree(tree.string()) == 0);
    CHECK_FALSE(stdfs::exists(stdfs::symlink_status(tree)));
    // What the links pointed at is untouched.
    CHECK(stdfs::exists(outside / "keep" / "file.txt"));

    SECTION("a single file, a link, and a path that is not there") {
        std::ofstream(root / "file") << "x\n";
        stdfs::create_directory_symlink(outside, root / "link");
        CHECK(disk.remove_tree((root / "file").string()) == 0);
        CHECK(disk.remove_tree((root / "link").string()) == 0);
        CHECK(disk.remove_tree((root / "nowhere").string()) == 0);
        CHECK_FALSE(stdfs::exists(root / "file"));
        CHECK_FALSE(stdfs::exists(stdfs::symlink_status(root / "link")));
        CHECK(stdfs::exists(outside / "keep" / "file.txt"));
    }
    stdfs::remove_all(root);
}
