#pragma once
// The layout engine's output: pages of positioned text, rectangles and lines,
// plus anchors, links and the outline. Pure data (y grows downwards from the
// top edge, in points), dumpable as text for golden tests; draw turns it into
// PDF with libharu.
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "diag/diagnostic.hpp"
#include "render/pdf/metrics.hpp"
#include "view/pdf_doc.hpp"

namespace shnor::render::pdf {

struct Rgb {
    double r = 0, g = 0, b = 0;
    auto operator<=>(const Rgb&) const = default;
};

struct TextItem {
    double x = 0, y = 0;  // left end of the baseline
    Face face = Face::Regular;
    double size = 12;
    std::string text;  // UTF-8, every character has a glyph
};

struct RectItem {
    double x = 0, y = 0, w = 0, h = 0;  // y: top edge
    std::optional<Rgb> fill;
    double stroke = 0;  // line width; 0: no outline
};

struct LineItem {
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0, width = 0.5;
};

struct LinkItem {
    double x = 0, y = 0, w = 0, h = 0;
    std::string target;  // anchor name
};

using Item = std::variant<TextItem, RectItem, LineItem, LinkItem>;

struct PageBox {
    bool landscape = false;
    double width = 0, height = 0;
    std::vector<Item> items;
};

struct AnchorPos {
    int page = 0;  // 0-based
    double y = 0;
};

struct OutlineEntry {
    std::string title;
    int level = 1;
    std::string anchor;
};

struct Layout {
    std::vector<PageBox> pages;
    std::map<std::string, AnchorPos> anchors;
    std::vector<OutlineEntry> outline;  // document order
};

// A4, ГОСТ Р 7.0.97 margins in points.
struct PageGeometry {
    double width, height, left, right, top, bottom;
    double body_width() const { return width - left - right; }
};
PageGeometry geometry(bool landscape);

Layout layout_document(const view::pdf::Document& doc, const Metrics& metrics, diag::Sink& sink);

// One line per item, numbers rounded to 0.1 pt: stable across platforms.
std::string dump(const Layout& layout);

}  // namespace shnor::render::pdf
