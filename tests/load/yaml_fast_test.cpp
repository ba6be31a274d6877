// The fast path (load/yaml_fast) against the reference (yaml-cpp alone):
// whatever the fast scanner accepts must give the very tree, positions and
// diagnostics yaml-cpp gives; everything else it must hand over.
#include "load/yaml_fast.hpp"

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/mark.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "load/yaml_loader.hpp"
#include "support/fixtures.hpp"
#include "support/yaml_outcome.hpp"

namespace stdfs = std::filesystem;
using shnor::diag::Sink;

namespace {

// Counts events; the fast scanner's verdict is all these tests look at.
struct Recorder : YAML::EventHandler {
    std::vector<std::string> events;
    void add(const char* what, const YAML::Mark& m, const std::string& v = {}) {
        events.push_back(std::string(what) + "@" + std::to_string(m.pos) + ":" + v);
    }
    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark& m, YAML::anchor_t) override { add("null", m); }
    void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { add("alias", m); }
    void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t,
                  const std::string& v) override {
        add(tag == "?" ? "plain" : "quoted", m, v);
    }
    void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value s) override {
        add(s == YAML::EmitterStyle::Flow ? "[" : "seq", m);
    }
    void OnSequenceEnd() override { events.emplace_back("end"); }
    void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value s) override {
        add(s == YAML::EmitterStyle::Flow ? "{" : "map", m);
    }
    void OnMapEnd() override { events.emplace_back("end"); }
};

std::string joined(const std::vector<std::string>& events) {
    std::string all;
    for (const auto& e : events) all += (all.empty() ? "" : " ") + e;
    return all;
}

bool fast(const std::string& text) {
    Recorder r;
    return shnor::load::scan_common_yaml(text, r);
}

// Both paths on one text; returns whether the fast path took it.
bool same_as_reference(const std::string& text) {
    Sink a, b;
    auto ours = shnor::load::parse_yaml(text, "f.yaml", a);
    auto ref = shnor::load::parse_yaml_reference(text, "f.yaml", b);
    INFO("text:\n" << text);
    CHECK(shnor::test::yaml_outcome(ours, a) == shnor::test::yaml_outcome(ref, b));
    return fast(text);
}

std::vector<std::string> example_files() {
    std::vector<std::string> texts;
    for (const char* dir : {"/content", "/tests/fixtures", "/tests/fuzz/corpus/yaml"}) {
        std::vector<stdfs::path> paths;
        for (const auto& e :
             stdfs::recursive_directory_iterator(std::string(SHNOR_SOURCE_DIR) + dir))
            if (e.is_regular_file() && e.path().extension() == ".yaml") paths.push_back(e.path());
        std::sort(paths.begin(), paths.end());
        for (const auto& p : paths) texts.push_back(shnor::test::read_file(p.string()));
    }
    return texts;
}

}  // namespace

TEST_CASE("the fast YAML path takes the common subset", "[load][yaml_fast]") {
    Recorder r;
    REQUIRE(shnor::load::scan_common_yaml(
        "# c\nkind: antirisk\ntasks:\n  - id: t1\n    title: \"a b\"   # x\n"
        "  - { k: v w, n: [1, 'it''s'] }\nz: ~\n",
        r));
    CHECK(joined(r.events) ==
          "map@4: plain@4:kind plain@10:antirisk plain@19:tasks seq@28: map@30: plain@30:id "
          "plain@34:t1 plain@41:title quoted@48:a b end {@64: plain@66:k plain@69:v w plain@74:n "
          "[@77: plain@78:1 quoted@81:it's end end end plain@92:z null@95: end");
}

TEST_CASE("the fast YAML path takes a list at its key's indent", "[load][yaml_fast]") {
    Recorder r;
    REQUIRE(shnor::load::scan_common_yaml("visits:\n- date: d\n  by: x\n- y\nnext: 1\n", r));
    CHECK(joined(r.events) ==
          "map@0: plain@0:visits seq@8: map@10: plain@10:date plain@16:d plain@20:by plain@24:x "
          "end plain@28:y end plain@30:next plain@36:1 end");
}

