#pragma once
// The people pages' roll-ups: for each person, their schools per programme
// year from the schools' summaries, most urgent first.
#include <vector>

#include "compute/analysis.hpp"

namespace shnor::compute {

// One entry per person of the project, in project order. A curator serves
// the schools whose participation names them; a municipal coordinator the
// schools of their municipality; a regional coordinator every school. A
// year appears when the person is listed for it or (a curator) is named by
// a school that year, and it is a programme year of the region.
std::vector<PersonRollup> people_rollups(const model::Project& project,
                                         const std::vector<SchoolSummary>& schools);

// Sorts indexes into `schools` by the urgency of their `year`'s attention
// items (compare_urgency), then by list name, then id: the order of every
// people page.
void sort_by_urgency(std::vector<std::size_t>& order, const std::vector<SchoolSummary>& schools,
                     int year);

}  // namespace shnor::compute
