#include "render/pdf/hpdf.hpp"

#include <hpdf.h>
#include <hpdf_font.h>

#include <algorithm>
#include <cstdio>
#include <set>
#include <vector>

#include "render/pdf/utf8.hpp"

namespace shnor::render::pdf {
namespace {

// libharu calls this from C: it must only record (errors are sticky anyway).
struct ErrorState {
    HPDF_STATUS code = 0, detail = 0;
    bool failed = false;
};

void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* data) {
    auto* st = static_cast<ErrorState*>(data);
    if (st->failed) return;  // keep the first, it is the cause
    st->failed = true;
    st->code = code;
    st->detail = detail;
}

std::string describe(const ErrorState& e) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "0x%04X (%u)", static_cast<unsigned>(e.code),
                  static_cast<unsigned>(e.detail));
    return buf;
}

std::size_t idx(Face f) { return static_cast<std::size_t>(f); }

// libharu 2.3 writes its UTF-8 *encoding* CMap (a cidrange) as the font's
// ToUnicode, which viewers reject ("Invalid 'begincidrange' operator"), so
// copy and search depend on guesswork. The codes it draws are the Unicode
// values themselves, so the right ToUnicode is the identity: rewrite it.
// Only the 256-code blocks the document uses are listed (each costs bytes).
std::string identity_to_unicode(const std::set<unsigned>& blocks) {
    std::string s =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<unsigned> highs;
    for (unsigned h : blocks)
        if (h < 0xD8 || h > 0xDF) highs.push_back(h);  // no surrogates
    for (std::size_t i = 0; i < highs.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, highs.size() - i);
        s += std::to_string(n) + " beginbfrange\n";
        for (std::size_t k = i; k < i + n; ++k) {
            char line[40];
            std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", highs[k], highs[k],
                          highs[k]);
            s += line;
        }
        s += "endbfrange\n";
    }
    return s + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

void fix_to_unicode(HPDF_Font font, const std::string& cmap) {
    auto* attr = static_cast<HPDF_FontAttr>(font ? font->attr : nullptr);
    if (!attr || !attr->cmap_stream || !attr->cmap_stream->stream) return;
    HPDF_MemStream_FreeData(attr->cmap_stream->stream);
    HPDF_Stream_WriteStr(attr->cmap_stream->stream, cmap.c_str());
}

// A document with the three faces loaded as UTF-8 CID fonts.
struct Doc {
    ErrorState err;
    HPDF_Doc pdf = nullptr;
    std::array<HPDF_Font, 3> fonts{};
    std::array<HPDF_FontDef, 3> defs{};

    Doc() { pdf = HPDF_New(on_error, &err); }
    ~Doc() {
        if (pdf) HPDF_Free(pdf);
    }
    Doc(const Doc&) = delete;
    Doc& operator=(const Doc&) = delete;

    // Loads the faces in `used` only: every loaded face is embedded, and
    // HPDF_GetFont with UTF-8 costs ~10 ms per face (it maps all 65536 codes).
    bool load(const FontFiles& files, std::array<bool, 3> used = {true, true, true},
              const std::set<unsigned>& blocks = {}) {
        const std::string cmap = identity_to_unicode(blocks);
        if (!pdf) return false;
        HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);  // first: later objects only are compressed
        HPDF_UseUTFEncodings(pdf);
        HPDF_SetCurrentEncoder(pdf, "UTF-8");
        const std::array<const std::string*, 3> paths{&files.regular, &files.bold, &files.italic};
        for (std::size_t i = 0; i < 3 && !err.failed; ++i) {
            if (!used[i]) continue;
            const char* name = HPDF_LoadTTFontFromFile(pdf, paths[i]->c_str(), HPDF_TRUE);
            if (!name) return false;
            fonts[i] = HPDF_GetFont(pdf, name, "UTF-8");
            defs[i] = HPDF_GetFontDef(pdf, name);
            if (!blocks.empty()) fix_to_unicode(fonts[i], cmap);
            if (!fonts[i] || !defs[i]) return false;
        }
        return !err.failed;
    }
};

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

struct HpdfMetrics::State {
    Doc doc;
};

HpdfMetrics::HpdfMetrics(std::unique_ptr<State> s) : s_(std::move(s)) {}
HpdfMetrics::~HpdfMetrics() = default;

