#pragma once
// View-models of the records of issue #15 on the school page and on the
// region's partnership and practice pages: formatted strings only.
#include <string>
#include <vector>

#include "view/link.hpp"

namespace shnor::view {

struct VisitRow {
    std::string date, curator, format, purpose, findings, recommendations, report_href;
};

struct PartnershipRow {
    std::string number, date, period, leader, leader_href, school, school_href, support, subject;
};

struct ResultRow {
    std::string assessment, subject, grade, participants, below_basic, below_change,
        below_change_key, mean_score, mean_change, mean_change_key, objective;
    bool not_objective = false;
};

struct RegionalIndicatorRow {
    std::string title, value, schools;  // value: «нет данных» when absent
    bool no_data = false;
};

// A school-year's records on the school page.
struct SchoolRecordsView {
    std::string visits_count, last_visit;
    bool no_recent_visit = false;  // none in the region's N months before the report date
    std::string gap_months;
    std::vector<VisitRow> visits;
    std::vector<PartnershipRow> partnerships;
    std::vector<ResultRow> results;
    std::vector<RegionalIndicatorRow> indicators;
    std::vector<Link> practices;  // practice pages of the selected risks
};

struct PartnershipYearRow {
    std::string year, count, target, schools;
    bool met = false;
};

struct LeaderRow {
    std::string id, name, municipality, website, school_href, agreements;
};

struct PracticeRow {
    std::string id, title, school, school_href, year, description_html;
    std::vector<Link> factors, links;
};

// A practice in the site's search: its title, its school's or leader's
// name, and its place on the page of its first factor.
struct PracticeEntry {
    std::string title, author, path;  // path: practices/<year>/<factor>.html#practice-<id>
};

// The region's six indicators by year and the visits, on the dashboard.
struct RegionRecordsView {
    std::vector<std::string> years;  // columns of the indicators table
    struct Row {
        std::string title;
        std::vector<RegionalIndicatorRow> cells;  // parallel to years
    };
    std::vector<Row> indicators;
    std::vector<PartnershipYearRow> partnerships;
    std::string partnerships_href;
    std::string visits_year, visits_total, visited_schools, gap_months;
    std::vector<Link> without_visit;  // schools of the current year without a recent visit
};

}  // namespace shnor::view
