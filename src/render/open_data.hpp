#pragma once
// Open data under data/: one table per record kind, as CSV and JSON.
#include "compute/analysis.hpp"
#include "write/output_set.hpp"

namespace shnor::render {

// data/schools, data/measures, data/indicators, data/risk-profiles (.csv, .json)
void add_open_data(const model::Project& project, const compute::Analysis& analysis,
                   write::OutputSet& out);

}  // namespace shnor::render
