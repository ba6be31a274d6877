// The generated region: municipalities of ~50 schools, a curator per ~10
// schools, and each school a seed school under a new identity.
#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "gen.hpp"

namespace shnor::bench {

namespace {

std::string pad(std::size_t n, int width) {
    std::string s = std::to_string(n);
    if (s.size() < static_cast<std::size_t>(width)) s.insert(0, width - s.size(), '0');
    return s;
}

std::size_t count_for(std::size_t schools, std::size_t per) {
    return std::max<std::size_t>(1, (schools + per - 1) / per);
}

std::string curator_id(std::size_t i) { return "cur-" + pad(i + 1, 5); }

// Inserts " № k" before the closing quote of a school name, so names stay
// unique and read like real ones («Средняя общеобразовательная школа … № 12»).
std::string numbered(std::string value, std::size_t k) {
    const std::string close = "»";
    std::string mark = " № " + std::to_string(k);
    auto pos = value.rfind(close);
    if (pos == std::string::npos) return value + mark;
    return value.insert(pos, mark);
}

std::string unquoted(std::string_view v) {
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    return std::string(v);
}

bool starts_with(std::string_view line, std::string_view key) {
    return line.substr(0, key.size()) == key;
}

// The value of a top-level `key: value` line in a YAML text, or "".
std::string top_value(const std::string& text, const std::string& key) {
    std::string start = key + ": ";
    std::size_t pos = 0;
    if (text.compare(0, start.size(), start) != 0) {
        pos = text.find("\n" + start);
        if (pos == std::string::npos) return "";
        ++pos;
    }
    pos += start.size();
    return text.substr(pos, text.find('\n', pos) - pos);
}

}  // namespace

Region make_region(std::size_t schools) {
    Region r;
    r.schools = schools;
    std::size_t nm = count_for(schools, kSchoolsPerMunicipality);
    for (std::size_t i = 0; i < nm; ++i) r.municipalities.push_back(municipality(i));
    std::size_t nc = count_for(schools, kSchoolsPerCurator);
    for (std::size_t i = 0; i < nc; ++i)
        r.people.push_back({curator_id(i), person_name(i * 7 + 3), "curator", ""});
    for (std::size_t i = 0; i < nm; ++i)
        r.people.push_back({"mc-" + pad(i + 1, 4), person_name(i * 11 + 5), "municipal-coordinator",
                            r.municipalities[i].id});
    return r;
}

School make_school(const Seed& seed, const Region& region, std::size_t k) {
    School s;
    s.seed = &seed.schools[k % seed.schools.size()];
    s.id = s.seed->id + "-" + pad(k + 1, 5);
    s.municipality = region.municipalities[k * region.municipalities.size() / region.schools].id;
    std::size_t curators = count_for(region.schools, kSchoolsPerCurator);
    std::string curator = curator_id(k * curators / region.schools);
    std::string_view text = s.seed->school;
    std::string& out = s.school_yaml;
    out.reserve(text.size() + 64);
    while (!text.empty()) {
        auto eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
        if (starts_with(line, "id: ")) {
            out += "id: " + s.id;
        } else if (starts_with(line, "name: ")) {
            out += "name: " + numbered(std::string(line.substr(6)), k + 1);
        } else if (starts_with(line, "short_name: ")) {
            std::string v = numbered(std::string(line.substr(12)), k + 1);
            s.short_name = unquoted(v);
            out += "short_name: " + v;
        } else if (starts_with(line, "municipality: ")) {
            out += "municipality: " + s.municipality;
        } else if (starts_with(line, "director: ")) {
            out += "director: " + person_name(k * 13 + 1);
        } else if (starts_with(line, "website: ")) {
            out += "website: https://" + s.id + ".example.ru/";
        } else if (starts_with(line, "    curator: ")) {
            std::string seed_curator(line.substr(13));
            if (std::find_if(s.curators.begin(), s.curators.end(), [&](const auto& c) {
                    return c.first == seed_curator;
                }) == s.curators.end())
                s.curators.emplace_back(seed_curator, curator);
            out += "    curator: " + curator;
        } else {
            out += line;
        }
        out += '\n';
    }
    std::set<std::string> factors;
    for (const auto& y : s.seed->years)
        for (const auto& [id, doc] : y.documents)
            if (top_value(doc, "kind") == "antirisk") factors.insert(top_value(doc, "risk"));
    factors.erase("");
    s.factors.assign(factors.begin(), factors.end());
    return s;
}

std::string document_text(const School& s, const std::string& seed_text) {
    std::string text = seed_text;
    for (const auto& [from, to] : s.curators) {
        std::string old_by = "by: " + from, new_by = "by: " + to;
        for (auto pos = text.find(old_by); pos != std::string::npos;
             pos = text.find(old_by, pos + new_by.size())) {
            std::size_t end = pos + old_by.size();
            bool whole = end == text.size() || text[end] == ' ' || text[end] == ',' ||
                         text[end] == '}' || text[end] == '\n';
            if (whole) text.replace(pos, old_by.size(), new_by);
        }
    }
    return text;
}

}  // namespace shnor::bench