std::unique_ptr<HpdfMetrics> HpdfMetrics::open(const FontFiles& files, std::string* error) {
    auto s = std::make_unique<State>();
    if (files.regular.empty() || !s->doc.load(files)) {
        if (error)
            *error = files.regular.empty() ? "файлы шрифта не найдены"
                                           : "libharu не загрузила шрифт " + files.regular +
                                                 ": ошибка " + describe(s->doc.err);
        return nullptr;
    }
    return std::unique_ptr<HpdfMetrics>(new HpdfMetrics(std::move(s)));
}

bool HpdfMetrics::has(Face face, char32_t cp) const {
    if (cp > 0xFFFF || cp == kReplacement || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    auto& cache = has_[idx(face)];
    if (auto it = cache.find(cp); it != cache.end()) return it->second;
    const HPDF_UINT16 gid =
        HPDF_TTFontDef_GetGlyphid(s_->doc.defs[idx(face)], static_cast<HPDF_UINT16>(cp));
    if (s_->doc.err.failed) {  // a lookup miss must not poison the metrics document
        HPDF_ResetError(s_->doc.pdf);
        s_->doc.err = {};
    }
    return cache[cp] = gid != 0;
}

double HpdfMetrics::advance(Face face, char32_t cp) const {
    auto& cache = widths_[idx(face)];
    if (auto it = cache.find(cp); it != cache.end()) return it->second;
    std::string s;
    append_utf8(s, cp);
    const HPDF_TextWidth tw =
        HPDF_Font_TextWidth(s_->doc.fonts[idx(face)], reinterpret_cast<const HPDF_BYTE*>(s.data()),
                            static_cast<HPDF_UINT>(s.size()));
    return cache[cp] = static_cast<double>(tw.width);
}

namespace {

class Drawer {
public:
    Drawer(Doc& d, const Layout& layout) : d_(d), layout_(layout) {}

    void pages() {
        for (const PageBox& box : layout_.pages) {
            HPDF_Page page = HPDF_AddPage(d_.pdf);
            if (!page) return;
            HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4,
                              box.landscape ? HPDF_PAGE_LANDSCAPE : HPDF_PAGE_PORTRAIT);
            pages_.push_back(page);
            graphics(page, box);
            texts(page, box);
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
        HPDF_Encoder enc = HPDF_GetEncoder(d_.pdf, "UTF-8");
        std::vector<HPDF_Outline> parents;  // parents[k]: the last entry of level k + 1
        for (const OutlineEntry& e : layout_.outline) {
            const auto level = static_cast<std::size_t>(std::max(e.level, 1));
            parents.resize(std::min(parents.size(), level - 1));
            HPDF_Outline parent = parents.empty() ? nullptr : parents.back();
            HPDF_Outline o = HPDF_CreateOutline(d_.pdf, parent, bmp_only(e.title).c_str(), enc);
            if (!o) return;
            HPDF_Outline_SetOpened(o, HPDF_TRUE);
            if (HPDF_Destination dst = destination(e.anchor)) HPDF_Outline_SetDestination(o, dst);
            parents.push_back(o);
        }
        HPDF_SetPageMode(d_.pdf, HPDF_PAGE_MODE_USE_OUTLINE);
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

    void graphics(HPDF_Page page, const PageBox& box) {
        for (const Item& item : box.items) {
            if (const auto* r = std::get_if<RectItem>(&item)) {
                // Colours and widths only outside a path (libharu's graphics modes).
                if (r->fill)
                    HPDF_Page_SetRGBFill(page, f(r->fill->r), f(r->fill->g), f(r->fill->b));
                if (r->stroke > 0) HPDF_Page_SetLineWidth(page, f(r->stroke));
                HPDF_Page_Rectangle(page, f(r->x), f(box.height - r->y - r->h), f(r->w), f(r->h));
                if (r->fill && r->stroke > 0)
                    HPDF_Page_FillStroke(page);
                else if (r->fill)
                    HPDF_Page_Fill(page);
                else
                    HPDF_Page_Stroke(page);
            } else if (const auto* l = std::get_if<LineItem>(&item)) {
                HPDF_Page_SetLineWidth(page, f(l->width));
                HPDF_Page_MoveTo(page, f(l->x1), f(box.height - l->y1));
                HPDF_Page_LineTo(page, f(l->x2), f(box.height - l->y2));
                HPDF_Page_Stroke(page);
            }
        }
    }

    void texts(HPDF_Page page, const PageBox& box) {
        HPDF_Page_SetRGBFill(page, 0, 0, 0);
        HPDF_Page_BeginText(page);
        int face = -1;
        double size = 0;
        for (const Item& item : box.items) {
            const auto* t = std::get_if<TextItem>(&item);
            if (!t) continue;
            if (static_cast<int>(t->face) != face || t->size != size) {
                face = static_cast<int>(t->face);
                size = t->size;
                HPDF_Page_SetFontAndSize(page, d_.fonts[idx(t->face)], f(size));
            }
            HPDF_Page_TextOut(page, f(t->x), f(box.height - t->y), t->text.c_str());
        }
        HPDF_Page_EndText(page);
    }

    Doc& d_;
    const Layout& layout_;
    std::vector<HPDF_Page> pages_;
};

void set_info(Doc& d, const view::pdf::Document& doc) {
    HPDF_SetCurrentEncoder(d.pdf, "UTF-8");  // before SetInfoAttr, or the text is mangled
    if (!doc.title.empty()) HPDF_SetInfoAttr(d.pdf, HPDF_INFO_TITLE, bmp_only(doc.title).c_str());
    if (!doc.author.empty())
        HPDF_SetInfoAttr(d.pdf, HPDF_INFO_AUTHOR, bmp_only(doc.author).c_str());
    if (!doc.subject.empty())
        HPDF_SetInfoAttr(d.pdf, HPDF_INFO_SUBJECT, bmp_only(doc.subject).c_str());
    if (!doc.keywords.empty())
        HPDF_SetInfoAttr(d.pdf, HPDF_INFO_KEYWORDS, bmp_only(doc.keywords).c_str());
    HPDF_SetInfoAttr(d.pdf, HPDF_INFO_CREATOR, "shnor");
    // From the document's own date, never the clock: identical bytes run to run.
    const HPDF_Date date = pdf_date(doc.date);
    HPDF_SetInfoDateAttr(d.pdf, HPDF_INFO_CREATION_DATE, date);
    HPDF_SetInfoDateAttr(d.pdf, HPDF_INFO_MOD_DATE, date);
}

std::string save(Doc& d) {
    if (HPDF_SaveToStream(d.pdf) != HPDF_OK) return {};
    std::string out;
    out.reserve(HPDF_GetStreamSize(d.pdf));
    HPDF_ResetStream(d.pdf);
    std::vector<HPDF_BYTE> buf(1 << 16);
    for (int guard = 0; guard < (1 << 20); ++guard) {
        HPDF_UINT32 len = static_cast<HPDF_UINT32>(buf.size());
        const HPDF_STATUS st = HPDF_ReadFromStream(d.pdf, buf.data(), &len);
        out.append(reinterpret_cast<const char*>(buf.data()), len);
        if (st != HPDF_OK || len == 0) break;
    }
    return out;
}

}  // namespace

std::string draw_pdf(const view::pdf::Document& doc, const Layout& layout, const FontFiles& files,
                     const diag::SourceLoc& where, diag::Sink& sink) {
    std::array<bool, 3> used{};
    std::set<unsigned> blocks;
    for (const PageBox& p : layout.pages) {
        for (const Item& item : p.items) {
            const auto* t = std::get_if<TextItem>(&item);
            if (!t) continue;
            used[idx(t->face)] = true;
            for (char32_t c : decode_utf8(t->text)) blocks.insert(static_cast<unsigned>(c) >> 8);
        }
    }
    Doc d;
    if (files.regular.empty() || !d.load(files, used, blocks)) {
        sink.error(where, files.regular.empty() ? "не найдены файлы шрифта для PDF"
                                                : "libharu не загрузила шрифт " + files.regular +
                                                      ": ошибка " + describe(d.err));
        return {};
    }
    set_info(d, doc);
    Drawer drawer(d, layout);
    drawer.pages();
    drawer.links();
    drawer.outline();
    std::string bytes = d.err.failed ? std::string() : save(d);
    if (d.err.failed || bytes.empty()) {
        sink.error(where, "libharu не смогла построить PDF: ошибка " + describe(d.err));
        return {};
    }
    return bytes;
}

}  // namespace shnor::render::pdf
