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

// A link as every template sees it (href, text, current): the menu,
// evidence, practices and the other lists of links.
Value link_value(const Link& l);
Value links_value(const std::vector<Link>& links);

// A level cell (key, text, short) and a bar (width, percent), shared by the
// school and the region pages.
Value level_value(const LevelCell& c);
Value bar_value(const Bar& b);

// view/projection_records.cpp: the records of issue #15.
Value records_value(const SchoolRecordsView& v);
Value records_value(const RegionRecordsView& v);
Value partnerships_fields(const PartnershipsView& v, Value page);
Value practices_fields(const PracticesView& v, Value page);

// view/projection_school.cpp: a school's page.
Value school_fields(const SchoolView& v, Value page);

// view/projection_people.cpp: the curators' and coordinators' pages (#15).
Value person_fields(const PersonView& v, Value page);

}  // namespace shnor::view
