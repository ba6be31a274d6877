#pragma once
// View-models of the HTML pages: plain structs of already formatted strings,
// booleans and vectors. Templates see these (through view/projection) and
// nothing of the domain types.
#include <string>
#include <vector>

#include "view/link.hpp"
#include "view/records_view.hpp"

namespace shnor::view {

// Shared by every page: the chrome around <main>.
struct Layout {
    std::string title;      // <title> and <h1> of the page
    std::string site_name;  // the region's name
    std::string root;       // relative path to the output root: "", "../", "../../"
    std::string canonical;  // absolute URL; empty without region.base_url
    std::string report_date;
    std::string operator_name;
    std::vector<Link> nav;
    // Prefix of links to the region site's pages (home, open data): root on
    // the site, the base URL in a bundle or on 404.html; empty in a bundle
    // without base_url, where those links are left out.
    std::string region;
    // Open data is split by municipality (view::open_data_by_municipality):
    // the footer links the list of parts, not the region-wide files.
    bool open_data_by_municipality = false;
    // A one-school bundle (`shnor export school`): no region nav, no search.
    bool standalone = false;
};

struct LevelCell {
    std::string key;  // CSS class: high / medium / low / none / nodata
    std::string text;  // высокий / средний / низкий / нет риска / нет данных
    std::string short_text;  // В / С / Н / — / ?
};

struct Bar {
    std::string width;    // 0..100 for SVG/CSS geometry
    std::string percent;  // "46 %"
};

// ---- region dashboard and municipality pages ----

struct FiguresRow {
    std::string year, order, annex_href, annex_docx_href;
    std::string schools, exited, second_year, reduction, accepted_share, high_decreased_share;
    bool has_reduction = false, reduction_met = false;
    std::string done_share, overdue;
    bool has_overdue = false;
};

struct MunicipalityRow {
    std::string name, href, kind, schools, overdue;
    bool has_overdue = false;
    Bar done;
};

struct HeatFactor {
    std::string number, title, href;
};

struct HeatRow {
    std::string school, href, municipality, high;
    std::vector<LevelCell> cells;
};

struct Heatmap {
    std::string year, wave;
    std::vector<HeatFactor> factors;
    std::vector<HeatRow> rows;
};

struct ProgressRow {
    std::string school, href, municipality, measures, done, overdue, exited_text;
    bool has_overdue = false, exited = false;
    bool no_roadmap = false;  // in the programme that year, no documents: «не представлена»
    std::string high, medium, low;
    Bar bar;
};

struct ExitedRow {
    std::string school, href, municipality, year;
};

struct DashboardView {
    Layout layout;
    std::string region, ministry, current_year;
    // More schools than a page lists (kMaxListedSchools): the heat map and
    // the tables of schools are on the municipality pages only.
    bool compact = false;
    std::string schools_total;
    std::vector<FiguresRow> years;
    std::vector<MunicipalityRow> municipalities;
    bool has_heatmap = false;
    Heatmap heatmap;
    std::vector<ProgressRow> progress;
    std::vector<ExitedRow> exited;
    std::vector<Link> factors;  // factor pages of the current year
    RegionRecordsView records;
};

struct MunicipalityView {
    Layout layout;
    std::string name, kind, current_year;
    std::vector<FiguresRow> years;
    bool has_heatmap = false;
    Heatmap heatmap;
    std::vector<ProgressRow> schools;
    std::vector<ExitedRow> exited;
};

// ---- school page ----

struct ParticipationRow {
    std::string year, curator, curator_href, basis, outcome;
    bool exited = false;
};

struct Passport {
    std::string name, short_name, municipality, municipality_href, address, settlement, levels;
    std::string students, students_ovz, teachers, director, website;
    bool has_website = false;
    std::vector<ParticipationRow> participation;
    // Everyone serving the school in any year: «Имя — роль», linking their page.
    std::vector<Link> people;
};

struct ProfileRow {
    std::string number, title, href;
    LevelCell initial, final_;
    std::string change_key, change_text;
    bool selected = false;
    // Chart geometry (SVG user units).
    std::string y, y_final, y_label, y_text, y_final_text, w_initial, w_final;
};

struct ChangeRow {
    std::string number, title, change_key, change_text;
    LevelCell before, after;
};

struct ReviewRow {
    std::string date, status_key, status_text, by, comment;
};

struct MeasureRow {
    std::string number, title, start, due, done_date, responsible, participants, result;
    std::string status_key, status_text;
    bool overdue = false;
    std::vector<Link> evidence;  // http(s) links only
};

struct PointRow {
    std::string date, value, source;
    std::string analysis;  // the school's comment on a measured value
};

struct IndicatorRow {
    std::string title, unit, method, trend, baseline, baseline_date, target, target_date;
    std::string latest, latest_date, status_key, status_text;
    bool has_latest = false;
    Bar progress;
    Bar expected;            // where a straight line from baseline to target would be now
    std::string expected_x;  // the marker's position, kept inside the bar
    std::vector<PointRow> targets, measurements;
};

// The roadmap's measures grouped under their task, in the order of tasks.
struct TaskGroup {
    std::string task;
    std::vector<MeasureRow> measures;
};

struct DocumentView {
    std::string id, title, kind, risk, goal, review_key, review_text;
    std::vector<Link> tasks;  // text only; href unused
    std::vector<ReviewRow> reviews;
    std::vector<IndicatorRow> indicators;
    std::vector<TaskGroup> roadmap;
};

struct SchoolYearView {
    std::string year, curator, outcome;
    bool exited = false;
    bool has_profile = false, has_final = false;
    std::string chart_height;
    std::vector<ProfileRow> profile;
    std::vector<ChangeRow> from_previous;
    std::vector<Link> selected;  // selected risks, linking their factor pages
    std::vector<DocumentView> documents;
    std::string measures, done, overdue, indicators, achieved;
    bool has_overdue = false;
    bool no_roadmap = false;  // in the programme that year, no documents
    Bar done_bar;
    bool has_roadmap_pdf = false;
    std::string roadmap_pdf_href;
    SchoolRecordsView records;
};

struct SchoolView {
    Layout layout;
    Passport passport;
    std::vector<SchoolYearView> years;
};

// ---- factor, Markdown and 404 pages ----

struct FactorIndicatorRow {
    std::string title, source, unit, direction, medium, high;
};

struct FactorSchoolRow {
    std::string name, href, municipality, waves;
};

// A municipality's count of schools at high risk of a factor.
struct FactorMunicipalityRow {
    std::string name, href, schools;
};

struct FactorView {
    Layout layout;
    std::string year, number, title, group, replaces;
    std::vector<FactorIndicatorRow> indicators;
    std::vector<FactorSchoolRow> high_schools;
    // More schools than a page lists: counts per municipality instead.
    bool compact = false;
    std::string high_total;
    std::vector<FactorMunicipalityRow> by_municipality;
    std::vector<Link> other_years;
    std::string practices_href;  // the factor's page of best practices; empty: none
};

// ---- people pages: a curator, a municipal or the regional coordinator ----

struct AttentionRow {
    std::string key, text, subject, date;  // key: a CSS class (attention_key)
};

struct PersonSchoolRow {
    std::string school, href, municipality;
    std::vector<AttentionRow> items;  // most urgent first; empty: all in order
};

// The regional coordinator's summary: a municipality's schools by what
// needs attention.
struct PersonMunicipalityRow {
    std::string name, href, schools, needing_attention, no_roadmap, returned, overdue;
};

struct PersonYearView {
    std::string year, schools, needing_attention;
    std::vector<PersonMunicipalityRow> municipalities;  // regional coordinator only
    std::vector<PersonSchoolRow> rows;
    // More schools than a page lists: only the most urgent are shown.
    bool truncated = false;
    std::string listed;
};

struct PersonView {
    Layout layout;
    std::string name, role, municipality, municipality_href;
    std::vector<PersonYearView> years;  // the latest first
};

struct MarkdownView {
    Layout layout;
    std::string content_html;  // cmark output in safe mode
};

// ---- records of issue #15 (view/build_records) ----

struct PartnershipsView {
    Layout layout;
    std::vector<PartnershipYearRow> years;
    std::vector<PartnershipRow> agreements;
    std::vector<LeaderRow> leaders;
};

// practices/<year>/<factor>.html: the bank of best practices for one factor.
struct PracticesView {
    Layout layout;
    std::string year, number, factor_title, factor_href;
    std::vector<PracticeRow> practices;
};

struct NotFoundView {
    Layout layout;
};

}  // namespace shnor::view
