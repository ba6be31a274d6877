#pragma once
// Factor-level dynamics: initial -> final within a year, and the previous
// year's last profile -> this year's initial one across catalogue changes.
#include <optional>
#include <vector>

#include "compute/analysis.hpp"

namespace shnor::compute {

// Lower is better (None < Low < Medium < High); a missing side is NoData.
Change compare_levels(std::optional<Level> before, std::optional<Level> after);

// One change per factor of the initial profile, in catalogue order.
std::vector<FactorChange> within_year(const RiskProfile& initial, const RiskProfile& final_);

// One change per factor of the current profile, in its catalogue order. A
// factor with `replaces` X is matched with factor X of the previous profile,
// otherwise with the same id; no match gives NoData.
std::vector<FactorChange> year_over_year(const RiskProfile& previous, const RiskProfile& current);

}  // namespace shnor::compute
