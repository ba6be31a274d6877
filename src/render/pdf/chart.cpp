// The risk-profile strip chart, drawn with vector rectangles and kept whole
// on one page. Levels read without colour: bar height plus a printed label.
#include <algorithm>
#include <array>

#include "render/pdf/composer.hpp"
#include "render/pdf/utf8.hpp"

namespace shnor::render::pdf {
namespace {

constexpr double kCaptionSize = 11, kNumberSize = 10, kLabelSize = 7, kLegendSize = 9;
constexpr double kBarArea = 50, kMaxSlot = 44;

double bar_height(int level) {
    constexpr std::array<double, 4> h{3, 16, 32, 48};  // none, low, medium, high
    return level >= 0 && level <= 3 ? h[static_cast<std::size_t>(level)] : 0;
}

Rgb bar_colour(int level) {
    switch (level) {
        case 3:
            return {0.80, 0.18, 0.16};
        case 2:
            return {0.96, 0.66, 0.13};
        case 1:
            return {0.30, 0.64, 0.34};
        default:
            return {0.72, 0.72, 0.72};
    }
}

}  // namespace

double Composer::chart_height(const vp::Chart& c) const {
    const double legend_lines =
        c.legend.empty() ? 0
                         : static_cast<double>(break_lines(decode_utf8(c.legend),
                                                           width_fn(Face::Regular, kLegendSize),
                                                           geo_.body_width())
                                                   .size());
    return (c.caption.empty() ? 0 : line_height(kCaptionSize) + 4) + kBarArea +
           line_height(kNumberSize) + line_height(kLabelSize) + 4 +
           legend_lines * line_height(kLegendSize);
}

void Composer::chart(const vp::Chart& c) {
    if (chart_height(c) > room() && !fresh_) new_page();  // charts are never split
    const double left = geo_.left, body = geo_.body_width();
    if (!c.caption.empty()) {
        const vp::TextStyle st{Face::Bold, kCaptionSize, vp::Align::Left};
        const auto lines =
            break_lines(clean(c.caption, st.face, {}), width_fn(st.face, st.size), body);
        draw_lines(lines, 0, 1, left, body, y_, st, 0);
        y_ += line_height(kCaptionSize) + 4;
    }
    const std::size_t n = std::max<std::size_t>(c.bars.size(), 1);
    const double slot = std::min(kMaxSlot, body / static_cast<double>(n));
    const double axis = y_ + kBarArea;
    for (std::size_t i = 0; i < c.bars.size(); ++i) {
        const vp::ChartBar& b = c.bars[i];
        const double x = left + slot * static_cast<double>(i);
        const double bw = slot * 0.6, h = bar_height(b.level);
        if (b.level >= 0) rect({x + (slot - bw) / 2, axis - h, bw, h, bar_colour(b.level), 0.4});
        if (b.selected)
            rect({x + 1, y_, slot - 2,
                  kBarArea + line_height(kNumberSize) + line_height(kLabelSize), std::nullopt,
                  0.8});
        const Face nf = b.selected ? Face::Bold : Face::Regular;
        const auto num = clean(b.label, nf, {});
        text(x + (slot - text_width(num, nf, kNumberSize)) / 2, axis + baseline(kNumberSize), nf,
             kNumberSize, encode_utf8(num));
        const auto cap = clean(b.caption, Face::Regular, {});
        text(x + (slot - text_width(cap, Face::Regular, kLabelSize)) / 2,
             axis + line_height(kNumberSize) + baseline(kLabelSize), Face::Regular, kLabelSize,
             encode_utf8(cap));
    }
    line({left, axis, left + slot * static_cast<double>(c.bars.size()), axis, 0.6});
    y_ = axis + line_height(kNumberSize) + line_height(kLabelSize) + 4;
    if (!c.legend.empty()) {
        const vp::TextStyle st{Face::Regular, kLegendSize, vp::Align::Left};
        const auto lines =
            break_lines(clean(c.legend, st.face, {}), width_fn(st.face, st.size), body);
        draw_lines(lines, 0, lines.size(), left, body, y_, st, 0);
        y_ += line_height(kLegendSize) * static_cast<double>(lines.size());
    }
    y_ += c.space_after;
    fresh_ = false;
}

}  // namespace shnor::render::pdf
