#pragma once
// The programme's records beside the roadmaps (issue #15): curator visits,
// assessment results and the region's six indicators per school-year;
// leader schools, partnership agreements and best practices region-wide.
// Enumerated values stay as their English keys (visit format, assessment,
// support form); model/labels holds their Russian labels.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "diag/source_loc.hpp"
#include "model/date.hpp"

namespace shnor::model {

// A link to a published document: an order, minutes, a report.
struct WebLink {
    std::string title, url;
    diag::SourceLoc loc;
};

// schools/<id>/<year>/visits.yaml: one visit or consultation by a curator.
struct Visit {
    int year = 0;  // the folder's year
    Date date;
    std::string curator;  // person id
    std::string format;   // visit | online | consultation
    std::string purpose, findings, recommendations;
    std::string report;  // URL of the published visit report; empty: none
    diag::SourceLoc loc, curator_loc, date_loc, report_loc;
};

// schools/<id>/<year>/results.yaml: one assessment in one subject.
struct AssessmentResult {
    int year = 0;
    std::string assessment;  // vpr | oge | ege | regional
    std::string subject;
    int grade = 0;  // класс; 0: not given
    int participants = 0;
    std::optional<double> below_basic;  // % of participants below the basic level
    std::optional<double> mean_score;
    std::optional<bool> objective;  // false: flagged as possibly not objective
    diag::SourceLoc loc;
};

// The six regional indicators of seed 003, in its order.
enum class RegionalIndicator {
    BasicResults,  // массовость достижения базовых результатов
    Talents,       // развитие талантов обучающихся
    Objectivity,   // прозрачность и объективность оценки
    Environment,   // качество образовательной среды
    Individualisation,  // индивидуализация образовательного процесса
    Graduates,  // участие в программах подготовки выпускников
};
constexpr std::size_t kRegionalIndicators = 6;
// Content keys, in enum order: basic-results, talents, objectivity, ...
const std::array<const char*, kRegionalIndicators>& regional_indicator_keys();

// Values a school supplies for a year (results.yaml, `indicators`), in %.
struct SuppliedIndicators {
    int year = 0;
    std::array<std::optional<double>, kRegionalIndicators> values;
    diag::SourceLoc loc;
};

// leaders.yaml: a school with high results that supports ШНОР («донор»);
// it need not be in the programme.
struct Leader {
    std::string id, name, municipality, website;
    std::string school;  // its programme school id, if it is one too
    diag::SourceLoc loc, municipality_loc, school_loc;
};

// partnerships/<year>.yaml: an agreement between a leader and a ШНОР.
struct Partnership {
    int year = 0;  // the file's year: counted against that year's target
    std::string number;
    Date date;
    std::string leader, school;  // leader id, programme school id
    std::optional<Date> from, to;
    std::vector<std::string> support;  // consultation | methodical | organisational | resource
    std::string subject;
    diag::SourceLoc loc, leader_loc, school_loc, date_loc;
};

// practices/<id>.yaml: an entry of the bank of best practices.
struct Practice {
    std::string id, title, school;  // school: a programme school or a leader id
    int year = 0;
    std::vector<std::string> factors;  // factor ids of that year's catalogue
    std::string description;           // Markdown
    std::vector<WebLink> links;
    diag::SourceLoc loc, school_loc;
    std::vector<diag::SourceLoc> factor_locs;  // parallel to factors
};

}  // namespace shnor::model
