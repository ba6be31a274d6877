#pragma once
// A school's summary (compute::SchoolSummary, declared in analysis.hpp)
// from its full analysis.
#include "compute/analysis.hpp"

namespace shnor::compute {

SchoolSummary summarise(const model::Project& project, const SchoolAnalysis& analysis);

}  // namespace shnor::compute
