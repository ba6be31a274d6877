#include "render/pdf/hpdf.hpp"

#include <hpdf.h>

#include <algorithm>
#include <vector>

#include "render/pdf/hpdf_content.hpp"
#include "render/pdf/hpdf_doc.hpp"
#include "render/pdf/utf8.hpp"

namespace shnor::render::pdf {
namespace {

std::size_t idx(Face f) { return static_cast<std::size_t>(f); }

HPDF_Date pdf_date(const model::Date& d) {
    HPDF_Date out{};
    out.year = d.valid() ? d.year : 2000;
    out.month = d.valid() ? d.month : 1;
    out.day = d.valid() ? d.day : 1;
    out.ind = 'Z';
    return out;
}

// Metadata and bookmarks go through libharu's UTF-8 encoder, which knows
// only the BMP: anything else (emoji, broken bytes) becomes '?' first, since
// one libharu error would fail the whole document.
std::string bmp_only(const std::string& s) {
    std::u32string cps = decode_utf8(s);
    for (char32_t& c : cps)
        if (c > 0xFFFF || c == kReplacement || c < 0x20) c = c < 0x20 ? U' ' : U'?';
    return encode_utf8(cps);
}

}  // namespace

namespace {

class Drawer {
public:
    Drawer(HpdfDoc& d, const Layout& layout) : d_(d), layout_(layout) {}

    void pages() {
        for (const PageBox& box : layout_.pages) {
            HPDF_Page page = HPDF_AddPage(d_.pdf());
            if (!page) return;
            HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4,
                              box.landscape ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT);
            pages_.push_back(page);
            ContentWriter out(page, d_.deflater());
            graphics(out, box);
            texts(out, box);
        }
    }

    void links() {
        for (std::size_t i = 0; i < layout_.pages.size() && i < pages_.size(); ++i) {
            const PageBox& box = layout_.pages[i];
            for (const Item& item : box.items) {
                const auto* l = std::get_if<LinkItem>(&item);
                if (!l) continue;
                HPDF_Destination dst = destination(l->target);
                if (!dst) continue;
                const HPDF_Rect r{f(l->x), f(box.height - l->y - l->h), f(l->x + l->w),
                                  f(box.height - l->y)};
                HPDF_Annotation a = HPDF_Page_CreateLinkAnnot(pages_[i], r, dst);
                if (a) HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
            }
        }
    }

    void outline() {
        if (layout_.outline.empty()) return;
        HPDF_Encoder enc = HPDF_GetEncoder(d_.pdf(), "UTF-8");
        std::vector<HPDF_Outline> parents;  // parents[k]: the last entry of level k + 1
        for (const OutlineEntry& e : layout_.outline) {
            const auto level = static_cast<std::size_t>(std::max(e.level, 1));
            parents.resize(std::min(parents.size(), level - 1));
            HPDF_Outline parent = parents.empty() ? nullptr : parents.back();
            HPDF_Outline o = HPDF_CreateOutline(d_.pdf(), parent, bmp_only(e.title).c_str(), enc);
            if (!o) return;
            HPDF_Outline_SetOpened(o, HPDF_TRUE);
            if (HPDF_Destination dst = destination(e.anchor)) HPDF_Outline_SetDestination(o, dst);
            parents.push_back(o);
        }
        HPDF_SetPageMode(d_.pdf(), HPDF_PAGE_MODE_USE_OUTLINE);
    }

private:
    static HPDF_REAL f(double v) { return static_cast<HPDF_REAL>(v); }

    HPDF_Destination destination(const std::string& anchor) {
        const auto it = layout_.anchors.find(anchor);
        if (it == layout_.anchors.end() || it->second.page < 0 ||
            static_cast<std::size_t>(it->second.page) >= pages_.size())
            return nullptr;
        const auto page_index = static_cast<std::size_t>(it->second.page);
        HPDF_Destination dst = HPDF_Page_CreateDestination(pages_[page_index]);
        // SetXYZ with zoom 0 is rejected by libharu: fit the width at the anchor.
        if (dst)
            HPDF_Destination_SetFitH(dst, f(layout_.pages[page_index].height - it->second.y + 6));
        return dst;
    }

