#pragma once
// Open data under data/: one table per record kind, as CSV and JSON. The
// per-school tables are made school by school (fragments that the engine may
// keep in its cache) and written row by row in project order.
#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "compute/analysis.hpp"
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

SchoolData school_data(const model::Project& project, const compute::SchoolAnalysis& school);

// data/monitoring (the figures) and every per-school table, taking school i's
// fragments from data(i) for i < schools. False when the sink failed.
bool write_open_data(const compute::Analysis& analysis, std::size_t schools,
                     const std::function<SchoolData(std::size_t)>& data, write::OutputSink& out);

}  // namespace shnor::render
