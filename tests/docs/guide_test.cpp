// Every command of the user guide works when followed literally: each ```sh
// block of docs/guide/*.md runs, in order, in a fresh copy of the example
// region (a folder holding content/, as a region's repository does), with
// this build's shnor first on PATH, and must exit 0. A long-running
// `shnor serve` is started with a timeout and must answer over HTTP.
// Other fences that look like commands (bash, shell, console) are refused,
// so no command escapes the test.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "docs/shell.hpp"
#include "support/fixtures.hpp"

namespace stdfs = std::filesystem;
using namespace shnor;

namespace {

struct Block {
    std::string file;
    int line = 0;  // of the opening fence
    std::string script;
};

std::vector<Block> sh_blocks(const stdfs::path& md) {
    std::vector<Block> out;
    std::istringstream in(test::read_file(md.string()));
    enum { Text, Sh, OtherFence } state = Text;
    std::size_t indent = 0;  // of the opening fence, taken off the block's lines
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        auto first = line.find_first_not_of(' ');
        std::string trimmed = first == std::string::npos ? "" : line.substr(first);
        if (state != Text) {
            if (trimmed == "```")
                state = Text;
            else if (state == Sh)
                out.back().script += (line.size() > indent ? line.substr(indent) : trimmed) + "\n";
            continue;
        }
        if (trimmed.rfind("```", 0) != 0) continue;
        auto info = trimmed.substr(3);
        INFO(md.filename().string() << ":" << n);
        CHECK(info != "bash");
        CHECK(info != "shell");
        CHECK(info != "console");
        state = info == "sh" ? Sh : OtherFence;
        indent = first;
        if (state == Sh) out.push_back({md.filename().string(), n, ""});
    }
    return out;
}

// `shnor serve ...` runs until stopped: start it with a timeout, wait for the
// address it prints, fetch the home page (503 while the first build runs),
// stop it.
const char* kServeRunner = R"(
log=$(mktemp)
timeout 60 bash -c "$SHNOR_SERVE" >"$log" 2>&1 &
pid=$!
for i in $(seq 1 100); do
  port=$(grep -o '127\.0\.0\.1:[0-9]*' "$log" | head -1 | cut -d: -f2 || true)
  [ -n "$port" ] && break
  sleep 0.2
done
[ -n "$port" ] || { cat "$log"; kill $pid; exit 1; }
status=
for i in $(seq 1 300); do
  exec 3<>/dev/tcp/127.0.0.1/"$port"
  printf 'GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  status=$(head -1 <&3)
  exec 3<&-
  case "$status" in *' 200 '*) break ;; esac
  sleep 0.2
done
case "$status" in *' 200 '*) ;; *) cat "$log"; kill $pid; exit 1 ;; esac
kill -INT $pid
wait $pid || true
)";

}  // namespace

TEST_CASE("every command of the user guide works when followed literally", "[docs][guide]") {
    std::vector<stdfs::path> files;
    for (const auto& e : stdfs::directory_iterator(test::test_dir() + "/../docs/guide"))
        if (e.path().extension() == ".md") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    REQUIRE(files.size() >= 4);
    std::string path = stdfs::path(SHNOR_BINARY).parent_path().string() + ":" + getenv("PATH");
    int ran = 0;
    for (const auto& md : files) {
        auto repo = test::fresh_temp_dir("guide-" + md.stem().string());
        test::copy_example_region(repo);
        for (const auto& b : sh_blocks(md)) {
            bool serve = b.script.rfind("shnor serve", 0) == 0;
            auto r = serve ? test::run_bash(kServeRunner, repo,
                                            {{"PATH", path}, {"SHNOR_SERVE", b.script}})
                           : test::run_bash(b.script, repo, {{"PATH", path}});
            INFO(b.file << ":" << b.line << "\n" << b.script << "---\n" << r.output);
            CHECK(r.code == 0);
            ++ran;
        }
        stdfs::remove_all(repo);
    }
    CHECK(ran >= 8);
}

// The error the school team's page shows as an example is the one shnor
// prints for that mistake, word for word.
TEST_CASE("the guide's example error is what shnor check prints", "[docs][guide]") {
    auto guide = test::read_file(test::test_dir() + "/../docs/guide/school.md");
    auto at = guide.find("```text\ncontent/schools/sosh-3-ensk/2022/antirisk-rf04.yaml:39:13:");
    REQUIRE(at != std::string::npos);
    at += 8;
    auto example = guide.substr(at, guide.find("```", at) - at);

    auto repo = test::fresh_temp_dir("guide-example");
    test::copy_example_region(repo);
    auto file = repo / "content/schools/sosh-3-ensk/2022/antirisk-rf04.yaml";
    auto text = test::read_file(file.string());
    auto status = text.find("status: done");
    REQUIRE(status != std::string::npos);
    text.replace(status, 12, "status: hgih");
    std::ofstream(file, std::ios::binary) << text;
    auto r = test::run_bash(std::string(SHNOR_BINARY) + " check --content content", repo);
    CHECK(r.code == 1);
    std::istringstream lines(example);
    for (std::string line; std::getline(lines, line);) {
        INFO(line << "\n---\n" << r.output);
        CHECK(r.output.find(line) != std::string::npos);
    }
    stdfs::remove_all(repo);
}
