#include "compute/dynamics.hpp"

namespace shnor::compute {

namespace {

std::optional<Level> level_of(const RiskProfile& profile, const std::string& id) {
    const FactorLevel* f = profile.factor(id);
    return f ? f->level : std::nullopt;
}

FactorChange change(const model::RiskFactor* factor, std::optional<Level> before,
                    std::optional<Level> after) {
    return {factor, before, after, compare_levels(before, after)};
}

// The id this factor had in the previous year's catalogue.
const std::string& previous_id(const model::RiskFactor& factor) {
    return factor.replaces.empty() ? factor.id : factor.replaces;
}

}  // namespace

Change compare_levels(std::optional<Level> before, std::optional<Level> after) {
    if (!before || !after) return Change::NoData;
    if (*after < *before) return Change::Improved;
    if (*after > *before) return Change::Worsened;
    return Change::Unchanged;
}

std::vector<FactorChange> within_year(const RiskProfile& initial, const RiskProfile& final_) {
    std::vector<FactorChange> out;
    for (const auto& f : initial.factors)
        out.push_back(change(f.factor, f.level, level_of(final_, f.factor->id)));
    return out;
}

std::vector<FactorChange> year_over_year(const RiskProfile& previous, const RiskProfile& current) {
    std::vector<FactorChange> out;
    for (const auto& f : current.factors)
        out.push_back(change(f.factor, level_of(previous, previous_id(*f.factor)), f.level));
    return out;
}

}  // namespace shnor::compute
