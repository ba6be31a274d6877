#pragma once
// Hand-built model values for the compute tests: short constructors so a test
// reads as its data table.
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "compute/analysis.hpp"
#include "model/date.hpp"
#include "model/project.hpp"

namespace shnor::testing {

using namespace shnor::model;

inline Date day(const char* iso) { return *parse_date(iso); }

// Equality within rounding noise of hand-worked fractions.
inline bool near(double a, double b) { return std::abs(a - b) < 1e-9; }

inline CatalogueIndicator cat_indicator(std::string id, Direction direction, double medium,
                                        double high) {
    CatalogueIndicator i;
    i.id = std::move(id);
    i.direction = direction;
    i.thresholds = {medium, high};
    return i;
}

inline RiskFactor factor(std::string id, int number,
                         std::vector<CatalogueIndicator> indicators = {},
                         std::string replaces = "") {
    RiskFactor f;
    f.id = std::move(id);
    f.number = number;
    f.indicators = std::move(indicators);
    f.replaces = std::move(replaces);
    return f;
}

inline Catalogue catalogue(int year, std::vector<RiskFactor> factors) {
    Catalogue c;
    c.year = year;
    c.factors = std::move(factors);
    return c;
}

// Supplied levels get distinct positions: line 10 + their index, column 11.
inline Diagnostic diagnostic(int year, Wave wave, std::map<std::string, Level> levels,
                             std::map<std::string, double> values = {},
                             std::vector<std::string> selected = {}) {
    Diagnostic d;
    d.year = year;
    d.wave = wave;
    d.loc = {"schools/s/diagnostics.yaml", 2, 5};
    int line = 10;
    for (const auto& [id, level] : levels)
        d.level_locs[id] = {"schools/s/diagnostics.yaml", line++, 11};
    d.supplied_levels = std::move(levels);
    d.indicator_values = std::move(values);
    d.selected_risks = std::move(selected);
    return d;
}

inline Indicator indicator(std::string id, Trend trend, Point baseline,
                           std::vector<Point> targets) {
    Indicator i;
    i.id = std::move(id);
    i.trend = trend;
    i.baseline = baseline;
    i.targets = std::move(targets);
    return i;
}

inline Measure measure(std::string id, MeasureStatus status, const char* due) {
    Measure m;
    m.id = std::move(id);
    m.status = status;
    m.start = day("2021-01-01");
    m.due = day(due);
    return m;
}

inline Review review(const char* date, ReviewStatus status) {
    Review r;
    r.date = day(date);
    r.status = status;
    return r;
}

inline Document document(std::string id, int year, DocKind kind = DocKind::Programme,
                         std::string risk = "") {
    Document d;
    d.id = std::move(id);
    d.year = year;
    d.kind = kind;
    d.risk = std::move(risk);
    return d;
}

inline Measurement measurement(std::string indicator, const char* date, double value) {
    Measurement m;
    m.indicator = std::move(indicator);
    m.date = day(date);
    m.value = value;
    return m;
}

inline Participation participation(int year, Outcome outcome = Outcome::Continues) {
    Participation p;
    p.year = year;
    p.outcome = outcome;
    return p;
}

inline School school(std::string id, std::string municipality,
                     std::vector<Participation> participation = {}) {
    School s;
    s.id = std::move(id);
    s.municipality = std::move(municipality);
    s.participation = std::move(participation);
    return s;
}

inline Municipality municipality(std::string id, std::string name) {
    Municipality m;
    m.id = std::move(id);
    m.name = std::move(name);
    return m;
}

inline ProgrammeYear programme_year(int year) {
    ProgrammeYear y;
    y.year = year;
    return y;
}

}  // namespace shnor::testing
