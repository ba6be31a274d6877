#pragma once
// Internal to the layout engine: the cursor over pages that paragraphs,
// tables and charts are placed with. Every placement loop moves the cursor
// or starts a page, and a page that cannot take anything still takes one
// line, so layout always terminates.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "render/pdf/layout.hpp"
#include "render/pdf/linebreak.hpp"
#include "render/pdf/metrics.hpp"

namespace shnor::render::pdf {

namespace vp = view::pdf;

inline double line_height(double size) { return size * 1.2; }
inline double baseline(double size) { return size * 0.92; }

// A table's cells made drawable and broken into lines at its column widths,
// computed once: the keep-with-heading check and the placement both need them.
struct PreparedCell {
    std::vector<Line> lines;
    vp::TextStyle style;
};

struct PreparedRow {
    std::vector<PreparedCell> cells;  // every row has all columns
    std::size_t max_lines() const;
};

struct MeasuredTable {
    std::vector<PreparedRow> header, rows;
    std::vector<double> widths;
};

class Composer {
public:
    Composer(const Metrics& metrics, diag::Sink& sink)
        : metrics_(metrics), checker_(metrics, sink) {}

    void start_section(bool landscape);
    void paragraph(const vp::Paragraph& p, double keep_height);
    // tail: height of what must stay on the page of the table's last row.
    void table(const vp::Table& t, double tail = 0);
    void chart(const vp::Chart& c);
    void signature(const vp::Signature& s);
    void spacer(double h);
    Layout finish(double number_size);

    // Height a block needs at least at the bottom of a page to follow a heading.
    double lead_height(const vp::Block& b);
    double signature_height() const;

    // Primitives for the block placers.
    const PageGeometry& geo() const { return geo_; }
    double room() const { return geo_.height - geo_.bottom - y_; }
    bool fresh() const { return fresh_; }
    void new_page();
    void text(double x, double y, Face face, double size, std::string s);
    void rect(RectItem r);
    void line(LineItem l);
    std::u32string clean(const std::string& s, Face face, const diag::SourceLoc& src);
    WidthFn width_fn(Face face, double size) const;
    double text_width(const std::u32string& s, Face face, double size) const;
    // Draws lines [from, to) of a block of text whose first line's top is y_top.
    void draw_lines(const std::vector<Line>& lines, std::size_t from, std::size_t to, double x,
                    double w, double y_top, const vp::TextStyle& st, double first_indent);

    double y_ = 0;  // cursor: top of the next block

private:
    double table_height_hint(const vp::Table& t);
    const MeasuredTable& measured(const vp::Table& t);
    double chart_height(const vp::Chart& c) const;

    // A page number to print once every page is known: the link target's.
    struct PageRef {
        std::size_t page;
        double right, baseline;  // right end of the number, its baseline
        vp::TextStyle style;
        std::string target;
    };
    void place_page_numbers();  // the page_refs_, into their pages

    const Metrics& metrics_;
    GlyphCheck checker_;
    // Keyed by address: the document outlives the composer.
    std::map<std::pair<const vp::Table*, double>, MeasuredTable> tables_;
    Layout out_;
    PageGeometry geo_{};
    bool landscape_ = false;
    bool fresh_ = true;  // nothing placed on the current page yet
    int auto_anchor_ = 0;
    std::vector<PageRef> page_refs_;
};

}  // namespace shnor::render::pdf
