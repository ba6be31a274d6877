#pragma once
// The printable document as plain blocks: what view/pdf_* produce from the
// model and render/pdf lays out and draws. No geometry beyond a few hints
// (sizes in points, alignment); pagination is the layout engine's job.
#include <string>
#include <variant>
#include <vector>

#include "diag/source_loc.hpp"
#include "model/date.hpp"

namespace shnor::view::pdf {

enum class Face { Regular, Bold, Italic };
enum class Align { Left, Center, Right, Justify };

struct TextStyle {
    Face face = Face::Regular;
    double size = 12;  // points
    Align align = Align::Left;
};

struct Paragraph {
    std::string text;  // UTF-8; '\n' forces a line break
    TextStyle style;
    double indent_left = 0;   // points: e.g. the annex mark sits in the right half
    double first_line = 0;    // points: first-line indent (абзацный отступ)
    double space_before = 0;  // points
    double space_after = 0;
    bool keep_with_next = false;  // headings: never alone at the bottom of a page
    int outline_level = 0;        // 1, 2: adds a bookmark; 0: none
    std::string anchor;           // a link target name; empty: none
    std::string link;             // an anchor this paragraph links to; empty: none
    bool link_page = false;       // the link target's page number at the right (contents)
    diag::SourceLoc src;          // where the text came from (missing-glyph warnings)
};

struct Cell {
    std::string text;
    Face face = Face::Regular;
    Align align = Align::Left;
    diag::SourceLoc src;
};

struct Table {
    std::vector<double> weights;            // optional per-column hints (0 = auto)
    std::vector<std::vector<Cell>> header;  // repeated on every page
    std::vector<std::vector<Cell>> rows;
    double size = 10;
    double space_after = 6;
};

// A strip chart of the risk profile: one bar per factor, the bar's height and
// its printed label give the level, so it reads in greyscale too.
struct ChartBar {
    std::string label;      // factor number
    int level = -1;         // -1 no data, 0 none, 1 low, 2 medium, 3 high
    std::string caption;    // level text under the number
    bool selected = false;  // chosen by the school: drawn with a frame
};

struct Chart {
    std::string caption;  // above the chart
    std::vector<ChartBar> bars;
    std::string legend;  // below the chart
    double space_after = 8;
};

struct Signature {
    std::string position;  // Директор
    std::string name;      // А. С. Петрова
};

struct Spacer {
    double height = 6;
};

using Block = std::variant<Paragraph, Table, Chart, Signature, Spacer>;

struct Section {
    bool landscape = false;  // starts on a new page either way
    std::vector<Block> blocks;
};

struct Document {
    std::string title, author, subject, keywords;
    model::Date date;  // CreationDate/ModDate: from the data, never the clock
    std::vector<Section> sections;
};

}  // namespace shnor::view::pdf
