#pragma once
// Open data under data/: one table per record kind, as CSV and JSON. The
// per-school tables are made school by school (fragments that the engine may
// keep in its cache) and written row by row in project order; at national
// scale, one set of them per municipality.
#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "compute/analysis.hpp"
#include "render/output_memo.hpp"
#include "render/table.hpp"
#include "view/build_common.hpp"
#include "write/output_sink.hpp"

namespace shnor::render {

// The tables made per school, in this order: data/<name>.csv and .json.
inline constexpr std::array<const char*, 6> kSchoolTables = {
    "schools", "measures", "indicators", "risk-profiles", "visits", "results"};

// One table's rows of one school: CSV lines and JSON array items.
struct DataFragment {
    std::string csv;
    std::vector<std::string> json;
    bool operator==(const DataFragment&) const = default;
};
using SchoolData = std::array<DataFragment, kSchoolTables.size()>;

// The columns of kSchoolTables[table].
const std::vector<Column>& school_table_columns(std::size_t table);

SchoolData school_data(const model::Project& project, const compute::SchoolAnalysis& school);

// Where the per-school tables' rows come from, school i in summaries order.
struct SchoolRows {
    // School i's rows. On a rebuild they are read from the build cache (at
    // national scale gigabytes): called only for the schools whose tables
    // are written, once each.
    std::function<SchoolData(std::size_t)> data;
    // A 64-bit digest of school i's rows, known without reading them: keys
    // a municipality's tables in the memo. Needed only with a memo.
    std::function<std::uint64_t(std::size_t)> digest;
};

// data/monitoring (the figures) and the per-school tables for the schools
// of in.analysis.summaries: region-wide (data/<table>.*), or per
// municipality past view::open_data_by_municipality (open_data_parts.hpp),
// where the memo reuses a municipality's files whose rows are unchanged.
// False when the sink failed.
bool write_open_data(const view::SiteInput& in, const SchoolRows& rows, OutputMemo* memo,
                     write::OutputSink& out);

}  // namespace shnor::render
