#include "render/open_data_parts.hpp"

#include <xxhash.h>

#include <array>
#include <memory>
#include <vector>

#include "view/builders.hpp"
#include "view/links.hpp"

namespace shnor::render {
namespace {

// One per-school table being written: its CSV and JSON files, and the JSON
// items not yet flushed.
struct TableOut {
    std::unique_ptr<write::OutputStream> csv, json;
    std::string items;
    bool first = true;
};

bool add_rows(TableOut& t, const DataFragment& rows) {
    bool ok = t.csv->write(rows.csv);
    for (const auto& item : rows.json) {
        t.items += t.first ? json_open(false) : kJsonItemSeparator;
        t.items += item;
        t.first = false;
    }
    if (ok && t.items.size() > (1u << 16)) {
        ok = t.json->write(t.items);
        t.items.clear();
    }
    return ok;
}

// The six tables at once, row by row, one school after another in order.
bool write_tables(const std::string& dir, const std::vector<std::size_t>& schools,
                  const std::function<SchoolData(std::size_t)>& data, write::OutputSink& out) {
    std::array<TableOut, kSchoolTables.size()> tables;
    bool ok = true;
    for (std::size_t t = 0; ok && t < tables.size(); ++t) {
        const std::string stem = dir + kSchoolTables[t];
        tables[t].csv = out.open(stem + ".csv");
        tables[t].json = out.open(stem + ".json");
        ok = tables[t].csv->write(csv_head(school_table_columns(t)));
    }
    for (std::size_t i = 0; ok && i < schools.size(); ++i) {
        const SchoolData d = data(schools[i]);
        for (std::size_t t = 0; ok && t < tables.size(); ++t) ok = add_rows(tables[t], d[t]);
    }
    for (auto& t : tables) {
        if (!t.csv) continue;
        if (t.first) t.items = json_open(true);
        ok = ok && t.json->write(t.items + json_close(t.first));
        ok = t.csv->close() && t.json->close() && ok;
    }
    return ok;
}

// A municipality that has schools: its folder and its schools, in order.
struct Part {
    const model::Municipality* municipality = nullptr;
    std::string dir;  // data/<id>/
    std::vector<std::size_t> schools;
};

// In the order of municipalities.yaml; an id unfit for a path is left out
// (its page reports it, and a build with an error lands nothing).
std::vector<Part> parts_of(const view::SiteInput& in) {
    const auto index = view::schools_by_municipality(in);
    const auto* first = in.analysis.summaries.data();
    std::vector<Part> parts;
    for (const auto& m : in.project.municipalities) {
        const auto& schools = view::schools_of(index, m.id);
        if (schools.empty() || !view::safe_segment(m.id)) continue;
        Part part{&m, "data/" + m.id + "/", {}};
        for (const auto* s : schools) part.schools.push_back(static_cast<std::size_t>(s - first));
        parts.push_back(std::move(part));
    }
    return parts;
}

// What a part's files are made from: its name and, in order, each school's
// id and the digest of its rows. The same set and order of schools with the
// same rows make the same bytes.
std::uint64_t fingerprint(const Part& part, const SchoolRows& rows,
                          const std::vector<compute::SchoolSummary>& summaries) {
    std::string key = "open-data:" + part.municipality->id + ":" + part.municipality->name;
    for (std::size_t i : part.schools)
        key += "\n" + summaries[i].id + ":" + std::to_string(rows.digest(i));
    return XXH3_64bits(key.data(), key.size());
}

std::vector<std::string> paths_of(const Part& part) {
    std::vector<std::string> paths;
    for (const char* table : kSchoolTables)
        for (const char* ext : {".csv", ".json"}) paths.push_back(part.dir + table + ext);
    return paths;
}

// A part's twelve files: every one taken from the previous output, or all
// written (over any taken already), its schools' rows fetched only then.
bool write_part(const Part& part, const view::SiteInput& in, const SchoolRows& rows,
                OutputMemo* memo, write::OutputSink& out) {
    const auto paths = paths_of(part);
    const std::uint64_t fp =
        memo && rows.digest ? fingerprint(part, rows, in.analysis.summaries) : 0;
    bool reused = fp != 0;
    for (std::size_t i = 0; reused && i < paths.size(); ++i)
        reused = memo->reuse(paths[i], fp, out);
    if (reused) return true;
    if (!write_tables(part.dir, part.schools, rows.data, out)) return false;
    if (fp)
        for (const auto& path : paths) memo->made(path, fp);
    return true;
}

const std::vector<Column> kPartColumns = {
    {"municipality", "код муниципалитета"},
    {"name", "муниципалитет"},
    {"schools", "школ"},
    {"folder", "папка с таблицами"},
};

}  // namespace

bool write_school_tables(const std::string& dir, std::size_t schools,
                         const std::function<SchoolData(std::size_t)>& data,
                         write::OutputSink& out) {
    std::vector<std::size_t> all(schools);
    for (std::size_t i = 0; i < schools; ++i) all[i] = i;
    return write_tables(dir, all, data, out);
}

bool write_municipality_tables(const view::SiteInput& in, const SchoolRows& rows, OutputMemo* memo,
                               write::OutputSink& out) {
    Table list{kPartColumns, {}};
    bool ok = true;
    for (const Part& part : parts_of(in)) {
        ok = ok && write_part(part, in, rows, memo, out);
        list.rows.push_back({part.municipality->id, part.municipality->name,
                             static_cast<long>(part.schools.size()), part.dir});
    }
    return ok && out.put("data/municipalities.csv", to_csv(list)) &&
           out.put("data/municipalities.json", to_json(list));
}

}  // namespace shnor::render
