#include "write/site_writer.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support/fixtures.hpp"

using namespace shnor;
namespace stdfs = std::filesystem;

namespace {
stdfs::path temp_dir(const std::string& name) {
    auto d = stdfs::temp_directory_path() / ("shnor-test-" + name);
    stdfs::remove_all(d);
    stdfs::create_directories(d);
    return d;
}
}  // namespace

TEST_CASE("output paths never leave the output folder", "[write]") {
    CHECK(write::is_safe_output_path("schools/a/index.html"));
    CHECK_FALSE(write::is_safe_output_path("../x"));
    CHECK_FALSE(write::is_safe_output_path("a/../../x"));
    CHECK_FALSE(write::is_safe_output_path("/etc/passwd"));
    CHECK_FALSE(write::is_safe_output_path("a//b"));
    CHECK_FALSE(write::is_safe_output_path(""));
}

TEST_CASE("the site is swapped in whole, and replaced only when shnor made it", "[write]") {
    auto base = temp_dir("writer");
    auto out = (base / "site").string();
    diag::Sink sink;
    REQUIRE(write::write_site({{"index.html", "one"}, {"a/b.html", "b"}}, out, "", sink));
    REQUIRE(write::write_site({{"index.html", "two"}}, out, "", sink));
    CHECK(test::read_file(out + "/index.html") == "two");
    CHECK_FALSE(stdfs::exists(out + "/a/b.html"));  // no mix of old and new
    CHECK_FALSE(stdfs::exists(base / ".site.shnor-new"));
    CHECK_FALSE(stdfs::exists(base / ".site.shnor-old"));

    auto foreign = base / "docs";
    stdfs::create_directories(foreign);
    std::ofstream(foreign / "thesis.txt") << "precious";
    diag::Sink refused;
    CHECK_FALSE(write::write_site({{"index.html", "x"}}, foreign.string(), "", refused));
    CHECK(refused.has_errors());
    CHECK(test::read_file((foreign / "thesis.txt").string()) == "precious");
}

TEST_CASE("a failed write leaves the previous site untouched", "[write]") {
    auto base = temp_dir("writer-fail");
    auto out = (base / "site").string();
    diag::Sink sink;
    REQUIRE(write::write_site({{"index.html", "old"}}, out, "", sink));
    diag::Sink bad;
    CHECK_FALSE(write::write_site({{"index.html", "new"}, {"../escape.html", "x"}}, out, "", bad));
    CHECK(test::read_file(out + "/index.html") == "old");
    CHECK_FALSE(stdfs::exists(base / "escape.html"));
}

TEST_CASE("a committed README in the output folder survives a build", "[write]") {
    auto base = temp_dir("writer-readme");
    auto out = base / "site";
    stdfs::create_directories(out);
    std::ofstream(out / "README.md") << "generated";
    diag::Sink sink;
    REQUIRE(write::write_site({{"index.html", "x"}}, out.string(), "", sink));
    CHECK(test::read_file((out / "README.md").string()) == "generated");
}
