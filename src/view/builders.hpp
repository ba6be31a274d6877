#pragma once
// Page builders: Project + Analysis -> one view-model per page.
#include <map>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "view/build_common.hpp"
#include "view/site_view.hpp"

namespace shnor::view {

DashboardView build_dashboard(const SiteInput& in);
// Each municipality's schools (summaries, in project order), made once for
// all municipality pages: each page scanning every school was quadratic
// (800 municipalities x 40,000 schools at national scale).
using SchoolsByMunicipality = std::map<std::string, std::vector<const compute::SchoolSummary*>>;
SchoolsByMunicipality schools_by_municipality(const SiteInput& in);
// Municipality id's schools in the index; none when it has none.
const std::vector<const compute::SchoolSummary*>& schools_of(const SchoolsByMunicipality& index,
                                                             const std::string& id);
MunicipalityView build_municipality(const SiteInput& in, const model::Municipality& m,
                                    const std::vector<const compute::SchoolSummary*>& schools);
// The same, finding its schools itself (one page: tests).
MunicipalityView build_municipality(const SiteInput& in, const model::Municipality& m);
SchoolView build_school(const SiteInput& in, const compute::SchoolAnalysis& sa);
// The same page for a one-school bundle (`shnor export school`): index.html
// at the bundle's root with its PDFs and assets/style.css beside it; links
// to the region site absolute under region.base_url, or dropped without one.
SchoolView build_school_bundle(const SiteInput& in, const compute::SchoolAnalysis& sa);
FactorView build_factor(const SiteInput& in, const model::Catalogue& catalogue,
                        const model::RiskFactor& factor);
// curators/<id>.html or coordinators/<id>.html, from the person's roll-up.
PersonView build_person(const SiteInput& in, const compute::PersonRollup& person);
// Markdown is rendered here (safe mode); problems go to sink.
MarkdownView build_markdown_page(const SiteInput& in, const model::Page& page, diag::Sink& sink);
NotFoundView build_not_found(const SiteInput& in);

}  // namespace shnor::view
