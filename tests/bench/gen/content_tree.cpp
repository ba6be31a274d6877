// Writes the generated region in shnor's content format (docs/content-format.md).
#include <filesystem>
#include <string>
#include <string_view>

#include "gen.hpp"

namespace shnor::bench {

namespace {

// The seed's people without its municipal coordinators (their municipalities
// are not generated); curators and regional coordinators stay, since the seed
// documents' reviews name them.
std::string seed_people(const std::string& text) {
    std::string out, block;
    std::string_view rest = text;
    auto flush = [&] {
        if (block.find("role: municipal-coordinator") == std::string::npos) out += block;
        block.clear();
    };
    while (!rest.empty()) {
        auto eol = rest.find('\n');
        std::string_view line = rest.substr(0, eol == std::string_view::npos ? rest.size() : eol);
        rest = eol == std::string_view::npos ? std::string_view{} : rest.substr(eol + 1);
        if (line.substr(0, 4) == "  - ") flush();
        block += line;
        block += '\n';
    }
    flush();
    return out;
}

std::string people_yaml(const Seed& seed, const Region& region) {
    std::string out = seed_people(seed.people);
    for (const auto& p : region.people) {
        out += "  - id: " + p.id + "\n    name: " + p.name + "\n    role: " + p.role + "\n";
        if (p.role == "curator")
            out += "    position: методист центра сопровождения школ\n";
        else
            out += "    position: специалист управления образования\n    municipality: " +
                   p.municipality + "\n";
        out += "    years: [2021, 2022]\n";
    }
    return out;
}

std::string municipalities_yaml(const Region& region) {
    std::string out = "municipalities:\n";
    for (const auto& m : region.municipalities)
        out += "  - id: " + m.id + "\n    name: " + m.name + "\n    kind: " + m.kind + "\n";
    return out;
}

void write_school(const School& s, const std::string& root) {
    std::string dir = root + "/schools/" + s.id + "/";
    write_text(dir + "school.yaml", s.school_yaml);
    if (!s.seed->diagnostics.empty()) write_text(dir + "diagnostics.yaml", s.seed->diagnostics);
    for (const auto& y : s.seed->years) {
        std::string ydir = dir + std::to_string(y.year) + "/";
        for (const auto& [id, text] : y.documents)
            write_text(ydir + id + ".yaml", document_text(s, text));
        if (!y.measurements.empty()) write_text(ydir + "measurements.yaml", y.measurements);
    }
}

}  // namespace

void write_content(const Seed& seed, const Region& region, const std::string& dir) {
    require_empty(dir);
    write_text(dir + "/region.yaml", seed.region);
    write_text(dir + "/municipalities.yaml", municipalities_yaml(region));
    write_text(dir + "/people.yaml", people_yaml(seed, region));
    for (const auto& [year, text] : seed.catalogues)
        write_text(dir + "/catalogue/" + std::to_string(year) + ".yaml", text);
    for (const auto& [name, text] : seed.pages) write_text(dir + "/pages/" + name, text);
    std::filesystem::create_directories(dir + "/schools");
    for (std::size_t k = 0; k < region.schools; ++k)
        write_school(make_school(seed, region, k), dir);
}

}  // namespace shnor::bench
