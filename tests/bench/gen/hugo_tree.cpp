// Writes the same generated region as a Hugo site's content and data: one
// page per school whose front matter carries the school's files verbatim
// (school, diagnostics, each year's documents and measurements), so Hugo's
// templates (tests/bench/hugo/) render the same information from the same
// YAML. Hugo makes no PDFs and no open data.
#include <string>
#include <string_view>

#include "gen.hpp"

namespace shnor::bench {

namespace {

// Every line of a YAML text indented by `n` spaces: nests a whole file under a key.
std::string indented(std::string_view text, std::size_t n) {
    std::string pad(n, ' '), out;
    out.reserve(text.size() + text.size() / 16 * n);
    while (!text.empty()) {
        auto eol = text.find('\n');
        std::string_view line = text.substr(0, eol == std::string_view::npos ? text.size() : eol);
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
        if (!line.empty()) out += pad;
        out += line;
        out += '\n';
    }
    return out;
}

std::string quoted(const std::string& s) {  // YAML single-quoted scalar
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
    return out + "]";
}

std::string school_page(const School& s) {
    std::string out = "---\ntitle: " + quoted(s.short_name) + "\nmun: " + s.municipality +
                      "\nmunicipalities: [" + s.municipality + "]\nfactors: " + list(s.factors) +
                      "\nschool:\n" + indented(s.school_yaml, 2);
    const SeedSchool& seed = *s.seed;
    out += seed.diagnostics.empty() ? "diag: {}\n" : "diag:\n" + indented(seed.diagnostics, 2);
    out += "years:\n";
    for (const auto& y : seed.years) {
        out += "  - year: " + std::to_string(y.year) + "\n    documents:\n";
        for (const auto& [id, text] : y.documents) {
            // The year's records (issue #15) sit beside its documents in the
            // seed; the peer's pages show documents, whose shape they lack.
            if (id == "visits" || id == "results") continue;
            out += "      - id: " + id + "\n        doc:\n" + indented(document_text(s, text), 10);
        }
        if (!y.measurements.empty()) out += "    meas:\n" + indented(y.measurements, 6);
    }
    return out + "---\n";
}

// `id: name` for the seed's people (its reviews name them) and the generated ones.
std::string people_names(const Seed& seed, const Region& region) {
    std::string out;
    std::string_view text = seed.people;
    for (auto pos = text.find("- id: "); pos != std::string_view::npos;
         pos = text.find("- id: ", pos + 1)) {
        auto id_end = text.find('\n', pos);
        auto name_at = text.find("name: ", id_end);
        if (name_at == std::string_view::npos) break;
        auto name_end = text.find('\n', name_at);
        out += std::string(text.substr(pos + 6, id_end - pos - 6)) + ": " +
               std::string(text.substr(name_at + 6, name_end - name_at - 6)) + "\n";
    }
    for (const auto& p : region.people) out += p.id + ": " + p.name + "\n";
    return out;
}

// A Markdown page of the seed with its "# title" turned into front matter.
std::string hugo_page(const std::string& md) {
    auto eol = md.find('\n');
    std::string title = md.substr(0, eol),
                rest = eol == std::string::npos ? "" : md.substr(eol + 1);
    if (title.rfind("# ", 0) == 0) title = title.substr(2);
    std::string weight = "100";
    if (rest.rfind("<!-- order: ", 0) == 0) {
        auto end = rest.find(' ', 12);
        weight = rest.substr(12, end - 12);
        rest = rest.substr(rest.find('\n') + 1);
    }
    return "---\ntitle: " + quoted(title) + "\nweight: " + weight + "\n---\n" + rest;
}

}  // namespace

void write_hugo(const Seed& seed, const Region& region, const std::string& dir) {
    require_empty(dir);
    write_text(dir + "/data/region.yaml", seed.region);
    for (const auto& [year, text] : seed.catalogues)
        write_text(dir + "/data/catalogue/" + std::to_string(year) + ".yaml", text);
    std::string muns;
    for (const auto& m : region.municipalities) muns += m.id + ": " + m.name + "\n";
    write_text(dir + "/data/mun.yaml", muns);
    write_text(dir + "/data/people.yaml", people_names(seed, region));
    write_text(dir + "/content/_index.md", "---\ntitle: Школы с низкими результатами\n---\n");
    write_text(dir + "/content/schools/_index.md", "---\ntitle: Школы\n---\n");
    for (const auto& [name, text] : seed.pages)
        write_text(dir + "/content/pages/" + name, hugo_page(text));
    for (std::size_t k = 0; k < region.schools; ++k) {
        School s = make_school(seed, region, k);
        write_text(dir + "/content/schools/" + s.id + ".md", school_page(s));
    }
}

}  // namespace shnor::bench
