#pragma once
// Projection of the view-models into view::Value trees: the names templates
// may use. The one place that decides those names.
#include "view/site_view.hpp"
#include "view/value.hpp"

namespace shnor::view {

Value to_value(const Layout& v);  // for layout.mustache, plus "content_html"
Value to_value(const DashboardView& v);
Value to_value(const MunicipalityView& v);
Value to_value(const SchoolView& v);
Value to_value(const FactorView& v);
Value to_value(const PersonView& v);
Value to_value(const MarkdownView& v);
Value to_value(const NotFoundView& v);
Value to_value(const PartnershipsView& v);
Value to_value(const PracticesView& v);

// view/projection_records.cpp: the records of issue #15.
Value records_value(const SchoolRecordsView& v);
Value records_value(const RegionRecordsView& v);
Value partnerships_fields(const PartnershipsView& v, Value page);
Value practices_fields(const PracticesView& v, Value page);
Value evidence_value(const std::vector<Link>& links);

}  // namespace shnor::view
