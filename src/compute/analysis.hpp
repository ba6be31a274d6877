#pragma once
// Every figure a page, PDF or export shows is computed here, once.
// Pure functions of (Project, report date): no I/O, no formatting.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "compute/attention.hpp"
#include "diag/diagnostic.hpp"
#include "model/project.hpp"

namespace shnor::compute {

using model::Level;

enum class IndicatorStatus { Achieved, OnTrack, Lagging, NoData };
enum class Change { Improved, Unchanged, Worsened, NoData };

struct IndicatorProgress {
    const model::Indicator* indicator = nullptr;
    std::optional<model::Point> latest;  // last measurement on or before the report date
    std::optional<model::Point> target;  // the next target not yet passed, else the last
    double progress = 0;                 // [0, 1], direction-aware
    double expected = 0;                 // [0, 1], straight line baseline date -> target date
    IndicatorStatus status = IndicatorStatus::NoData;
};

struct MeasureState {
    const model::Measure* measure = nullptr;
    bool overdue = false;  // not done/cancelled and due < report date
};

struct Counts {
    int measures = 0, planned = 0, in_progress = 0, done = 0, cancelled = 0, overdue = 0;
    int indicators = 0, achieved = 0, on_track = 0, lagging = 0, no_data = 0;
    // Share of measures done among those not cancelled; 0 when there are none.
    double done_share() const;
    Counts& operator+=(const Counts& o);
    bool operator==(const Counts&) const = default;
};

struct DocumentProgress {
    const model::Document* document = nullptr;
    model::ReviewStatus review = model::ReviewStatus::Draft;  // latest review entry
    std::vector<MeasureState> measures;                       // document order
    std::vector<IndicatorProgress> indicators;                // document order
    Counts counts;
};

struct FactorLevel {
    const model::RiskFactor* factor = nullptr;
    std::optional<Level> level;     // the level used: supplied, else computed
    std::optional<Level> supplied;  // from ФИОКО
    std::optional<Level> computed;  // from indicator values and thresholds
};

struct RiskProfile {
    int year = 0;
    model::Wave wave = model::Wave::Initial;
    std::vector<FactorLevel> factors;  // catalogue order
    int high = 0, medium = 0, low = 0;
    // The entry for a factor id of this profile's catalogue, or nullptr.
    const FactorLevel* factor(const std::string& id) const;
};

struct FactorChange {
    const model::RiskFactor* factor = nullptr;  // in the later catalogue
    std::optional<Level> before, after;
    Change change = Change::NoData;
};

struct SelectedRisk {
    const model::RiskFactor* factor = nullptr;
    const model::Document* programme = nullptr;  // its anti-risk programme, if any
};

struct SchoolYear {
    int year = 0;
    const model::Participation* participation = nullptr;
    std::optional<RiskProfile> initial, final_;
    // initial -> final; empty unless both waves exist.
    std::vector<FactorChange> within_year;
    // Year - 1's final (or, without one, its initial) -> this initial, matched
    // through `replaces`; empty unless both profiles exist.
    std::vector<FactorChange> from_previous_year;
    std::vector<SelectedRisk> selected;  // initial diagnostic's list, else the final one's
    std::vector<DocumentProgress> documents;
    Counts counts;
    bool exited = false;            // outcome of this year: left the list
    bool roadmap_accepted = false;  // ≥1 document with measures, and all such accepted
};

struct SchoolAnalysis {
    const model::School* school = nullptr;
    // Every year with a participation entry, a diagnostic or a document, ascending;
    // only years with a participation entry enter the roll-ups.
    std::vector<SchoolYear> years;
    model::Date as_of;  // the report date it was computed for
    const SchoolYear* year(int y) const;
};

// What the region-level pages need of one school, and nothing more. The
// engine renders a school, keeps its summary and drops the rest, so memory
// stays small at national scale; the incremental cache stores summaries so an
// unchanged school is not even read. Plain values only: no pointers.
struct YearSummary {
    int year = 0;
    bool participates = false;  // has a participation entry: counts in the roll-ups
    bool exited = false, roadmap_accepted = false;
    bool both_waves = false, high_decreased = false;
    bool no_roadmap = false;  // in the programme, and no document at all
    std::string curator;      // person id; empty: none
    Counts counts;
    // The profile lists show: the initial wave's, else the final one's.
    bool has_profile = false;
    model::Wave wave = model::Wave::Initial;
    int high = 0, medium = 0, low = 0;
    // Levels in the order of the year's catalogue factors (heat maps).
    std::vector<std::optional<model::Level>> levels;
    // Factor ids at high risk, per wave (factor pages).
    std::vector<std::string> high_initial, high_final;
    // Records (compute/records): the year's curator visits up to the report
    // date, the last of them, and the six regional indicators of seed 003.
    int visits = 0, visits_on_site = 0;
    std::optional<model::Date> last_visit;
    std::array<std::optional<double>, model::kRegionalIndicators> indicators{};
    // What needs attention at the report date (people pages), sorted.
    std::vector<AttentionItem> attention;
    bool operator==(const YearSummary&) const = default;
};

struct SchoolSummary {
    std::string id, name, short_name, municipality;
    diag::SourceLoc loc;             // school.yaml, for messages about the school
    std::vector<YearSummary> years;  // ascending, as in SchoolAnalysis
    const YearSummary* year(int y) const;
    // The name lists show: the short name, else the full one.
    const std::string& list_name() const { return short_name.empty() ? name : short_name; }
    bool operator==(const SchoolSummary&) const = default;
};

struct YearFigures {
    int year = 0;
    int schools = 0;      // in the programme that year
    int exited = 0;       // left the list at the end of the year
    int second_year = 0;  // in the programme this year and year - 1
    // (schools(year - 1) - schools(year)) / schools(year - 1); 0 when year - 1 has
    // no schools (the first year); negative when the list grew.
    double reduction = 0;
    int with_roadmap = 0;       // schools with at least one document
    int accepted_roadmaps = 0;  // schools whose roadmap is accepted
    int high_decreased = 0;     // schools whose count of high risks fell initial -> final
    int with_both_waves = 0;    // schools with both diagnostics (the denominator)
    Counts counts;
    int visits = 0, visits_on_site = 0;  // the schools' YearSummary::visits, summed
};

struct MunicipalityYear {
    const model::Municipality* municipality = nullptr;
    YearFigures figures;
};

// A person's schools in one programme year, most urgent first (indexes
// into Analysis::summaries): a curator's schools, a municipal coordinator's
// municipality, every school for the regional coordinator.
// Schools of a municipality by what needs attention (counted once per
// school and kind): the regional coordinator's summary.
struct MunicipalityAttention {
    std::string municipality;  // id
    int schools = 0, needing_attention = 0, no_roadmap = 0, returned = 0, overdue = 0;
};

struct PersonYear {
    int year = 0;
    std::vector<std::size_t> schools;
    int needing_attention = 0;  // schools with at least one item
    // Regional coordinators only: per municipality with schools that year,
    // in project order.
    std::vector<MunicipalityAttention> by_municipality;
};

struct PersonRollup {
    const model::Person* person = nullptr;
    std::vector<PersonYear> years;  // ascending: the programme years they serve
};

struct Analysis {
    model::Date as_of;
    // Whole analyses: filled by analyse() (tests, export); the streaming
    // engine keeps only summaries.
    std::vector<SchoolAnalysis> schools;                        // project order
    std::vector<SchoolSummary> summaries;                       // project order
    std::vector<YearFigures> region;                            // per programme year
    std::vector<std::vector<MunicipalityYear>> municipalities;  // parallel to region
    std::vector<PersonRollup> people;                           // project order
    const SchoolAnalysis* school(const std::string& id) const;
};

// The region's and municipalities' figures from the schools' summaries.
void add_rollups(const model::Project& project, Analysis& analysis);

// Warnings (e.g. a supplied level that disagrees with the computed one) go to sink.
Analysis analyse(const model::Project& project, model::Date as_of, diag::Sink& sink);

}  // namespace shnor::compute