TEST_CASE("the fast YAML path hands anything doubtful to yaml-cpp", "[load][yaml_fast]") {
    const char* declined[] = {
        "a: &x 1\nb: *x\n",        // anchors and aliases
        "a: !!str 1\n",            // tags
        "a: |\n  text\n",          // block scalars
        "a: first\n  second\n",    // a plain value folded over lines
        "a:\nb: 1\n",              // an empty value
        "a: \"x\\ty\"\n",          // escapes
        "a: \"open\n",             // a quote left open
        "a: 1\r\nb: 2\r\n",        // CR line ends
        "a: b: c\n",               // a colon inside a value
        "{ a: 1 }\n",              // a flow document
        "a: { b: 1,\n  c: 2 }\n",  // a flow collection over lines
        "a: [1, 2,]\n",            // a trailing comma
        "a: { k: b?c }\n",         // yaml-cpp: "unknown token" (fuzz finding)
        "a: { value: 12,5 }\n",    // a decimal comma
        "---\na: 1\n",             // document markers
        "a: 1\n---\nb: 2\n",       // two documents
        "  a: 1\n",                // an indented document
        "a: 1\n b: 2\n",           // odd indentation
        "# only a comment\n",      // no content
        "? a\n: 1\n",              // complex keys
        "- - 1\n",                 // nested compact lists
        "a: 1 #x\nb: '1'#y\n",     // a comment glued to a quote
    };
    for (const char* text : declined) {
        INFO(text);
        CHECK_FALSE(fast(text));
    }
}

TEST_CASE("the fast YAML path matches yaml-cpp on hand-picked corners", "[load][yaml_fast]") {
    const char* texts[] = {
        "a: ~\nb: null\nc: Null\nd: NULL\ne: nulls\n",
        "a: -5\nb: 1.5e3\nc: 0x1F\nd: 2021-03-01\ne: true\nf: \"true\"\n",
        "a: b#c\nb: 9 #А\nc: x  # y\nd: 'it''s'   \n",
        "a: 10:30\nb: http://x.ru/?q=1&r=2\nc: «ёлка», ещё\n",
        "a: 1",
        "\n\n   \n# c\na:\n   # odd comment\n  b: 1\n\n  c: 2\n",
        "- a\n- [x, 'y', \"z\"]\n- {}\n- []\n- k: v\n  l: [1, {m: n}]\n",
        "a:\n- 1\n- 2\nb:\n  - 3\n",
        "a: 1\na: 2\n",
        "a: { b: 1, b: 2 }\n",
    };
    for (const char* text : texts) CHECK(same_as_reference(text));
}

TEST_CASE("the fast YAML path matches yaml-cpp on the example region", "[load][yaml_fast]") {
    int taken = 0, files = 0;
    for (const auto& text : example_files()) {
        ++files;
        taken += same_as_reference(text) ? 1 : 0;
    }
    // The point of the fast path: most content files take it.
    INFO(taken << " of " << files);
    CHECK(taken * 4 > files * 3);
}

TEST_CASE("the fast YAML path matches yaml-cpp on damaged files", "[load][yaml_fast]") {
    // Each example file damaged at random places, many times: a byte dropped,
    // a character a user might mistype inserted, a line's indent changed.
    std::mt19937 rng(20261129);
    const std::string inserts[] = {" ",  ":", ": ", "#",  " #", "-",    "- ", "{", "}",
                                   "[",  "]", ",",  "\"", "'",  "\n",   "  ", "~", "&a ",
                                   "*a", "!", "|",  ">",  "\\", "null", "\t", "\r"};
    int taken = 0, runs = 0;
    for (const auto& original : example_files()) {
        if (original.empty()) continue;
        for (int round = 0; round < 60; ++round) {
            std::string text = original;
            for (int edits = 1 + static_cast<int>(rng() % 2); edits > 0; --edits) {
                std::size_t at = rng() % text.size();
                switch (rng() % 3) {
                    case 0:
                        text.erase(at, 1);
                        break;
                    case 1:
                        text.insert(at, inserts[rng() % std::size(inserts)]);
                        break;
                    default: {
                        std::size_t line = text.rfind('\n', at);
                        text.insert(line == std::string::npos ? 0 : line + 1, "  ");
                    }
                }
                if (text.empty()) text = "a";
            }
            ++runs;
            taken += same_as_reference(text) ? 1 : 0;
        }
    }
    INFO(taken << " of " << runs << " damaged files took the fast path");
    CHECK(taken > runs / 10);  // the comparison must cover the fast path too
}
