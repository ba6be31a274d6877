#pragma once
// Figures per programme year for the region and each municipality, summed
// from the school-years (summaries) of schools in the programme that year.
#include <vector>

#include "compute/analysis.hpp"

namespace shnor::compute {

// Figures for `year` over the given schools. A school counts when it has a
// participation entry for the year; "previous year" means year - 1.
YearFigures year_figures(const std::vector<const SchoolSummary*>& schools, int year);

// One entry per programme year of the region, ascending.
std::vector<YearFigures> region_figures(const model::Project& project,
                                        const std::vector<SchoolSummary>& schools);

// Parallel to region_figures: per year, one entry per municipality in project order.
std::vector<std::vector<MunicipalityYear>> municipality_figures(
    const model::Project& project, const std::vector<SchoolSummary>& schools);

}  // namespace shnor::compute
