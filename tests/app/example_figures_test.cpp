// The example region exercises every status, and the figures its pages and
// open data show are the ones computed here (worked out when the example
// was written: see the content commit).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "app/pipeline.hpp"
#include "compute/analysis.hpp"
#include "load/content.hpp"
#include "model/build.hpp"

using namespace shnor;

namespace {

struct Example {
    load::Content content;
    model::Project project;
    compute::Analysis analysis;
};

const Example& example() {
    static Example e = [] {
        Example x;
        fs::DiskFileSystem disk;
        diag::Sink sink;
        x.content = load::load_content(disk, std::string(SHNOR_SOURCE_DIR) + "/content", sink);
        x.project = model::build_project(x.content, sink);
        x.analysis = compute::analyse(x.project, *x.project.region.report_date, sink);
        return x;
    }();
    return e;
}

}  // namespace

TEST_CASE("example region: every indicator and measure status occurs", "[app][example]") {
    using compute::IndicatorStatus;
    const auto& a = example().analysis;
    REQUIRE(a.region.size() == 2);
    const auto& y2021 = a.region[0].counts;
    const auto& y2022 = a.region[1].counts;
    CHECK(y2021.achieved == 126);
    CHECK(y2021.lagging == 80);
    CHECK(y2021.no_data == 33);
    CHECK(y2022.achieved == 68);
    CHECK(y2022.on_track == 24);
    CHECK(y2022.lagging == 67);
    CHECK(y2022.no_data == 20);
    CHECK(y2021.overdue == 2);
    CHECK(y2022.overdue == 28);
    CHECK(y2022.cancelled > 0);
    CHECK(y2022.planned > 0);
    CHECK(y2022.in_progress > 0);
}

TEST_CASE("example region: the measure due on the report date is not overdue", "[app][example]") {
    const auto* s = example().analysis.school("sosh-17-ensk");
    REQUIRE(s);
    const auto* y = s->year(2022);
    REQUIRE(y);
    bool found = false;
    for (const auto& d : y->documents)
        for (const auto& m : d.measures)
            if (m.measure->due == model::Date{2022, 12, 20}) {
                found = true;
                CHECK_FALSE(m.overdue);
            }
    CHECK(found);
}

TEST_CASE("example region: monitoring figures", "[app][example]") {
    const auto& r = example().analysis.region;
    CHECK(r[0].schools == 26);
    CHECK(r[0].exited == 7);
    CHECK(r[1].schools == 22);
    CHECK(r[1].second_year == 19);
    CHECK(r[1].reduction == Approx((26.0 - 22.0) / 26.0));
}

TEST_CASE("example region: open data carries the same figures", "[app][example]") {
    fs::DiskFileSystem disk;
    app::Options options;
    options.content = std::string(SHNOR_SOURCE_DIR) + "/content";
    auto r = app::run_pipeline(options, disk, app::Stop::AfterRender);
    REQUIRE(r.ok());
    auto rows = nlohmann::json::parse(r.files.at("data/schools.json"));
    int overdue_2022 = 0, achieved_2021 = 0;
    for (const auto& row : rows) {
        if (row.at("year") == 2022) overdue_2022 += row.at("overdue").get<int>();
        if (row.at("year") == 2021) achieved_2021 += row.at("achieved").get<int>();
    }
    CHECK(overdue_2022 == example().analysis.region[1].counts.overdue);
    CHECK(achieved_2021 == example().analysis.region[0].counts.achieved);

    // The dashboard's and municipality pages' figures, and roll-ups add up.
    auto monitoring = nlohmann::json::parse(r.files.at("data/monitoring.json"));
    int region_overdue = -1, municipal_overdue = 0, region_schools = -1, municipal_schools = 0;
    for (const auto& row : monitoring) {
        if (row.at("year") != 2022) continue;
        if (row.at("scope") == "region") {
            region_overdue = row.at("overdue").get<int>();
            region_schools = row.at("schools").get<int>();
        } else {
            municipal_overdue += row.at("overdue").get<int>();
            municipal_schools += row.at("schools").get<int>();
        }
    }
    CHECK(region_overdue == 28);
    CHECK(region_schools == 22);
    CHECK(municipal_overdue == region_overdue);
    CHECK(municipal_schools == region_schools);
}
