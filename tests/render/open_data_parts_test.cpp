// Open data at national scale: past the threshold the per-school tables are
// written per municipality, with a list of the parts, and a rebuild reads
// and writes only the municipalities whose rows changed.
#include "render/open_data_parts.hpp"

#include <catch2/catch_test_macros.hpp>
#include <nlohmann/json.hpp>
#include <set>

#include "render/site_fixture.hpp"
#include "support/fixtures.hpp"

using namespace shnor;
using testing::SiteFixture;

namespace {

model::Project listed_project() {
    model::Project p = testing::site_project();
    for (const auto& s : p.schools) p.school_ids.push_back(s.id);
    // A municipality without schools gets no folder.
    p.municipalities.push_back({"pustoy", "Пустой район", "муниципальный район", {}});
    return p;
}

// School i's rows, counting the fetches; digests that a test may change.
struct Rows {
    const SiteFixture& f;
    std::vector<std::uint64_t> digests;
    std::multiset<std::string> fetched;  // school ids

    explicit Rows(const SiteFixture& fixture)
        : f(fixture), digests(fixture.analysis.schools.size()) {
        for (std::size_t i = 0; i < digests.size(); ++i) digests[i] = 100 + i;
    }
    render::SchoolRows rows() {
        return {[this](std::size_t i) {
                    fetched.insert(f.analysis.schools[i].school->id);
                    return render::school_data(f.project, f.analysis.schools[i]);
                },
                [this](std::size_t i) { return digests[i]; }};
    }
};

write::OutputSet write_data(const SiteFixture& f, std::size_t max_whole, Rows& rows,
                            render::OutputMemo* memo = nullptr,
                            const write::OutputSet* previous = nullptr) {
    write::MemoryOutput out(previous);
    REQUIRE(render::write_open_data({f.project, f.analysis, max_whole}, rows.rows(), memo, out));
    return out.take();
}

nlohmann::json only_schools(const nlohmann::json& rows, const std::set<std::string>& ids) {
    nlohmann::json kept = nlohmann::json::array();
    for (const auto& row : rows)
        if (ids.count(row.at("school").get<std::string>())) kept.push_back(row);
    return kept;
}

}  // namespace

TEST_CASE("open data below the threshold: one file per table, as before", "[render][open-data]") {
    SiteFixture f(listed_project());
    Rows rows(f);
    const auto out = write_data(f, 3, rows);  // three schools: not past 3
    CHECK(out.count("data/schools.csv") == 1);
    CHECK(out.count("data/municipalities.csv") == 0);
    CHECK(out.count("data/ensk/schools.csv") == 0);
}

TEST_CASE("open data past the threshold: the same tables per municipality and a list of them",
          "[render][open-data]") {
    SiteFixture f(listed_project());
    Rows rows(f);
    const auto whole = write_data(f, 3, rows);
    const auto split = write_data(f, 2, rows);
    CHECK(split.at("data/monitoring.csv") == whole.at("data/monitoring.csv"));
    CHECK(split.at("data/monitoring.json") == whole.at("data/monitoring.json"));
    const std::map<std::string, std::set<std::string>> parts = {{"ensk", {"sosh-1", "sosh-2"}},
                                                                {"ozerskiy", {"lesnoe"}}};
    for (std::size_t t = 0; t < render::kSchoolTables.size(); ++t) {
        const char* table = render::kSchoolTables[t];
        CHECK(split.count(std::string("data/") + table + ".csv") == 0);
        const std::string csv = whole.at(std::string("data/") + table + ".csv");
        const std::string head = csv.substr(0, csv.find("\r\n") + 2);
        const auto all = nlohmann::json::parse(whole.at(std::string("data/") + table + ".json"));
        for (const auto& [id, schools] : parts) {
            INFO(id << " " << table);
            const std::string stem = "data/" + id + "/" + table;
            // The same header, and the rows of its schools in the same order.
            std::string expected = head;
            for (std::size_t i = 0; i < f.analysis.schools.size(); ++i)
                if (schools.count(f.analysis.schools[i].school->id))
                    expected += render::school_data(f.project, f.analysis.schools[i])[t].csv;
            CHECK(split.at(stem + ".csv") == expected);
            CHECK(nlohmann::json::parse(split.at(stem + ".json")) == only_schools(all, schools));
        }
    }
    for (const auto& [path, _] : split) CHECK(path.rfind("data/pustoy/", 0) != 0);

    const auto list = nlohmann::json::parse(split.at("data/municipalities.json"));
    CHECK(list == nlohmann::json::parse(R"([
        {"municipality": "ensk", "name": "городской округ Энск", "schools": 2,
         "folder": "data/ensk/"},
        {"municipality": "ozerskiy", "name": "Озёрский муниципальный район", "schools": 1,
         "folder": "data/ozerskiy/"}])"));
    CHECK(split.at("data/municipalities.csv") ==
          "\xEF\xBB\xBF"
          "код муниципалитета;муниципалитет;школ;папка с таблицами\r\n"
          "ensk;городской округ Энск;2;data/ensk/\r\n"
          "ozerskiy;Озёрский муниципальный район;1;data/ozerskiy/\r\n");
    // docs/open-data.md describes the list like every other table.
    const std::string docs = test::read_file(test::test_dir() + "/../docs/open-data.md");
    for (const char* row : {"| `municipality` | код муниципалитета |", "| `name` | муниципалитет |",
                            "| `schools` | школ |", "| `folder` | папка с таблицами |"})
        CHECK(docs.find(row) != std::string::npos);
}

TEST_CASE("open data per municipality: an unchanged municipality's rows are not even read",
          "[render][open-data]") {
    SiteFixture f(listed_project());
    Rows rows(f);
    render::OutputMemo first;
    const auto before = write_data(f, 0, rows, &first);
    CHECK(rows.fetched.size() == 3);  // a cold memo: every school once

    // lesnoe (ozerskiy) changed: only ozerskiy's rows are read and written.
    rows.fetched.clear();
    rows.digests[0] = 999;
    REQUIRE(f.analysis.schools[0].school->id == "lesnoe");
    render::OutputMemo second(first.current());
    const auto after = write_data(f, 0, rows, &second, &before);
    CHECK(rows.fetched == std::multiset<std::string>{"lesnoe"});
    CHECK(after == before);  // the same rows, in fact
    CHECK(second.current().count("data/ensk/measures.json") == 1);

    // Nothing changed: nothing is read.
    rows.fetched.clear();
    render::OutputMemo third(second.current());
    CHECK(write_data(f, 0, rows, &third, &after) == before);
    CHECK(rows.fetched.empty());

    // Without the previous files the memo cannot help: everything is read.
    rows.fetched.clear();
    render::OutputMemo fourth(third.current());
    const write::OutputSet none;
    CHECK(write_data(f, 0, rows, &fourth, &none) == before);
    CHECK(rows.fetched.size() == 3);
}
