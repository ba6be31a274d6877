#pragma once
// Risk levels from a diagnostic: catalogue thresholds applied to indicator
// values, reconciled with the levels ФИОКО supplied.
#include <optional>

#include "compute/analysis.hpp"

namespace shnor::compute {

// The level one indicator value gives under the indicator's thresholds.
Level indicator_level(const model::CatalogueIndicator& indicator, double value);

// The worst level among the factor's indicators that have a value in the
// diagnostic; nullopt when none has a value.
std::optional<Level> computed_level(const model::RiskFactor& factor,
                                    const model::Diagnostic& diagnostic);

// Supplied level wins over the computed one; a disagreement is a warning at
// the supplied level's position.
FactorLevel factor_level(const model::RiskFactor& factor, const model::Diagnostic& diagnostic,
                         diag::Sink& sink);

// One entry per factor of the catalogue, in catalogue order. A null catalogue
// (no catalogue for that year) gives a profile without factors.
RiskProfile risk_profile(const model::Catalogue* catalogue, const model::Diagnostic& diagnostic,
                         diag::Sink& sink);

}  // namespace shnor::compute
