#pragma once
// Markdown pages to HTML with cmark in safe mode. The only file that sees
// cmark. Input is capped in size and nesting depth first: cmark 0.30 has
// quadratic cases (CVE-2023-22486, GHSA-66g8-4hjf-77xh).
#include <cstddef>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"

namespace shnor::view {

constexpr std::size_t kMaxMarkdownBytes = 256 * 1024;
constexpr int kMaxMarkdownNesting = 16;
constexpr int kMaxMarkdownBrackets = 4096;

// HTML, or nullopt with an error in sink (at loc) when the text is refused.
std::optional<std::string> markdown_to_html(const std::string& text, const diag::SourceLoc& loc,
                                            diag::Sink& sink);

// Drops a leading "# title" line and an "<!-- order: N -->" line: the page
// template shows the title itself.
std::string strip_front_matter(const std::string& text);

}  // namespace shnor::view
