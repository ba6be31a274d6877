#pragma once
// A rendered HTML page split for its goldens: the <main> element, which is the
// page's own, and the frame around it (head, header, search, menu, footer),
// which every page shares up to the few parts normalise_frame() evens out. A
// menu change then rewrites one frame golden, not every page's golden.
#include <optional>
#include <string>

namespace shnor::test {

// Stands for the content of <main> in a frame.
inline constexpr const char* kMainPlaceholder = "<!-- the page's content: see its own golden -->";

struct PageParts {
    std::string main;   // the <main …>…</main> element, tags included, and a final newline
    std::string frame;  // the page with that element's content replaced by kMainPlaceholder
};

// Splits at the first "<main" tag and the last "</main>"; nullopt when the page
// has no <main> element (its golden is then the whole page).
std::optional<PageParts> split_page(const std::string& html);

// The frame of a page made comparable with every other page's: what
// legitimately differs per page is evened out in `shared` and kept in `own`.
struct NormalFrame {
    std::string shared;
    std::string own;  // «title», page-kind, current: path (the menu item marked current)
};

// The frame of the page at page_path (relative to the site root), normalised:
// - relative URLs (href, src, data-root) resolved against the page's folder to
//   paths from the site root: "../index.html" in schools/x.html and
//   "about.html" in pages/about.html name the same files as on the home page;
// - the page's own title before " — " (the site's name after it stays);
// - the page kind in <body class="page-…">;
// - aria-current="page", which marks the current page's menu item.
NormalFrame normalise_frame(const std::string& frame, const std::string& page_path);

// "line N: want «…», got «…»" for the first line where the texts differ
// (lines shortened), empty when they are equal.
std::string first_difference(const std::string& want, const std::string& got);

}  // namespace shnor::test
