#pragma once
// The open-data tables of a school's records (issue #15): curator visits and
// assessment results, one row per record (render/open_data writes them).
#include <vector>

#include "compute/analysis.hpp"
#include "render/table.hpp"

namespace shnor::render {

const std::vector<Column>& visit_columns();
const std::vector<Column>& result_columns();
Table visits_table(const compute::SchoolAnalysis& sa);
Table results_table(const compute::SchoolAnalysis& sa);

}  // namespace shnor::render
