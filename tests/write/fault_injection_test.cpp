// Every changing disk call of a build made to fail in turn, and a build
// "killed" at every step (issue #13 items 6 and 7, and the fault-injection
// test): the output folder always holds the whole old or the whole new site,
// a failure is always reported, and the next build cleans up.
#include <catch2/catch.hpp>
#include <cerrno>
#include <filesystem>
#include <fstream>

#include "support/fixtures.hpp"
#include "write/faulty_disk.hpp"
#include "write/site_writer.hpp"

using namespace shnor;
namespace stdfs = std::filesystem;

namespace {

const write::OutputSet kOld = {{"index.html", "old"}, {"a/b.html", "old b"}};
const write::OutputSet kNew = {
    {"index.html", "new"}, {"a/c.html", "new c"}, {"d/e/f.html", "new f"}};

// The files under dir (the marker aside), as a site.
write::OutputSet tree(const stdfs::path& dir) {
    write::OutputSet out;
    for (const auto& e : stdfs::recursive_directory_iterator(dir)) {
        auto rel = stdfs::relative(e.path(), dir).string();
        if (e.is_regular_file() && rel != write::kMarker) out[rel] = test::read_file(e.path());
    }
    return out;
}

std::vector<std::string> names(const stdfs::path& dir) {
    std::vector<std::string> out;
    for (const auto& e : stdfs::directory_iterator(dir)) out.push_back(e.path().filename());
    std::sort(out.begin(), out.end());
    return out;
}

stdfs::path old_site(const std::string& name) {
    auto base = stdfs::temp_directory_path() / ("shnor-test-fault-" + name);
    stdfs::remove_all(base);
    stdfs::create_directories(base);
    diag::Sink sink;
    REQUIRE(write::write_site(kOld, (base / "site").string(), "", sink));
    return base;
}

}  // namespace

TEST_CASE("a failure at any step keeps the old site and is reported", "[write][fault]") {
    const int errs[] = {ENOSPC, EDQUOT, EIO, EACCES};
    int steps = 0;
    for (int n = 1;; ++n) {
        auto base = old_site("step");
        test::FaultyDisk disk(n, errs[n % 4]);
        diag::Sink sink;
        bool ok = write::write_site(kNew, (base / "site").string(), "", sink, disk);
        if (!disk.fired()) {
            REQUIRE(ok);
            break;
        }
        INFO("step " << n << ": " << disk.fired_op());
        ++steps;
        if (ok) {
            // Only the folder flush after the swap may fail without failing.
            CHECK(disk.fired_op() == "fsync");
            CHECK(tree(base / "site") == kNew);
        } else {
            CHECK(tree(base / "site") == kOld);
            REQUIRE(sink.errors() == 1);
            CHECK(sink.all()[0].message.find(write::errno_ru(errs[n % 4])) != std::string::npos);
        }
        CHECK(names(base) == std::vector<std::string>{".site.shnor-lock", "site"});
    }
    CHECK(steps >= 20);  // lock, folders, files, writes, closes, marker, sync, swap
}

TEST_CASE("a full disk and an exceeded quota are named, with the file", "[write][fault]") {
    auto base = old_site("messages");
    auto out = (base / "site").string();
    // Calls: mkdir parent is skipped (exists); 1 lock, 2 mkdir staging,
    // 3-5 the marker (create, write, close), 6 create index.html, 7 write it.
    test::FaultyDisk full(7, ENOSPC);
    diag::Sink sink;
    CHECK_FALSE(write::write_site({{"index.html", "x"}}, out, "", sink, full));
    REQUIRE(sink.errors() == 1);
    CHECK(sink.all()[0].message ==
          "не удалось записать файл \"" + out + "/index.html\": нет места на диске");
    test::FaultyDisk quota(8, EDQUOT);  // the close
    diag::Sink q;
    CHECK_FALSE(write::write_site({{"index.html", "x"}}, out, "", q, quota));
    REQUIRE(q.errors() == 1);
    CHECK(q.all()[0].message ==
          "не удалось записать файл \"" + out + "/index.html\": превышена квота");
    CHECK(tree(base / "site") == kOld);
}

TEST_CASE("a build killed at any step leaves a whole site, and the next cleans up",
          "[write][fault]") {
    for (int n = 1;; ++n) {
        auto base = old_site("kill");
        auto out = (base / "site").string();
        test::FaultyDisk disk(n, EIO, /*killed=*/true);
        diag::Sink sink;
        write::write_site(kNew, out, "", sink, disk);
        INFO("killed at step " << n << ": " << disk.fired_op());
        auto now = tree(base / "site");
        CHECK((now == kOld || now == kNew));
        diag::Sink next;
        REQUIRE(write::write_site({{"next.html", "next"}}, out, "", next));
        CHECK(tree(base / "site") == write::OutputSet{{"next.html", "next"}});
        CHECK(names(base) == std::vector<std::string>{".site.shnor-lock", "site"});
        if (!disk.fired()) break;
    }
}

TEST_CASE("a build killed over a folder holding only a README leaves no clutter",
          "[write][fault]") {
    const write::OutputSet readme = {{"README.md", "generated"}};
    auto with_readme = kNew;
    with_readme["README.md"] = "generated";
    for (int n = 1;; ++n) {
        auto base = stdfs::temp_directory_path() / "shnor-test-fault-readme";
        stdfs::remove_all(base);
        stdfs::create_directories(base / "site");
        std::ofstream(base / "site" / "README.md") << "generated";
        auto out = (base / "site").string();
        test::FaultyDisk disk(n, EIO, /*killed=*/true);
        diag::Sink sink;
        write::write_site(kNew, out, "", sink, disk);
        INFO("killed at step " << n << ": " << disk.fired_op());
        auto now = tree(base / "site");
        CHECK((now == readme || now == with_readme));
        diag::Sink next;
        REQUIRE(write::write_site(kNew, out, "", next));
        CHECK(tree(base / "site") == with_readme);
        CHECK(names(base) == std::vector<std::string>{".site.shnor-lock", "site"});
        if (!disk.fired()) break;
    }
}
