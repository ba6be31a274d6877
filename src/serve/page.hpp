#pragma once
// What the preview server adds to the site it serves, and only there: the
// live-reload script and, while the content has errors, an overlay listing
// them. `build` output never passes through here.
#include <map>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"

namespace shnor::serve {

// The URL prefix of the server's own endpoints; no site path starts with it.
inline constexpr std::string_view kPrefix = "/__shnor/";

// The live-reload script, served as /__shnor/live.js (an external script,
// so a page's Content-Security-Policy that allows 'self' lets it run).
std::string_view live_script();

// The overlay's HTML for a failed build: the compiler-style report of
// diag::report (file:line:column, message, the source line and its caret),
// escaped. Empty when the sink has no errors.
std::string overlay_html(const diag::Sink& sink, const std::map<std::string, std::string>& sources);

// A page with the script tag (and the overlay, when not empty) inserted
// before </body>, or appended when there is none.
std::string inject(std::string_view page, unsigned long version, const std::string& overlay);

// A page for when there is no site to show yet (the first build failed) or
// the path is not in it.
std::string placeholder(const std::string& title);

std::string html_escape(std::string_view s);

// The Content-Type of an output path, by its extension.
std::string content_type(std::string_view path);

}  // namespace shnor::serve
