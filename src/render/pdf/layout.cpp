#include "render/pdf/layout.hpp"

#include <algorithm>

#include "render/pdf/composer.hpp"
#include "render/pdf/utf8.hpp"

namespace shnor::render::pdf {
namespace {

template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

constexpr int kMaxKeepChain = 3;

// Bookmarks are one line of drawable text: no breaks, no soft hyphens.
std::string outline_title(const std::u32string& text) {
    std::u32string t;
    for (char32_t c : text) {
        if (c == 0xAD) continue;
        t.push_back(c == U'\n' ? U' ' : c);
    }
    return encode_utf8(t);
}

}  // namespace

void Composer::paragraph(const vp::Paragraph& p, double keep_height) {
    const vp::TextStyle& st = p.style;
    const double x = geo_.left + p.indent_left;
    const double full_w = std::max(geo_.body_width() - p.indent_left, 10.0);
    // Contents lines keep room at the right for the target's page number.
    const double number_w = p.link_page ? text_width(U"000", st.face, st.size) + 12 : 0;
    const double w = std::max(full_w - number_w, 10.0);
    const std::u32string text = clean(p.text, st.face, p.src);
    const auto lines = break_lines(text, width_fn(st.face, st.size), w, p.first_line);
    const double lh = line_height(st.size);
    const double before = fresh_ ? 0 : p.space_before;
    // Keep at least two lines (or all) together, and a heading with what follows.
    double need = before + lh * static_cast<double>(std::min<std::size_t>(lines.size(), 2));
    if (p.keep_with_next) need = before + lh * static_cast<double>(lines.size()) + keep_height;
    if (need > room() && !fresh_)
        new_page();
    else
        y_ += before;

    std::string anchor = p.anchor;
    if (anchor.empty() && p.outline_level > 0) anchor = "_o" + std::to_string(++auto_anchor_);
    if (!anchor.empty()) out_.anchors[anchor] = {static_cast<int>(out_.pages.size()) - 1, y_};
    if (p.outline_level > 0) out_.outline.push_back({outline_title(text), p.outline_level, anchor});

    std::size_t i = 0;
    while (i < lines.size()) {
        // As many lines as fit here; at least one, so a tiny page still progresses.
        std::size_t n = static_cast<std::size_t>(std::max(room(), 0.0) / lh);
        if (n == 0 && !fresh_) {
            new_page();
            continue;
        }
        n = std::clamp<std::size_t>(n, 1, lines.size() - i);
        const double top = y_;
        draw_lines(lines, i, i + n, x, w, top, st, p.first_line);
        y_ += lh * static_cast<double>(n);
        if (!p.link.empty())
            out_.pages.back().items.emplace_back(LinkItem{x, top, full_w, y_ - top, p.link});
        i += n;
        if (p.link_page && i == lines.size())
            page_refs_.push_back(
                {out_.pages.size() - 1, x + full_w, y_ - lh + baseline(st.size), st, p.link});
        if (i < lines.size()) new_page();
    }
    y_ += p.space_after;
}

double Composer::signature_height() const { return 2 * line_height(12) + line_height(8); }

void Composer::signature(const vp::Signature& s) {
    const double size = 12, small = 8, lh = line_height(size);
    const double need = signature_height();
    if (need > room() && !fresh_) new_page();
    y_ += lh;  // a blank line before the signature
    const double left = geo_.left, right = geo_.left + geo_.body_width();
    const double base = y_ + baseline(size);
    const vp::TextStyle st{Face::Regular, size, vp::Align::Left};
    const auto pos = clean(s.position, st.face, {});
    text(left, base, st.face, size, encode_utf8(pos));
    const double sign_x1 =
        left + std::max(text_width(pos, st.face, size) + 12, geo_.body_width() * 0.35);
    const double sign_x2 = sign_x1 + geo_.body_width() * 0.25;
    line({sign_x1, base + 2, sign_x2, base + 2, 0.5});
    const auto name = clean(s.name.empty() ? std::string("______________") : s.name, st.face, {});
    const double name_w = text_width(name, st.face, size);
    const double name_x = std::max(sign_x2 + 12, right - name_w);
    text(name_x, base, st.face, size, encode_utf8(name));
    // Captions under the signature line and the name, as on printed forms.
    const auto cap1 = clean("(подпись)", st.face, {});
    const auto cap2 = clean("(расшифровка подписи)", st.face, {});
    const double cy = base + line_height(small);
    text((sign_x1 + sign_x2 - text_width(cap1, st.face, small)) / 2, cy, st.face, small,
         encode_utf8(cap1));
    text(std::max(name_x + (name_w - text_width(cap2, st.face, small)) / 2, sign_x2 + 12), cy,
         st.face, small, encode_utf8(cap2));
    y_ += lh + line_height(small);
}

double Composer::lead_height(const vp::Block& b) {
    return std::visit(Overloaded{
                          [&](const vp::Paragraph& p) {
                              const double w = std::max(geo_.body_width() - p.indent_left, 10.0);
                              const auto lines = break_lines(clean(p.text, p.style.face, p.src),
                                                             width_fn(p.style.face, p.style.size),
                                                             w, p.first_line);
                              const auto n = std::min<std::size_t>(lines.size(), 2);
                              return p.space_before +
                                     line_height(p.style.size) * static_cast<double>(n);
                          },
                          [&](const vp::Table& t) { return table_height_hint(t); },
                          [&](const vp::Chart& c) { return chart_height(c); },
                          [&](const vp::Signature&) { return signature_height(); },
                          [&](const vp::Spacer&) { return 0.0; },
                      },
                      b);
}

Layout layout_document(const view::pdf::Document& doc, const Metrics& metrics, diag::Sink& sink) {
    Composer c(metrics, sink);
    for (const auto& section : doc.sections) {
        c.start_section(section.landscape);
        const auto& blocks = section.blocks;
        for (std::size_t i = 0; i < blocks.size(); ++i) {
            std::visit(Overloaded{
                           [&](const vp::Paragraph& p) {
                               double keep = 0;
                               // A chain of headings travels with the first lines after it.
                               for (std::size_t j = i + 1;
                                    p.keep_with_next && j < blocks.size() && j <= i + kMaxKeepChain;
                                    ++j) {
                                   keep += c.lead_height(blocks[j]);
                                   const auto* next = std::get_if<vp::Paragraph>(&blocks[j]);
                                   if (!next || !next->keep_with_next) break;
                               }
                               c.paragraph(p, keep);
                           },
                           [&](const vp::Table& t) {
                               // A signature never stands alone on a page.
                               const bool signed_next =
                                   i + 1 < blocks.size() &&
                                   std::holds_alternative<vp::Signature>(blocks[i + 1]);
                               c.table(t, signed_next ? c.signature_height() : 0);
                           },
                           [&](const vp::Chart& ch) { c.chart(ch); },
                           [&](const vp::Signature& s) { c.signature(s); },
                           [&](const vp::Spacer& s) { c.spacer(s.height); },
                       },
                       blocks[i]);
        }
    }
    if (doc.sections.empty()) c.start_section(false);
    return c.finish(12);
}

}  // namespace shnor::render::pdf
