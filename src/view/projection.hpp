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
Value to_value(const MarkdownView& v);
Value to_value(const NotFoundView& v);

}  // namespace shnor::view
