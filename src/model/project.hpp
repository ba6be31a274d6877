#pragma once
// Plain domain types. Built by model/build from the loaded YAML; read by
// compute/ and view/. Containers are ordered (std::map / vectors sorted by
// id) so that everything downstream is deterministic.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/source_loc.hpp"
#include "model/date.hpp"
#include "model/records.hpp"

namespace shnor::model {

using diag::SourceLoc;

enum class Level { None, Low, Medium, High };          // ordered: worse is greater
enum class Direction { HigherIsWorse, LowerIsWorse };  // catalogue indicators
enum class Trend { Increase, Decrease };               // roadmap indicators
enum class Wave { Initial, Final };
enum class MeasureStatus { Planned, InProgress, Done, Cancelled };
enum class ReviewStatus { Draft, Submitted, Returned, Accepted };
enum class DocKind { Concept, Programme, AntiRisk };
enum class Outcome { Continues, Exited };
enum class Role { Curator, RegionalCoordinator, MunicipalCoordinator };

struct Order {
    std::string issuer;
    std::string issuer_genitive;  // «министерства образования …»: «к приказу министерства …»
    std::string number;
    Date date;
    std::string title;
    int annex = 1;  // «Приложение № N»
};

struct ProgrammeYear {
    int year = 0;
    Order order;
    SourceLoc loc;
};

// Which dates a programme year's measures and targets may take: the
// calendar year, or (school-year) also up to 31 August of the next year.
enum class MeasurePeriod { Calendar, SchoolYear };

struct Region {
    std::string name;
    std::string ministry;
    std::string operator_name;  // regional operator, e.g. an «ИРО»
    std::string base_url;       // empty: no canonical links, no sitemap URLs
    std::optional<Date> report_date;
    std::vector<ProgrammeYear> years;  // sorted by year
    MeasurePeriod measure_period = MeasurePeriod::Calendar;
    int partnership_target = 5;  // agreements a year (seed 003: «не менее 5-ти в год»)
    int visit_gap_months = 3;    // a school without a visit this long is flagged
    SourceLoc loc;
};

struct Municipality {
    std::string id, name, kind;
    SourceLoc loc;
};

struct Person {
    std::string id, name, position, organization;
    Role role = Role::Curator;
    std::string municipality;  // municipal coordinators only
    std::vector<int> years;
    SourceLoc loc;
    // Where referenced ids are written, for messages about them.
    SourceLoc municipality_loc;
};

struct Threshold {
    double medium = 0, high = 0;
};

struct CatalogueIndicator {
    std::string id, title, source, unit;
    Direction direction = Direction::HigherIsWorse;
    Threshold thresholds;
    SourceLoc loc;
};

struct RiskFactor {
    std::string id;
    int number = 0;
    std::string title, group;
    std::string replaces;  // id in the previous year's catalogue; empty: same id
    std::vector<CatalogueIndicator> indicators;
    SourceLoc loc;
    // Where referenced ids are written, for messages about them.
    SourceLoc group_loc, replaces_loc;
};

struct FactorGroup {
    std::string id, title;
};

struct Catalogue {
    int year = 0;
    std::vector<FactorGroup> groups;
    std::vector<RiskFactor> factors;  // sorted by number
    SourceLoc loc;
    const RiskFactor* factor(const std::string& id) const;
};

struct Participation {
    int year = 0;
    std::string curator;  // person id
    std::string basis;
    Outcome outcome = Outcome::Continues;
    // The director approved («УТВЕРЖДАЮ») the year's roadmap; none: not yet.
    std::optional<Date> roadmap_approved;
    SourceLoc approved_loc;
    SourceLoc loc;
    // Where referenced ids are written, for messages about them.
    SourceLoc curator_loc;
};

struct Contingent {
    int students = 0, students_ovz = 0, teachers = 0;
};

struct Diagnostic {
    int year = 0;
    Wave wave = Wave::Initial;
    Date date;
    std::map<std::string, int> respondents;          // director/teachers/students/parents
    std::map<std::string, double> indicator_values;  // catalogue indicator id -> value
    std::map<std::string, Level> supplied_levels;    // factor id -> level from ФИОКО
    std::map<std::string, SourceLoc> level_locs;     // for disagreement warnings
    std::vector<std::string> selected_risks;         // factor ids
    SourceLoc loc;
    // Where referenced ids are written, for messages about them.
    std::vector<SourceLoc> selected_risk_locs;        // parallel to selected_risks
    std::map<std::string, SourceLoc> indicator_locs;  // where each id is written
};

struct Point {
    double value = 0;
    Date date;
};

struct Indicator {
    std::string id, title, unit, method;
    Trend trend = Trend::Increase;  // which way is better
    Point baseline;
    std::vector<Point> targets;  // sorted by date
    SourceLoc loc;
};

struct Task {
    std::string id, title;
    SourceLoc loc;
};

struct Measure {
    std::string id, task, title;
    Date start, due;
    std::optional<Date> done_date;
    std::string responsible, participants, result;
    std::vector<std::string> indicators;
    std::vector<WebLink> evidence;  // an order, minutes, a report
    MeasureStatus status = MeasureStatus::Planned;
    SourceLoc loc, done_loc;  // done_loc: the done_date value, for date errors
    // Where referenced ids are written, for messages about them.
    SourceLoc task_loc;
    std::vector<SourceLoc> indicator_locs;  // parallel to indicators
};

struct Review {
    Date date;
    ReviewStatus status = ReviewStatus::Submitted;
    std::string by, comment;  // by: a person id, or «школа» for a submission
    SourceLoc loc, by_loc;
};

struct Document {
    std::string id;  // file stem
    int year = 0;
    DocKind kind = DocKind::Programme;
    std::string risk;  // factor id for anti-risk programmes
    std::string title, goal;
    std::vector<Task> tasks;
    std::vector<Indicator> indicators;
    std::vector<Measure> measures;
    std::vector<Review> reviews;  // in date order
    SourceLoc loc;
    // Where referenced ids are written, for messages about them.
    SourceLoc risk_loc;
};

struct Measurement {
    std::string indicator;  // roadmap indicator id, unique within a school-year
    Date date;
    double value = 0;
    std::string source;
    std::string analysis;  // the school's short comment on the value
    SourceLoc loc;
    // Where referenced ids are written, for messages about them.
    SourceLoc indicator_loc;
};

struct School {
    std::string id, name, short_name, municipality, address;
    bool rural = false;               // село; otherwise город
    bool small = false;               // малокомплектная
    std::vector<std::string> levels;  // НОО, ООО, СОО
    Contingent contingent;
    std::string director, website;
    std::vector<Participation> participation;  // sorted by year
    std::vector<Diagnostic> diagnostics;       // sorted by year, wave
    std::vector<Document> documents;           // sorted by year, kind, id
    std::vector<Measurement> measurements;     // sorted by indicator, date
    std::vector<Visit> visits;                 // sorted by date
    std::vector<AssessmentResult> results;     // sorted by year, assessment, subject, grade
    std::vector<SuppliedIndicators> supplied_indicators;  // sorted by year
    SourceLoc loc;
    // Where referenced ids are written, for messages about them.
    SourceLoc municipality_loc;

