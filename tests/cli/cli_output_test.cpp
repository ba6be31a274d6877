// The output folder at the CLI level (issue #13 items 1-4 and 10): every
// refusal exits 1 (2 for usage) with a message, and never «ошибок нет».
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>

#include "support/fixtures.hpp"
#include "support/run_shnor.hpp"

namespace stdfs = std::filesystem;
using shnor::test::run_shnor;

namespace {

std::string mini() { return shnor::test::test_dir() + "/fixtures/mini/content"; }

stdfs::path temp_dir(const std::string& name) {
    auto d = stdfs::temp_directory_path() / ("shnor-cli-out-" + name);
    stdfs::remove_all(d);
    stdfs::create_directories(d);
    return d;
}

// Every file with its bytes, and every folder (as "<path>/"): a folder left
// empty is a difference too.
std::map<std::string, std::string> tree(const stdfs::path& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : stdfs::recursive_directory_iterator(dir)) {
        auto rel = stdfs::relative(e.path(), dir).string();
        if (e.is_regular_file())
            out[rel] = shnor::test::read_file(e.path());
        else if (e.is_directory())
            out[rel + "/"] = "";
    }
    return out;
}

}  // namespace

TEST_CASE("an output folder that cannot be made fails the build", "[cli][write]") {
    auto base = temp_dir("parent");
    std::ofstream(base / "par") << "a file where a folder should be";
    auto out = (base / "par" / "site").string();
    auto r = run_shnor("build --content " + mini() + " --out " + out);
    CHECK(r.code == 1);
    CHECK(r.output == out + ": ошибка: не удалось создать папку вывода \"" + out +
                          "\": часть пути не является папкой (" + (base / "par").string() +
                          ")\n1 ошибка\n");
}

TEST_CASE("a build while another holds the folder fails clearly", "[cli][write]") {
    auto base = temp_dir("lock");
    int fd = ::open((base / ".site.shnor-lock").c_str(), O_RDWR | O_CREAT, 0666);
    REQUIRE(::flock(fd, LOCK_EX) == 0);
    auto r = run_shnor("build --content " + mini() + " --out " + (base / "site").string());
    ::close(fd);
    CHECK(r.code == 1);
    CHECK(r.output.find("сейчас пишет другая сборка shnor") != std::string::npos);
    CHECK_FALSE(stdfs::exists(base / "site"));
}

TEST_CASE("two builds at once never leave a partial or mixed site", "[cli][write]") {
    auto base = temp_dir("race");
    auto out = (base / "site").string();
    REQUIRE(run_shnor("build --content " + mini() + " --out " + out).code == 0);
    auto whole = tree(out);
    auto log = (base / "log").string();
    std::string one = std::string(SHNOR_BINARY) + " build --content " + mini() + " --out " + out;
    std::string cmd = "(" + one + " >" + log + "1 2>&1; echo $? >>" + log + "1) & (" + one + " >" +
                      log + "2 2>&1; echo $? >>" + log + "2) & wait";
    REQUIRE(std::system(cmd.c_str()) == 0);
    for (auto n : {"1", "2"}) {
        auto text = shnor::test::read_file(log + n);
        INFO(text);
        bool ok = text.size() >= 2 && text.substr(text.size() - 2) == "0\n";
        CHECK((ok || text.find("сейчас пишет другая сборка shnor") != std::string::npos));
    }
    CHECK(tree(out) == whole);
}

TEST_CASE("the output may neither contain nor lie in the content", "[cli][write]") {
    auto base = temp_dir("overlap");
    stdfs::create_directories(base / "site");
    stdfs::copy(mini(), base / "site" / "content", stdfs::copy_options::recursive);
    auto content = tree(base / "site" / "content");
    auto around = run_shnor("build --content " + (base / "site" / "content").string() + " --out " +
                            (base / "site").string());
    CHECK(around.code == 1);
    CHECK(around.output.find("находится внутри папки вывода") != std::string::npos);
    auto inside = run_shnor("build --content " + (base / "site" / "content").string() + " --out " +
                            (base / "site" / "content" / "site").string());
    CHECK(inside.code == 1);
    CHECK(inside.output.find("находится внутри папки содержимого") != std::string::npos);
    CHECK(tree(base / "site" / "content") == content);
    CHECK_FALSE(stdfs::exists(base / "site" / "content" / "site"));
}

TEST_CASE("empty paths and ids are usage errors", "[cli]") {
    auto base = temp_dir("empty");
    auto out = run_shnor("build --content " + mini() + " --out \"\"");
    CHECK(out.code == 2);
    CHECK(out.output.find("пустое значение") != std::string::npos);
    auto school = run_shnor("export school \"\" " + (base / "x").string() + " --content " + mini());
    CHECK(school.code == 2);
    CHECK_FALSE(stdfs::exists(base / "x"));
}

