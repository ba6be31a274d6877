// Every committed seed and every input a fuzzer once crashed on
// (tests/fuzz/corpus/<target>/, tests/fuzz/regressions/<target>/) replayed
// through the harnesses in the ordinary test suite, sanitizers included
// under `make asan`.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>

#include "fuzz/harnesses.hpp"
#include "support/fixtures.hpp"

namespace stdfs = std::filesystem;

namespace {

using Harness = int (*)(const std::uint8_t*, std::size_t);

int replay(const std::string& target, Harness harness) {
    int inputs = 0;
    for (const char* kind : {"corpus", "regressions"}) {
        auto dir = shnor::test::test_dir() + "/fuzz/" + kind + "/" + target;
        if (!stdfs::exists(dir)) continue;
        std::vector<std::string> files;
        for (const auto& e : stdfs::directory_iterator(dir)) files.push_back(e.path().string());
        std::sort(files.begin(), files.end());
        for (const auto& file : files) {
            INFO(file);
            auto bytes = shnor::test::read_file(file);
            CHECK(harness(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()) == 0);
            ++inputs;
        }
    }
    return inputs;
}

}  // namespace

TEST_CASE("fuzz corpus and regressions replay: yaml", "[fuzz]") {
    CHECK(replay("yaml", shnor_fuzz_yaml) >= 3);
}
TEST_CASE("fuzz corpus and regressions replay: markdown", "[fuzz]") {
    CHECK(replay("markdown", shnor_fuzz_markdown) >= 3);
}
TEST_CASE("fuzz corpus and regressions replay: mustache", "[fuzz]") {
    CHECK(replay("mustache", shnor_fuzz_mustache) >= 3);
}
TEST_CASE("fuzz corpus and regressions replay: pdf", "[fuzz]") {
    CHECK(replay("pdf", shnor_fuzz_pdf) >= 3);
}
