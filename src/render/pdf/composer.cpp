#include "render/pdf/composer.hpp"

#include <algorithm>

#include "render/pdf/utf8.hpp"

namespace shnor::render::pdf {

PageGeometry geometry(bool landscape) {
    constexpr double mm = 72.0 / 25.4;
    constexpr double a4w = 210 * mm, a4h = 297 * mm;
    // Portrait: ГОСТ Р 7.0.97 minimums. Landscape pages are bound by their
    // top or bottom edge, so every margin there is at least 20 mm.
    if (landscape) return {a4h, a4w, 20 * mm, 20 * mm, 20 * mm, 20 * mm};
    return {a4w, a4h, 25 * mm, 10 * mm, 20 * mm, 20 * mm};
}

void Composer::start_section(bool landscape) {
    landscape_ = landscape;
    new_page();
}

void Composer::new_page() {
    geo_ = geometry(landscape_);
    PageBox page;
    page.landscape = landscape_;
    page.width = geo_.width;
    page.height = geo_.height;
    out_.pages.push_back(std::move(page));
    y_ = geo_.top;
    fresh_ = true;
}

void Composer::text(double x, double y, Face face, double size, std::string s) {
    // NBSP is drawn as a space and a soft hyphen not at all (a font may lack
    // both). Byte-level work is safe: 0xC2 only ever leads a sequence.
    std::string t;
    t.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\xC2' && i + 1 < s.size() && (s[i + 1] == '\xA0' || s[i + 1] == '\xAD')) {
            if (s[++i] == '\xA0') t.push_back(' ');
            continue;
        }
        t.push_back(s[i]);
    }
    s = std::move(t);
    if (s.empty()) return;
    out_.pages.back().items.emplace_back(TextItem{x, y, face, size, std::move(s)});
    fresh_ = false;
}

void Composer::rect(RectItem r) {
    out_.pages.back().items.emplace_back(std::move(r));
    fresh_ = false;
}

void Composer::line(LineItem l) {
    out_.pages.back().items.emplace_back(l);
    fresh_ = false;
}

std::u32string Composer::clean(const std::string& s, Face face, const diag::SourceLoc& src) {
    return checker_.clean(decode_utf8(s), face, src);
}

WidthFn Composer::width_fn(Face face, double size) const {
    return
        [this, face, size](char32_t c) { return metrics_.width(face, size, c == 0xA0 ? U' ' : c); };
}

double Composer::text_width(const std::u32string& s, Face face, double size) const {
    double w = 0;
    for (char32_t c : s) w += metrics_.width(face, size, c);
    return w;
}

void Composer::draw_lines(const std::vector<Line>& lines, std::size_t from, std::size_t to,
                          double x, double w, double y_top, const vp::TextStyle& st,
                          double first_indent) {
    const double lh = line_height(st.size);
    for (std::size_t i = from; i < to && i < lines.size(); ++i) {
        const Line& ln = lines[i];
        const double indent = i == 0 ? first_indent : 0;
        const double avail = w - indent;
        const double y = y_top + static_cast<double>(i - from) * lh + baseline(st.size);
        const bool justify = st.align == vp::Align::Justify && !ln.last && ln.words.size() > 1;
        if (justify) {
            double words = 0;
            for (const auto& wd : ln.words) words += wd.width;
            const double gap = (avail - words) / static_cast<double>(ln.words.size() - 1);
            double cx = x + indent;
            for (const auto& wd : ln.words) {
                text(cx, y, st.face, st.size, encode_utf8(wd.text));
                cx += wd.width + gap;
            }
            continue;
        }
        std::u32string joined;
        for (const auto& wd : ln.words) {
            if (!joined.empty()) joined.push_back(U' ');
            joined += wd.text;
        }
        double cx = x + indent;
        if (st.align == vp::Align::Center) cx += (avail - ln.width) / 2;
        if (st.align == vp::Align::Right) cx += avail - ln.width;
        text(cx, y, st.face, st.size, encode_utf8(joined));
    }
}

void Composer::spacer(double h) {
    if (fresh_) return;  // no blank space at the top of a page
    y_ += h;
}

void Composer::place_page_numbers() {
    for (const PageRef& r : page_refs_) {
        const auto it = out_.anchors.find(r.target);
        if (it == out_.anchors.end() || r.page >= out_.pages.size()) continue;
        const std::u32string num = decode_utf8(std::to_string(it->second.page + 1));
        const double w = text_width(num, r.style.face, r.style.size);
        out_.pages[r.page].items.emplace_back(
            TextItem{r.right - w, r.baseline, r.style.face, r.style.size, encode_utf8(num)});
    }
}

Layout Composer::finish(double number_size) {
    place_page_numbers();
    // From page 2 on, the page number centred in the top margin (ГОСТ Р 7.0.97).
    for (std::size_t i = 1; i < out_.pages.size(); ++i) {
        PageBox& page = out_.pages[i];
        const PageGeometry g = geometry(page.landscape);
        const std::u32string num = decode_utf8(std::to_string(i + 1));
        const double w = text_width(num, Face::Regular, number_size);
        page.items.emplace_back(TextItem{(g.width - w) / 2, g.top / 2 + number_size * 0.35,
                                         Face::Regular, number_size, encode_utf8(num)});
    }
    return std::move(out_);
}

}  // namespace shnor::render::pdf
