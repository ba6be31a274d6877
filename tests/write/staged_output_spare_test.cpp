// The spare site: the old site kept beside the output after a mostly reused
// build, updated in place by the next one (write/spare_site.hpp).
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cerrno>
#include <filesystem>
#include <fstream>

#include "support/fixtures.hpp"
#include "write/faulty_disk.hpp"
#include "write/site_writer.hpp"
#include "write/spare_site.hpp"
#include "write/staged_output.hpp"

using namespace shnor;
namespace stdfs = std::filesystem;

namespace {

// A site as files and folders ("<path>/"), the marker aside.
std::map<std::string, std::string> tree(const stdfs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : stdfs::recursive_directory_iterator(dir)) {
        auto rel = stdfs::relative(e.path(), dir).string();
        if (rel == write::kMarker) continue;
        out[e.is_directory() ? rel + "/" : rel] = e.is_directory() ? "" : test::read_file(e.path());
    }
    return out;
}

ino_t inode(const stdfs::path& p) {
    struct stat st {};
    return ::lstat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

// One build: `put` written, `reuse` taken from the site in place.
bool build(const std::string& out, const write::OutputSet& put,
           const std::vector<std::string>& reuse, write::DiskOps& disk = write::real_disk()) {
    write::StagedOutput staged(out, "", disk);
    for (const auto& rel : reuse)
        if (!staged.reuse(rel)) return false;
    for (const auto& [rel, bytes] : put)
        if (!staged.put(rel, bytes)) return false;
    return staged.commit(2);
}

// base/site holding a.html, b/c.html, d/e.html and x/y.html, and beside it a
// spare (the same files, x/y.html older): the state after two builds.
stdfs::path with_spare(const std::string& name) {
    auto base = stdfs::temp_directory_path() / ("shnor-test-spare-" + name);
    stdfs::remove_all(base);
    stdfs::create_directories(base);
    const auto out = (base / "site").string();
    REQUIRE(build(out, {{"a.html", "a"}, {"b/c.html", "c"}, {"d/e.html", "e"}, {"x/y.html", "y1"}},
                  {}));
    CHECK_FALSE(stdfs::exists(base / ".site.shnor-spare"));  // all written: nothing kept
    REQUIRE(build(out, {{"x/y.html", "y2"}}, {"a.html", "b/c.html", "d/e.html"}));
    REQUIRE(stdfs::exists(base / ".site.shnor-spare" / write::kSpareManifest));
    return base;
}

}  // namespace

TEST_CASE("a mostly reused build keeps the old site as a spare sharing its files",
          "[write][spare]") {
    auto base = with_spare("keep");
    CHECK(test::read_file((base / ".site.shnor-spare" / "x" / "y.html").string()) == "y1");
    CHECK(inode(base / ".site.shnor-spare" / "a.html") == inode(base / "site" / "a.html"));
    CHECK_FALSE(stdfs::exists(base / "site" / write::kSpareManifest));
}

