#pragma once
// Pieces shared by the page builders: the layout, level cells, bars, the
// figures row of a year. Everything formatted through view/format.
#include <optional>
#include <string>

#include "compute/analysis.hpp"
#include "view/site_view.hpp"

namespace shnor::view {

// The most schools a page lists one by one. A region has 20–60 schools in a
// year; past this (the national scale) a page links to its municipalities'
// pages instead, so that no page grows with the number of schools.
inline constexpr std::size_t kMaxListedSchools = 150;

// The most schools whose open data is one file per table. Real regions have
// a few hundred at most; past this, each municipality's schools get tables
// of their own (data/<municipality>/), so that no file grows with the size
// of the country and one edited school rewrites one municipality's files.
inline constexpr std::size_t kMaxWholeOpenDataSchools = 2000;

// What every builder reads; the site is built from one of these.
struct SiteInput {
    const model::Project& project;
    const compute::Analysis& analysis;
    // kMaxWholeOpenDataSchools, lowered by tests to reach the split layout
    // with a small region.
    std::size_t max_whole_open_data = kMaxWholeOpenDataSchools;
};

// Whether open data is split by municipality: the one rule, read by the
// footer of every page and by the open-data writer.
bool open_data_by_municipality(const SiteInput& in);

// path: the output path of the page, which fixes its way back to the root.
Layout make_layout(const SiteInput& in, const std::string& title, const std::string& path);

LevelCell level_cell(const std::optional<model::Level>& level);
Bar bar(double share);  // share in [0, 1]
// The measures done: the bar with «535 из 537 (99 %)», so a rounded percent
// never stands alone.
Bar done_bar(const compute::Counts& c);
std::string count(int n);
// A coordinate for SVG: a dot, one decimal, never Russian formatting.
std::string svg_number(double v);

// from: the output path of the page the row appears on.
FiguresRow figures_row(const SiteInput& in, const compute::YearFigures& f, const std::string& from);

// The programme year pages show by default: the last one with figures.
int current_year(const SiteInput& in);

std::string municipality_name(const SiteInput& in, const std::string& id);
std::string person_name(const SiteInput& in, const std::string& id);

// One row of a school's progress in a year (dashboard and municipality).
ProgressRow progress_row(const SiteInput& in, const compute::SchoolSummary& school,
                         const compute::YearSummary& sy, const std::string& from);

}  // namespace shnor::view
