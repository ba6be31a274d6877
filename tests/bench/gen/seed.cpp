// Reads the example region that the synthetic schools replicate. Lists are
// sorted so the generated tree never depends on directory order.
#include <algorithm>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "gen.hpp"

namespace shnor::bench {

namespace stdfs = std::filesystem;

namespace {

std::vector<stdfs::path> sorted_entries(const stdfs::path& dir) {
    std::vector<stdfs::path> out;
    for (const auto& e : stdfs::directory_iterator(dir)) out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

bool is_year(const std::string& name) {
    return name.size() == 4 &&
           std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

SeedYear read_year(const stdfs::path& dir) {
    SeedYear y;
    y.year = std::stoi(dir.filename().string());
    for (const auto& f : sorted_entries(dir)) {
        if (f.extension() != ".yaml") continue;
        std::string stem = f.stem().string();
        if (stem == "measurements")
            y.measurements = read_text(f.string());
        else
            y.documents.emplace_back(stem, read_text(f.string()));
    }
    return y;
}

SeedSchool read_school(const stdfs::path& dir) {
    SeedSchool s;
    s.id = dir.filename().string();
    s.school = read_text((dir / "school.yaml").string());
    if (stdfs::exists(dir / "diagnostics.yaml"))
        s.diagnostics = read_text((dir / "diagnostics.yaml").string());
    for (const auto& e : sorted_entries(dir))
        if (stdfs::is_directory(e) && is_year(e.filename().string()))
            s.years.push_back(read_year(e));
    return s;
}

}  // namespace

Seed read_seed(const std::string& content_dir) {
    stdfs::path root(content_dir);
    Seed seed;
    seed.region = read_text((root / "region.yaml").string());
    seed.people = read_text((root / "people.yaml").string());
    for (const auto& f : sorted_entries(root / "catalogue"))
        if (f.extension() == ".yaml")
            seed.catalogues.emplace_back(std::stoi(f.stem().string()), read_text(f.string()));
    if (stdfs::exists(root / "pages"))
        for (const auto& f : sorted_entries(root / "pages"))
            if (f.extension() == ".md")
                seed.pages.emplace_back(f.filename().string(), read_text(f.string()));
    for (const auto& d : sorted_entries(root / "schools"))
        if (stdfs::exists(d / "school.yaml")) seed.schools.push_back(read_school(d));
    if (seed.schools.empty()) throw std::runtime_error("в " + content_dir + " нет школ");
    return seed;
}

}  // namespace shnor::bench
