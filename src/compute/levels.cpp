#include "compute/levels.hpp"

#include <string>

namespace shnor::compute {

using model::Direction;

namespace {

// Only for the disagreement warning: the one Russian text compute/ produces,
// because the sink needs a finished message.
const char* level_word(Level level) {
    switch (level) {
        case Level::None:
            return "нет риска";
        case Level::Low:
            return "низкий";
        case Level::Medium:
            return "средний";
        case Level::High:
            return "высокий";
    }
    return "";
}

std::string disagreement(const std::string& factor, Level supplied, Level computed) {
    return "уровень риска «" + factor + "» от ФИОКО («" + level_word(supplied) +
           "») не совпадает с вычисленным по показателям («" + level_word(computed) + "»)";
}

diag::SourceLoc supplied_loc(const model::Diagnostic& d, const std::string& factor) {
    auto it = d.level_locs.find(factor);
    return it != d.level_locs.end() ? it->second : d.loc;
}

void count(RiskProfile& profile, std::optional<Level> level) {
    if (!level) return;
    switch (*level) {
        case Level::High:
            ++profile.high;
            break;
        case Level::Medium:
            ++profile.medium;
            break;
        case Level::Low:
            ++profile.low;
            break;
        case Level::None:
            break;  // «нет риска» is not a risk of any level
    }
}

}  // namespace

Level indicator_level(const model::CatalogueIndicator& indicator, double value) {
    const auto& t = indicator.thresholds;
    if (indicator.direction == Direction::HigherIsWorse) {
        if (value >= t.high) return Level::High;
        if (value >= t.medium) return Level::Medium;
        return Level::Low;
    }
    if (value <= t.high) return Level::High;
    if (value <= t.medium) return Level::Medium;
    return Level::Low;
}

std::optional<Level> computed_level(const model::RiskFactor& factor,
                                    const model::Diagnostic& diagnostic) {
    std::optional<Level> worst;
    for (const auto& indicator : factor.indicators) {
        auto it = diagnostic.indicator_values.find(indicator.id);
        if (it == diagnostic.indicator_values.end()) continue;
        Level level = indicator_level(indicator, it->second);
        if (!worst || level > *worst) worst = level;
    }
    return worst;
}

FactorLevel factor_level(const model::RiskFactor& factor, const model::Diagnostic& diagnostic,
                         diag::Sink& sink) {
    FactorLevel out;
    out.factor = &factor;
    out.computed = computed_level(factor, diagnostic);
    if (auto it = diagnostic.supplied_levels.find(factor.id);
        it != diagnostic.supplied_levels.end())
        out.supplied = it->second;
    out.level = out.supplied ? out.supplied : out.computed;
    if (out.supplied && out.computed && *out.supplied != *out.computed)
        sink.warning(supplied_loc(diagnostic, factor.id),
                     disagreement(factor.id, *out.supplied, *out.computed));
    return out;
}

RiskProfile risk_profile(const model::Catalogue* catalogue, const model::Diagnostic& diagnostic,
                         diag::Sink& sink) {
    RiskProfile profile;
    profile.year = diagnostic.year;
    profile.wave = diagnostic.wave;
    if (!catalogue) return profile;
    for (const auto& factor : catalogue->factors) {
        profile.factors.push_back(factor_level(factor, diagnostic, sink));
        count(profile, profile.factors.back().level);
    }
    return profile;
}

const FactorLevel* RiskProfile::factor(const std::string& id) const {
    for (const auto& f : factors)
        if (f.factor && f.factor->id == id) return &f;
    return nullptr;
}

}  // namespace shnor::compute
