#pragma once
// Output paths of the site layout and relative links between them. Every
// link in the site is relative, so it works from disk and in any sub-folder.
#include <string>

#include "model/project.hpp"

namespace shnor::view {

std::string school_path(const std::string& id);                   // schools/<id>/index.html
std::string municipality_path(const std::string& id);             // municipalities/<id>.html
std::string factor_path(int year, const std::string& id);         // factors/<year>/<id>.html
std::string page_path(const std::string& id);                     // pages/<id>.html
std::string practices_path(int year, const std::string& factor);  // practices/<year>/<id>.html
std::string partnerships_path();                                  // partnerships.html
std::string roadmap_pdf_path(const std::string& school,
                             int year);  // schools/<id>/roadmap-<year>.pdf
std::string annex_pdf_path(int year);    // documents/annex-<year>.pdf
std::string annex_docx_path(int year);   // documents/annex-<year>.docx
// curators/<id>.html for a curator; coordinators/<id>.html for a municipal or
// regional coordinator (the regional one's page is the region's summary).
std::string person_path(const model::Person& person);
std::string monitoring_pdf_path(int year);   // documents/monitoring-<year>.pdf
std::string monitoring_xlsx_path(int year);  // documents/monitoring-<year>.xlsx

// "../" once per folder of from: the way back to the output root.
std::string root_of(const std::string& from);
// A relative link from one output path to another.
std::string relative(const std::string& from, const std::string& to);

// Ids become path segments: only [a-z0-9_-], not empty, no leading dot.
bool safe_segment(const std::string& id);

// The URL when its scheme is http or https and it has no spaces, quotes or
// control characters; otherwise empty, so it is never linked.
std::string safe_url(const std::string& url);

// The layout rule for roadmap PDFs: a school-year gets one when at least
// one of its documents has at least one measure.
bool has_roadmap_pdf(const model::School& school, int year);

}  // namespace shnor::view
