// The content listing: region-level files, then each school's folder
// listed by a job of its own (a build runs them in parallel).
#include "load/content.hpp"

#include <catch2/catch.hpp>

using namespace shnor;

namespace {

fs::MemoryFileSystem example() {
    fs::MemoryFileSystem fs;
    for (const char* f :
         {"c/region.yaml", "c/people.yaml", "c/schools/b/school.yaml", "c/schools/b/2021/plan.yaml",
          "c/schools/a/school.yaml", "c/schools/a/notes.yaml", "c/schools/only-text/readme.txt",
          "c/schools/stray.yaml", "c/elsewhere.yml"})
        fs.files[f] = "x: 1\n";
    return fs;
}

std::vector<std::string> rels(const std::vector<load::ContentFile>& files) {
    std::vector<std::string> out;
    for (const auto& f : files) out.push_back(f.rel);
    return out;
}

}  // namespace

TEST_CASE("the listing names region files and each school's files, whatever order jobs run in",
          "[load]") {
    auto fs = example();
    diag::Sink serial_sink, reversed_sink;
    auto serial = load::list_content(fs, "c", serial_sink);
    auto reversed = load::list_content(
        fs, "c", reversed_sink, [](std::size_t n, const std::function<void(std::size_t)>& job) {
            for (std::size_t i = n; i-- > 0;) job(i);
        });
    for (auto* listing : {&serial, &reversed}) {
        CHECK(rels(listing->region) == std::vector<std::string>{"people.yaml", "region.yaml"});
        REQUIRE(listing->schools.size() == 2);  // only-text names no file: no school
        CHECK(rels(listing->schools.at("a")) == std::vector<std::string>{"schools/a/school.yaml"});
        CHECK(rels(listing->schools.at("b")) ==
              std::vector<std::string>{"schools/b/2021/plan.yaml", "schools/b/school.yaml"});
        CHECK(listing->schools.at("b").front().school == "b");
    }
    // Files the layout does not name are warned about, in either order.
    for (auto* sink : {&serial_sink, &reversed_sink}) {
        std::vector<std::string> warned;
        for (const auto& d : sink->sorted()) warned.push_back(d.loc.file);
        CHECK(warned == std::vector<std::string>{"c/elsewhere.yml", "c/schools/a/notes.yaml",
                                                 "c/schools/stray.yaml"});
    }
}
