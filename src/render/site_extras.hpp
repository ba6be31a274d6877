#pragma once
// The search index and the sitemap: small generated files beside the pages.
#include <string>
#include <vector>

#include "view/build_common.hpp"
#include "write/output_set.hpp"

namespace shnor::render {

// assets/search-index.js: a script that defines a global array, so search
// works from file:// without fetch. Schools, people and practices.
std::string search_index_js(const view::SiteInput& in);

// sitemap.xml over the HTML pages among paths (in their order); base_url
// must be absolute http(s).
std::string sitemap_xml(const std::string& base_url, const std::vector<std::string>& paths);

}  // namespace shnor::render
