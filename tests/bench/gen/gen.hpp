#pragma once
// The synthetic region for `make bench-scale`: N schools made by replicating
// the example schools (content/) under new ids, names, municipalities and
// curators, written both in shnor's content format and as a Hugo site with
// the same data. Output depends only on N and the seed folder.
#include <string>
#include <utility>
#include <vector>

namespace shnor::bench {

struct SeedYear {
    int year = 0;
    std::vector<std::pair<std::string, std::string>> documents;  // id, YAML text
    std::string measurements;                                    // may be empty
};

struct SeedSchool {
    std::string id;
    std::string school;       // school.yaml
    std::string diagnostics;  // diagnostics.yaml
    std::vector<SeedYear> years;
};

struct Seed {
    std::string region, people;
    std::vector<std::pair<int, std::string>> catalogues;     // year, YAML
    std::vector<std::pair<std::string, std::string>> pages;  // file name, Markdown
    std::vector<SeedSchool> schools;                         // sorted by id
};

// Reads the example region (a content/ folder); throws std::runtime_error.
Seed read_seed(const std::string& content_dir);

struct Municipality {
    std::string id, name, kind;
};

struct Person {
    std::string id, name, role, municipality;
};

// One generated school: the seed it copies and the texts that differ.
struct School {
    const SeedSchool* seed = nullptr;
    std::string id, short_name, municipality, school_yaml;
    std::vector<std::string> factors;  // risks of its anti-risk programmes, sorted
    // The seed's curators (reviews name them: "by: id") and this school's curator.
    std::vector<std::pair<std::string, std::string>> curators;
};

// A seed document of this school with its reviews by the seed's curators
// given to this school's curator (a review counts only by the school's own).
std::string document_text(const School& s, const std::string& seed_text);

struct Region {
    std::vector<Municipality> municipalities;
    std::vector<Person> people;  // generated curators and municipal coordinators
    std::size_t schools = 0;
};

inline constexpr std::size_t kSchoolsPerMunicipality = 50;
inline constexpr std::size_t kSchoolsPerCurator = 10;

Region make_region(std::size_t schools);
School make_school(const Seed& seed, const Region& region, std::size_t k);

// Names (names.cpp): deterministic Russian names for generated entities.
std::string person_name(std::size_t i);
Municipality municipality(std::size_t i);

// Writers. The target folder must not exist or be empty.
void write_content(const Seed& seed, const Region& region, const std::string& dir);
void write_hugo(const Seed& seed, const Region& region, const std::string& dir);

// Small file helpers (files.cpp).
std::string read_text(const std::string& path);
void write_text(const std::string& path, const std::string& text);  // creates parent folders
void require_empty(const std::string& dir);

}  // namespace shnor::bench
