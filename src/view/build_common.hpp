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

// What every builder reads; the site is built from one of these.
struct SiteInput {
    const model::Project& project;
    const compute::Analysis& analysis;
};

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