    const Participation* in_year(int year) const;
    const Diagnostic* diagnostic(int year, Wave wave) const;
};

struct Page {
    std::string id, title, markdown;  // content/pages/<id>.md
    int order = 0;
    SourceLoc loc;
};

struct Project {
    Region region;
    std::vector<Municipality> municipalities;  // sorted by name
    std::vector<Person> people;                // sorted by id
    std::map<int, Catalogue> catalogues;       // by year
    std::vector<School> schools;               // sorted by id
    std::vector<Page> pages;                   // sorted by order, id
    std::vector<Leader> leaders;               // sorted by id
    std::vector<Partnership> partnerships;     // sorted by year, date, number
    std::vector<Practice> practices;           // sorted by year, id
    // School folder ids, known before the schools are built (region checks).
    std::vector<std::string> school_ids;

    const Municipality* municipality(const std::string& id) const;
    const Person* person(const std::string& id) const;
    const School* school(const std::string& id) const;
    const Catalogue* catalogue(int year) const;

    // Builds the id indexes of the lookups above, once the vectors are
    // complete (model/build does it). Lookups on a project changed since, or
    // never indexed (hand-made in tests), fall back to a scan.
    void reindex();

private:
    struct Index {
        std::map<std::string, std::size_t> municipalities, people, schools;
    } index_;
};

}  // namespace shnor::model