TEST_CASE("the same data give a byte-identical site in any zone, locale and place", "[cli]") {
    auto base = temp_dir("determinism");
    stdfs::create_directories(base / "elsewhere");
    stdfs::copy(mini(), base / "elsewhere" / "data", stdfs::copy_options::recursive);
    auto build = [&](const std::string& env, const std::string& content, const stdfs::path& out) {
        auto cmd = env + " " + SHNOR_BINARY + " build --content " + content + " --out " +
                   out.string() + " >/dev/null 2>&1";
        return std::system(cmd.c_str());
    };
    REQUIRE(build("TZ=UTC LC_ALL=C", mini(), base / "a") == 0);
    REQUIRE(build("TZ=Pacific/Kiritimati LC_ALL=C.UTF-8 LANG=ru_RU.UTF-8",
                  (base / "elsewhere" / "data").string(), base / "b") == 0);
    auto a = tree(base / "a");
    CHECK(a.size() > 20);
    CHECK(a == tree(base / "b"));
}

TEST_CASE("a rebuild reuses unchanged schools and equals a clean build", "[cli][engine]") {
    auto base = temp_dir("incremental");
    stdfs::copy(mini(), base / "content", stdfs::copy_options::recursive);
    const std::string content = (base / "content").string();
    const std::string incremental = "build --content " + content + " --out " +
                                    (base / "site").string() + " --cache " +
                                    (base / "cache").string();
    auto first = run_shnor(incremental);
    REQUIRE(first.code == 0);
    // Reused files are hard links to the previous site's: the same inode.
    auto inode = [&] {
        struct stat st {};
        ::stat((base / "site" / "schools" / "sosh-1" / "index.html").c_str(), &st);
        return st.st_ino;
    };
    auto marker = [&] {
        struct stat st {};
        ::stat((base / "site" / ".shnor-output").c_str(), &st);
        return st.st_ino;
    };
    const auto before = inode();
    const auto site_before = marker();
    auto again = run_shnor(incremental);
    REQUIRE(again.code == 0);
    CHECK(again.output.find("без изменений: 2 школы") != std::string::npos);
    CHECK(inode() == before);
    // Nothing changed: the site in place is the result, not swapped for a copy.
    CHECK(marker() == site_before);

    // One school edited: only it is rendered again, and the site equals a clean one.
    {
        std::ofstream f(base / "content" / "schools" / "sosh-1" / "school.yaml", std::ios::app);
        f << "# a comment changes the bytes, not the data\n";
    }
    auto edited = run_shnor(incremental);
    INFO(edited.output);
    REQUIRE(edited.code == 0);
    CHECK(edited.output.find("без изменений: 1 школа") != std::string::npos);
    REQUIRE(
        run_shnor("build --no-cache --content " + content + " --out " + (base / "clean").string())
            .code == 0);
    CHECK(tree(base / "site") == tree(base / "clean"));
    // --no-cache keeps its rows in a scratch folder it removes: only the
    // incremental builds' cache, the sites, their lock files, the spare site
    // the edit kept (most files reused) and the content remain.
    std::set<std::string> beside;
    for (const auto& e : std::filesystem::directory_iterator(base))
        beside.insert(e.path().filename().string());
    CHECK(beside == std::set<std::string>{".clean.shnor-lock", ".site.shnor-lock",
                                          ".site.shnor-spare", "cache", "clean", "content",
                                          "site"});

    // Edited again: this build updates the spare in place and swaps it in.
    {
        std::ofstream f(base / "content" / "schools" / "sosh-2" / "school.yaml", std::ios::app);
        f << "# another comment\n";
    }
    REQUIRE(run_shnor(incremental).code == 0);
    CHECK(tree(base / "site") == tree(base / "clean"));
    CHECK_FALSE(stdfs::exists(base / "site" / ".shnor-spare"));  // the manifest is never published
    // A school removed: its pages leave the updated spare too, folders and all.
    stdfs::remove_all(base / "content" / "schools" / "sosh-2");
    REQUIRE(run_shnor(incremental).code == 0);
    REQUIRE(
        run_shnor("build --no-cache --content " + content + " --out " + (base / "clean").string())
            .code == 0);
    CHECK(tree(base / "site") == tree(base / "clean"));
    CHECK_FALSE(stdfs::exists(base / "site" / "schools" / "sosh-2"));
}

// Regression: the cache trusted whatever the output folder held. A `build
// --no-cache` of other content into the same folder came between, and the
// next cached build linked that build's pages as if they were its own.
TEST_CASE("a cached build never links pages another build left in the folder", "[cli][engine]") {
    auto base = temp_dir("foreign-site");
    stdfs::copy(mini(), base / "content", stdfs::copy_options::recursive);
    const std::string content = (base / "content").string();
    const std::string site = " --content " + content + " --out " + (base / "site").string();
    const auto school = base / "content" / "schools" / "sosh-1" / "school.yaml";
    std::string original;
    {
        std::ifstream in(school);
        original.assign(std::istreambuf_iterator<char>(in), {});
    }
    auto put_school = [&](const std::string& text) { std::ofstream(school) << text; };

    REQUIRE(run_shnor("build" + site).code == 0);
    auto name = original.find("name: ");
    REQUIRE(name != std::string::npos);
    put_school(std::string(original).insert(name + 6, "Новая "));
    REQUIRE(run_shnor("build --no-cache" + site).code == 0);
    put_school(original);
    auto again = run_shnor("build" + site);
    INFO(again.output);
    REQUIRE(again.code == 0);
    CHECK(again.output.find("без изменений") == std::string::npos);
    REQUIRE(
        run_shnor("build --no-cache --content " + content + " --out " + (base / "clean").string())
            .code == 0);
    CHECK(tree(base / "site") == tree(base / "clean"));
}