    static void graphics(ContentWriter& out, const PageBox& box) {
        for (const Item& item : box.items) {
            if (const auto* r = std::get_if<RectItem>(&item)) {
                if (r->fill) out.fill_color(r->fill->r, r->fill->g, r->fill->b);
                if (r->stroke > 0) out.line_width(r->stroke);
                out.rect(r->x, box.height - r->y - r->h, r->w, r->h);
                if (r->fill && r->stroke > 0)
                    out.fill_stroke();
                else if (r->fill)
                    out.fill();
                else
                    out.stroke();
            } else if (const auto* l = std::get_if<LineItem>(&item)) {
                out.line_width(l->width);
                out.line(l->x1, box.height - l->y1, l->x2, box.height - l->y2);
                out.stroke();
            }
        }
    }

    void texts(ContentWriter& out, const PageBox& box) {
        out.fill_color(0, 0, 0);
        out.begin_text();
        int face = -1;
        double size = 0;
        for (const Item& item : box.items) {
            const auto* t = std::get_if<TextItem>(&item);
            if (!t) continue;
            if (static_cast<int>(t->face) != face || t->size != size) {
                face = static_cast<int>(t->face);
                size = t->size;
                out.font(d_.font(idx(t->face)), size);
            }
            out.show(t->x, box.height - t->y, t->text);
        }
        out.end_text();
    }

    HpdfDoc& d_;
    const Layout& layout_;
    std::vector<HPDF_Page> pages_;
};

void set_info(HpdfDoc& d, const view::pdf::Document& doc) {
    HPDF_SetCurrentEncoder(d.pdf(), "UTF-8");  // before SetInfoAttr, or the text is mangled
    if (!doc.title.empty()) HPDF_SetInfoAttr(d.pdf(), HPDF_INFO_TITLE, bmp_only(doc.title).c_str());
    if (!doc.author.empty())
        HPDF_SetInfoAttr(d.pdf(), HPDF_INFO_AUTHOR, bmp_only(doc.author).c_str());
    if (!doc.subject.empty())
        HPDF_SetInfoAttr(d.pdf(), HPDF_INFO_SUBJECT, bmp_only(doc.subject).c_str());
    if (!doc.keywords.empty())
        HPDF_SetInfoAttr(d.pdf(), HPDF_INFO_KEYWORDS, bmp_only(doc.keywords).c_str());
    HPDF_SetInfoAttr(d.pdf(), HPDF_INFO_CREATOR, "shnor");
    // From the document's own date, never the clock: identical bytes run to run.
    const HPDF_Date date = pdf_date(doc.date);
    HPDF_SetInfoDateAttr(d.pdf(), HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(d.pdf(), HPDF_INFO_MOD_DATE, date);
}

}  // namespace

std::string draw_pdf(const view::pdf::Document& doc, const Layout& layout, const HpdfFonts& fonts,
                     const diag::SourceLoc& where, diag::Sink& sink) {
    std::array<const std::string*, 3> used{};  // the faces drawn with
    std::array<CodeSet, 3> per_face;
    for (const PageBox& p : layout.pages) {
        for (const Item& item : p.items) {
            const auto* t = std::get_if<TextItem>(&item);
            if (!t) continue;
            used[idx(t->face)] = &fonts.bytes(idx(t->face));
            for_each_code_point(t->text, [&](char32_t c) { per_face[idx(t->face)].add(c); });
        }
    }
    CodeSet codes;
    for (const CodeSet& c : per_face) codes |= c;
    HpdfDoc d;
    if (!d.load_faces(used) || !d.make_fonts(codes, per_face)) {
        sink.error(where, "libharu не загрузила шрифт " + fonts.files().regular + ": ошибка " +
                              describe(d.error()));
        return {};
    }
    set_info(d, doc);
    Drawer drawer(d, layout);
    drawer.pages();
    drawer.links();
    drawer.outline();
    std::string bytes = d.save();
    if (d.error().failed || bytes.empty()) {
        sink.error(where, "libharu не смогла построить PDF: ошибка " + describe(d.error()));
        return {};
    }
    return bytes;
}

}  // namespace shnor::render::pdf
