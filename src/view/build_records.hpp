#pragma once
// Builders of the records views (issue #15): a school-year's visits,
// partnerships, results and indicators; the partnerships page; the practice
// pages by factor; the region's figures on the dashboard.
#include <functional>

#include "diag/diagnostic.hpp"
#include "view/build_common.hpp"
#include "view/records_view.hpp"

namespace shnor::view {

// region_link: a region-site path -> the link from the page ("" to drop it).
SchoolRecordsView school_records(const SiteInput& in, const compute::SchoolAnalysis& sa,
                                 const compute::SchoolYear& sy,
                                 const std::function<std::string(const std::string&)>& region_link);

PartnershipsView build_partnerships(const SiteInput& in);
// The factors of a year that have practices (their pages exist), in catalogue order.
std::vector<const model::RiskFactor*> factors_with_practices(const SiteInput& in, int year);
PracticesView build_practices(const SiteInput& in, const model::Catalogue& catalogue,
                              const model::RiskFactor& factor, diag::Sink& sink);
// Every practice that has a page, in project order, for the search index.
std::vector<PracticeEntry> practice_entries(const SiteInput& in);
RegionRecordsView region_records(const SiteInput& in, const std::string& from);

}  // namespace shnor::view
