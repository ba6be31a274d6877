// The bench-scale generator (tests/bench/gen/) must keep producing a region
// that shnor accepts, identically for the same N, or the benchmark rots.
#include "bench/gen/gen.hpp"

#include <sys/wait.h>

#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>

#include "support/fixtures.hpp"

namespace stdfs = std::filesystem;

namespace {

std::string run(const std::string& cmd, int& code) {
    std::string out;
    FILE* p = popen((cmd + " 2>&1").c_str(), "r");
    std::array<char, 4096> buf{};
    std::size_t n;
    while ((n = fread(buf.data(), 1, buf.size(), p)) > 0) out.append(buf.data(), n);
    int status = pclose(p);
    code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return out;
}

std::map<std::string, std::string> tree(const stdfs::path& root) {
    std::map<std::string, std::string> files;
    for (const auto& e : stdfs::recursive_directory_iterator(root))
        if (e.is_regular_file())
            files[stdfs::relative(e.path(), root).string()] =
                shnor::test::read_file(e.path().string());
    return files;
}

void generate(std::size_t n, const stdfs::path& dir) {
    using namespace shnor::bench;
    auto seed = read_seed(std::string(SHNOR_SOURCE_DIR) + "/content");
    auto region = make_region(n);
    write_content(seed, region, (dir / "content").string());
    write_hugo(seed, region, (dir / "hugo").string());
}

}  // namespace

TEST_CASE("the bench-scale generator writes a region shnor accepts, the same each time",
          "[bench-scale]") {
    auto tmp = stdfs::temp_directory_path() / ("shnor-gen-test-" + std::to_string(getpid()));
    stdfs::remove_all(tmp);
    generate(31, tmp / "a");
    generate(31, tmp / "b");

    auto a = tree(tmp / "a");
    CHECK(a.size() > 31 * 8);
    CHECK(a.count("content/schools/oosh-6-zarechensk-00001/school.yaml") == 1);
    CHECK(a.count("hugo/content/schools/oosh-6-zarechensk-00001.md") == 1);
    CHECK(a.count("hugo/hugo.toml") == 0);  // layouts come from tests/bench/hugo/
    CHECK(a == tree(tmp / "b"));

    int code = -1;
    auto out =
        run(std::string(SHNOR_BINARY) + " check --content " + (tmp / "a/content").string(), code);
    // No errors; warnings are the example region's own (schools without a roadmap for a year).
    CHECK(out.find("ошибка:") == std::string::npos);
    CHECK(out.find("проверено: 31 школа;") != std::string::npos);
    CHECK(code == 0);
    stdfs::remove_all(tmp);
}