TEST_CASE("the next build updates the spare in place and swaps it in", "[write][spare]") {
    auto base = with_spare("update");
    const auto out = (base / "site").string();
    {
        write::StagedOutput staged(out, "");
        REQUIRE(staged.reuse("x/y.html"));  // stale in the spare: relinked
        REQUIRE(staged.reuse("b/c.html"));
        CHECK(staged.staging().empty());      // chosen at the first write
        REQUIRE(staged.put("a.html", "a2"));  // never through the link to the live file
        REQUIRE(staged.updates_spare());
        REQUIRE(staged.put("b/n/new.html", "new"));
        CHECK(test::read_file(out + "/a.html") == "a");
        REQUIRE(staged.commit(2));  // d/e.html is gone, and its folder
    }
    const std::map<std::string, std::string> want = {
        {"a.html", "a2"},        {"b/", ""}, {"b/c.html", "c"}, {"b/n/", ""},
        {"b/n/new.html", "new"}, {"x/", ""}, {"x/y.html", "y2"}};
    CHECK(tree(base / "site") == want);
    CHECK_FALSE(stdfs::exists(base / "site" / write::kSpareManifest));
    // As many files written as reused: the old site is removed, not kept.
    CHECK_FALSE(stdfs::exists(base / ".site.shnor-spare"));
    // Mostly reused again: a new spare, the old site with its own files.
    REQUIRE(build(out, {{"a.html", "a3"}}, {"b/c.html", "b/n/new.html", "x/y.html"}));
    auto again = want;
    again["a.html"] = "a3";
    CHECK(tree(base / "site") == again);
    CHECK(test::read_file((base / ".site.shnor-spare" / "a.html").string()) == "a2");
    CHECK(inode(base / ".site.shnor-spare" / "b" / "c.html") ==
          inode(base / "site" / "b" / "c.html"));
    // And the build after updates that spare, the site of two builds ago.
    REQUIRE(build(out, {{"a.html", "a4"}}, {"b/c.html", "b/n/new.html", "x/y.html"}));
    again["a.html"] = "a4";
    CHECK(tree(base / "site") == again);
    CHECK(test::read_file((base / ".site.shnor-spare" / "a.html").string()) == "a3");
}

TEST_CASE("a spare changed behind shnor's back is relinked, a file becomes a folder",
          "[write][spare]") {
    auto base = with_spare("tampered");
    const auto spare = base / ".site.shnor-spare";
    stdfs::remove(spare / "a.html");
    std::ofstream(spare / "a.html") << "tampered";  // another inode
    stdfs::remove_all(spare / "b");
    std::ofstream(spare / "b") << "a file where a folder was";
    REQUIRE(
        build((base / "site").string(), {{"d/e.html", "e2"}}, {"a.html", "b/c.html", "x/y.html"}));
    const std::map<std::string, std::string> want = {
        {"a.html", "a"},    {"b/", ""}, {"b/c.html", "c"}, {"d/", ""},
        {"d/e.html", "e2"}, {"x/", ""}, {"x/y.html", "y2"}};
    CHECK(tree(base / "site") == want);
}

TEST_CASE("a spare without its manifest or for another site is removed, not used",
          "[write][spare]") {
    SECTION("no manifest: a build was killed while changing it") {
        auto base = with_spare("no-manifest");
        stdfs::remove(base / ".site.shnor-spare" / write::kSpareManifest);
        write::StagedOutput staged((base / "site").string(), "");
        REQUIRE(staged.put("a.html", "a2"));
        CHECK_FALSE(staged.updates_spare());
        CHECK_FALSE(stdfs::exists(base / ".site.shnor-spare"));
    }
    SECTION("the site in place is not the one it pairs with") {
        auto base = with_spare("other-site");
        stdfs::remove(base / "site" / write::kMarker);
        std::ofstream(base / "site" / write::kMarker) << "shnor\n";
        write::StagedOutput staged((base / "site").string(), "");
        REQUIRE(staged.put("a.html", "a2"));
        CHECK_FALSE(staged.updates_spare());
        CHECK_FALSE(stdfs::exists(base / ".site.shnor-spare"));
    }
    SECTION("a folder of that name that shnor did not make is left alone") {
        auto base = with_spare("foreign");
        stdfs::remove_all(base / ".site.shnor-spare");
        stdfs::create_directories(base / ".site.shnor-spare");
        std::ofstream(base / ".site.shnor-spare" / "notes.txt") << "user data";
        REQUIRE(build((base / "site").string(), {{"a.html", "a2"}},
                      {"b/c.html", "d/e.html", "x/y.html"}));
        CHECK(test::read_file((base / ".site.shnor-spare" / "notes.txt").string()) == "user data");
        CHECK(test::read_file((base / "site" / "a.html").string()) == "a2");
    }
}

