#pragma once
// Greedy line breaking on code points. Break opportunities: spaces; after a
// hyphen or a dash inside a word; at a soft hyphen (a '-' is drawn there).
// Never at NBSP. A word wider than the line is broken between characters.
#include <functional>
#include <string>
#include <vector>

namespace shnor::render::pdf {

struct Word {
    std::u32string text;  // as drawn: NBSP is a space, soft hyphens are gone
    double width = 0;     // points
};

struct Line {
    std::vector<Word> words;  // separated by (stretchable) spaces
    double width = 0;         // words plus one space between each
    bool last = false;        // ends a paragraph or a forced break: never justified
};

using WidthFn = std::function<double(char32_t)>;  // advance in points

// first_indent narrows the first line only (a paragraph indent).
std::vector<Line> break_lines(const std::u32string& text, const WidthFn& width, double max_width,
                              double first_indent = 0);

// The widest piece that cannot be broken without an emergency break, and the
// width of the longest forced line: the min- and max-content of table cells.
struct ContentWidths {
    double min = 0, max = 0;
};
ContentWidths content_widths(const std::u32string& text, const WidthFn& width);

}  // namespace shnor::render::pdf