TEST_CASE("a failed build leaves the site and a spare the next build can use", "[write][spare]") {
    auto base = with_spare("failed");
    const auto out = (base / "site").string();
    {
        write::StagedOutput staged(out, "");
        REQUIRE(staged.put("stray.html", "from a build that failed"));
        REQUIRE(staged.put("a.html", "a-failed"));
    }  // no commit
    CHECK(test::read_file(out + "/a.html") == "a");
    write::StagedOutput staged(out, "");
    for (const char* rel : {"a.html", "b/c.html", "d/e.html", "x/y.html"})
        REQUIRE(staged.reuse(rel));
    REQUIRE(staged.commit(2));
    CHECK(staged.updates_spare());
    CHECK_FALSE(stdfs::exists(base / "site" / "stray.html"));
    CHECK(test::read_file(out + "/a.html") == "a");
}

// A disk where the spare's manifest cannot be removed (and nothing else fails).
class ManifestStays : public test::FaultyDisk {
public:
    ManifestStays() : FaultyDisk(1 << 30, EIO) {}
    int remove_tree(const std::string& p) override {
        if (p.size() >= 13 && p.compare(p.size() - 13, 13, "/.shnor-spare") == 0) return EACCES;
        return FaultyDisk::remove_tree(p);
    }
};

TEST_CASE("the spare is not changed while its manifest cannot be removed", "[write][spare]") {
    auto base = with_spare("manifest-stays");
    const auto out = (base / "site").string();
    ManifestStays disk;
    {
        write::StagedOutput staged(out, "", disk);
        CHECK_FALSE(staged.put("a.html", "a2"));
        CHECK_FALSE(staged.failure().empty());
    }
    CHECK(test::read_file(out + "/a.html") == "a");
    CHECK(test::read_file((base / ".site.shnor-spare" / "a.html").string()) == "a");
    REQUIRE(build(out, {{"a.html", "a2"}}, {"b/c.html", "d/e.html", "x/y.html"}));
    CHECK(test::read_file(out + "/a.html") == "a2");
}

TEST_CASE("a build failed or killed at any step of updating the spare leaves a whole site",
          "[write][spare][fault]") {
    const std::map<std::string, std::string> old_site = {
        {"a.html", "a"},   {"b/", ""}, {"b/c.html", "c"}, {"d/", ""},
        {"d/e.html", "e"}, {"x/", ""}, {"x/y.html", "y2"}};
    const std::map<std::string, std::string> new_site = {
        {"a.html", "a2"}, {"b/", ""}, {"b/c.html", "c"}, {"x/", ""}, {"x/y.html", "y2"}};
    for (int n = 1, killed = 0; killed < 2; ++n) {
        auto base = with_spare("kill");
        const auto out = (base / "site").string();
        test::FaultyDisk disk(n, EIO, killed == 1);
        build(out, {{"a.html", "a2"}}, {"b/c.html", "x/y.html"}, disk);
        INFO((killed ? "killed" : "failed") << " at step " << n << ": " << disk.fired_op());
        auto now = tree(base / "site");
        CHECK((now == old_site || now == new_site));
        // The next build, from whatever was left, gives the new site exactly.
        const bool was_new = now == new_site;
        REQUIRE(build(out, was_new ? write::OutputSet{} : write::OutputSet{{"a.html", "a2"}},
                      was_new ? std::vector<std::string>{"a.html", "b/c.html", "x/y.html"}
                              : std::vector<std::string>{"b/c.html", "x/y.html"}));
        CHECK(tree(base / "site") == new_site);
        if (!disk.fired()) n = 0, ++killed;  // every step done: now killed at each
    }
}

TEST_CASE("the spare's manifest reads back what was written, and nothing else", "[write][spare]") {
    write::SpareManifest m{"1:2:3", {".shnor-output", "a b/c\nd.html"}, {"x.html"}};
    CHECK(write::decode_spare(write::encode_spare(m)) == m);
    const std::string text = write::encode_spare(m);
    for (std::size_t cut = 0; cut < text.size(); ++cut)
        CHECK_FALSE(write::decode_spare(text.substr(0, cut)));
    CHECK_FALSE(write::decode_spare(text + "x"));
    write::SpareManifest unsafe{"1:2:3", {"../outside.html"}, {}};
    CHECK_FALSE(write::decode_spare(write::encode_spare(unsafe)));
}
