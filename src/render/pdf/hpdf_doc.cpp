#include "render/pdf/hpdf_doc.hpp"

#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstring>
#include <vector>

namespace shnor::render::pdf {
namespace {

// libharu calls this from C: it must only record.
void on_error(HPDF_STATUS code, HPDF_STATUS detail, void* data) {
    auto* st = static_cast<HpdfError*>(data);
    if (st->failed) return;  // keep the first, it is the cause
    st->failed = true;
    st->code = code;
    st->detail = detail;
}

using Codes = std::vector<std::uint16_t>;

HPDF_STATUS read_bytes(HPDF_Stream stream, HPDF_BYTE* ptr, HPDF_UINT* size) {
    auto* r = static_cast<FaceReader*>(stream->attr);
    const std::size_t n = std::min<std::size_t>(*size, r->bytes->size() - r->pos);
    std::memcpy(ptr, r->bytes->data() + r->pos, n);
    r->pos += n;
    const bool short_read = n < *size;
    *size = static_cast<HPDF_UINT>(n);
    return short_read ? HPDF_STREAM_EOF : HPDF_OK;
}

HPDF_STATUS seek_bytes(HPDF_Stream stream, HPDF_INT pos, HPDF_WhenceMode mode) {
    auto* r = static_cast<FaceReader*>(stream->attr);
    long long to = pos;
    if (mode == HPDF_SEEK_CUR) to += static_cast<long long>(r->pos);
    if (mode == HPDF_SEEK_END) to += static_cast<long long>(r->bytes->size());
    if (to < 0 || static_cast<std::size_t>(to) > r->bytes->size())
        return HPDF_SetError(stream->error, HPDF_FILE_IO_ERROR, 0);
    r->pos = static_cast<std::size_t>(to);
    return HPDF_OK;
}

HPDF_INT32 tell_bytes(HPDF_Stream stream) {
    return static_cast<HPDF_INT32>(static_cast<FaceReader*>(stream->attr)->pos);
}

HPDF_UINT32 size_bytes(HPDF_Stream stream) {
    return static_cast<HPDF_UINT32>(static_cast<FaceReader*>(stream->attr)->bytes->size());
}

HPDF_STATUS append_bytes(HPDF_Stream stream, const HPDF_BYTE* ptr, HPDF_UINT size) {
    static_cast<std::string*>(stream->attr)->append(reinterpret_cast<const char*>(ptr), size);
    return HPDF_OK;
}

// libharu's UTF-8 encoder has no code table, so HPDF_GetFont looks up a glyph
// for all 65 536 codes and writes a 128 KB CIDToGIDMap, per face (~2 ms each).
// During the call, the encoder gets a table of just the document's codes,
// which takes libharu's table-driven path instead: the same CIDs (= the
// Unicode values), and a map only as long as the highest code drawn. Text is
// encoded by the UTF-8 functions again before anything is drawn.
class OnlyTheseCodes {
public:
    OnlyTheseCodes(HPDF_Encoder enc, const Codes& codes) : enc_(enc), codes_(codes) {
        if (!enc_) return;
        saved_ = enc_->to_unicode_fn;
        for (std::uint16_t c : codes_) set(c, c, c);
        enc_->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
    }
    ~OnlyTheseCodes() {
        if (!enc_) return;
        enc_->to_unicode_fn = saved_;
        for (std::uint16_t c : codes_) set(c, 0, kUndefined);
    }
    OnlyTheseCodes(const OnlyTheseCodes&) = delete;
    OnlyTheseCodes& operator=(const OnlyTheseCodes&) = delete;

private:
    static constexpr HPDF_UNICODE kUndefined = 0x25A1;  // libharu's initial value

    void set(std::uint16_t code, std::uint16_t cid, HPDF_UNICODE unicode) {
        auto* attr = static_cast<HPDF_CMapEncoderAttr>(enc_->attr);
        attr->cid_map[code >> 8][code & 0xFF] = cid;
        attr->unicode_map[code >> 8][code & 0xFF] = unicode;
    }

    HPDF_Encoder enc_;
    const Codes& codes_;
    HPDF_Encoder_ToUnicode_Func saved_ = nullptr;
};

// libharu 2.3 writes its UTF-8 *encoding* CMap (a cidrange) as the font's
// ToUnicode, which viewers reject ("Invalid 'begincidrange' operator"), so
// copy and search depend on guesswork. The codes drawn are the Unicode values
// themselves, so the right ToUnicode is the identity. Only the 256-code blocks
// the document uses are listed (each costs bytes); no surrogates.
std::string identity_to_unicode(const Codes& codes) {
    std::vector<unsigned> blocks;
    for (std::uint16_t c : codes) {
        const unsigned h = c >> 8;
        if ((h < 0xD8 || h > 0xDF) && (blocks.empty() || blocks.back() != h)) blocks.push_back(h);
    }
    std::string s =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t i = 0; i < blocks.size(); i += 100) {
        const std::size_t n = std::min<std::size_t>(100, blocks.size() - i);
        s += std::to_string(n) + " beginbfrange\n";
        for (std::size_t k = i; k < i + n; ++k) {
            char line[40];
            std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", blocks[k], blocks[k],
                          blocks[k]);
            s += line;
        }
        s += "endbfrange\n";
    }
    return s + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

void replace_to_unicode(HPDF_Font font, const std::string& cmap) {
    auto* attr = static_cast<HPDF_FontAttr>(font ? font->attr : nullptr);
    if (!attr || !attr->cmap_stream || !attr->cmap_stream->stream) return;
    HPDF_MemStream_FreeData(attr->cmap_stream->stream);
    HPDF_Stream_WriteStr(attr->cmap_stream->stream, cmap.c_str());
}

}  // namespace

CodeSet& CodeSet::operator|=(const CodeSet& other) {
    for (std::size_t i = 0; i < bits_.size(); ++i) bits_[i] |= other.bits_[i];
    return *this;
}

std::vector<std::uint16_t> CodeSet::codes() const {
    std::vector<std::uint16_t> out;
    for (std::size_t i = 0; i < bits_.size(); ++i)
        for (std::uint64_t w = bits_[i]; w != 0; w &= w - 1)
            out.push_back(static_cast<std::uint16_t>(i * 64 + std::countr_zero(w)));
    return out;
}

std::string describe(const HpdfError& e) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "0x%04X (%u)", static_cast<unsigned>(e.code),
                  static_cast<unsigned>(e.detail));
    return buf;
}

HpdfDoc::HpdfDoc() { pdf_ = HPDF_New(on_error, &err_); }

HpdfDoc::~HpdfDoc() {
    if (pdf_) HPDF_Free(pdf_);
}

void HpdfDoc::clear_error() {
    HPDF_ResetError(pdf_);
    err_ = {};
}

bool HpdfDoc::load_faces(const std::array<const std::string*, 3>& faces) {
    if (!pdf_) return false;
    HPDF_SetCompressionMode(pdf_, HPDF_COMP_ALL);  // first: later objects only are compressed
    for (std::size_t i = 0; i < 3 && !err_.failed; ++i) {
        if (!faces[i]) continue;
        readers_[i] = {faces[i], 0};
        const char* name = load_face(readers_[i]);
        if (!name) return false;
        names_[i] = name;
        defs_[i] = HPDF_GetFontDef(pdf_, name);
        if (!defs_[i]) return false;
    }
    return !err_.failed;
}

// What HPDF_LoadTTFontFromFile does after opening the file, from memory:
// register the face and give it the next subset tag (HPDFAA, HPDFAB, ...).
const char* HpdfDoc::load_face(FaceReader& reader) {
    HPDF_Stream stream = HPDF_CallbackReader_New(pdf_->mmgr, read_bytes, seek_bytes, tell_bytes,
                                                 size_bytes, &reader);
    if (!stream) return nullptr;
    HPDF_FontDef def = HPDF_TTFontDef_Load(pdf_->mmgr, stream, HPDF_TRUE);
    if (!def) return nullptr;
    if (HPDF_Doc_FindFontDef(pdf_, def->base_font) ||
        HPDF_List_Add(pdf_->fontdef_list, def) != HPDF_OK) {
        HPDF_FontDef_Free(def);
        return nullptr;
    }
    HPDF_BYTE* tag = pdf_->ttfont_tag;
    if (tag[0] == 0) {
        std::memcpy(tag, "HPDFAA", 6);
    } else {
        for (int i = 5; i >= 0; --i) {
            if (++tag[i] <= 'Z') break;
            tag[i] = 'A';
        }
    }
    HPDF_TTFontDef_SetTagName(def, reinterpret_cast<char*>(tag));
    return def->base_font;
}

thread_local HpdfDoc* HpdfDoc::saving_ = nullptr;

std::string HpdfDoc::save() {
    std::string out;
    if (!pdf_ || err_.failed) return out;
    out.reserve(std::size_t{64} << 10);
    // HPDF_SaveToStream writes into the document's own stream when it has
    // one (and frees it with the document); the string outlives the call.
    if (!pdf_->stream) pdf_->stream = HPDF_CallbackWriter_New(pdf_->mmgr, append_bytes, &out);
    saving_ = this;
    const bool ok = pdf_->stream && HPDF_SaveToStream(pdf_) == HPDF_OK && !err_.failed;
    saving_ = nullptr;
    return ok ? out : std::string();
}

HPDF_STATUS HpdfDoc::before_font_write(HPDF_Dict font) {
    HpdfDoc* doc = saving_;
    if (!doc || !doc->libharu_before_font_write_) return HPDF_OK;
    const HPDF_STATUS st = doc->libharu_before_font_write_(font);
    if (st != HPDF_OK) return st;
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    HPDF_Dict file = nullptr;
    if (attr->fontdef && attr->fontdef->descriptor)
        file = static_cast<HPDF_Dict>(
            HPDF_Dict_GetItem(attr->fontdef->descriptor, "FontFile2", HPDF_OCLASS_DICT));
    for (HPDF_Dict d : {attr->map_stream, attr->cmap_stream, file})
        if (!doc->deflate_stream(d)) return HPDF_Error_GetCode(font->error);
    return HPDF_OK;
}

// A stream libharu would deflate (at level 6, with a fresh zlib stream),
// deflated by the document's own Deflater instead.
bool HpdfDoc::deflate_stream(HPDF_Dict dict) {
    if (!dict || !dict->stream || !(dict->filter & HPDF_STREAM_FILTER_FLATE_DECODE)) return true;
    HPDF_Stream s = dict->stream;
    if (s->type != HPDF_STREAM_MEMORY || s->size == 0) return true;
    std::string raw;
    raw.reserve(s->size);
    for (HPDF_UINT i = 0, n = HPDF_MemStream_GetBufCount(s); i < n; ++i) {
        HPDF_UINT len = 0;
        const HPDF_BYTE* p = HPDF_MemStream_GetBufPtr(s, i, &len);
        if (!p) return false;
        raw.append(reinterpret_cast<const char*>(p), len);
    }
    std::string packed;
    if (!deflater_.deflate(raw, packed)) return true;  // libharu deflates it as before
    return put_deflated(dict, packed) == HPDF_OK;
}

std::vector<std::uint16_t> HpdfDoc::mapped_codes(std::size_t i) const {
    std::vector<std::uint16_t> out;
    const auto* attr = static_cast<HPDF_TTFontDefAttr>(defs_[i] ? defs_[i]->attr : nullptr);
    if (!attr) return out;
    const HPDF_TTF_CmapRange& cmap = attr->cmap;
    for (unsigned s = 0; s < cmap.seg_count_x2 / 2u; ++s)
        for (unsigned c = cmap.start_count[s]; c <= cmap.end_count[s] && c <= 0xFFFF; ++c)
            out.push_back(static_cast<std::uint16_t>(c));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

bool HpdfDoc::make_fonts(const CodeSet& codes, const std::array<CodeSet, 3>& per_face) {
    HPDF_UseUTFEncodings(pdf_);
    HPDF_SetCurrentEncoder(pdf_, "UTF-8");
    CodeSet all = codes;
    all.add(U' ');  // libharu refuses a font that maps nothing
    Codes mapped = all.codes();
    // Control characters are never drawn, and row 0 of the code table holds
    // the UTF-8 encoder's own state below 0x20.
    mapped.erase(mapped.begin(), std::lower_bound(mapped.begin(), mapped.end(), 0x20));
    // libharu's map and widths stop one short of the highest code (`i < max`):
    // one more code, drawn by nobody, keeps the last real one.
    if (mapped.back() < 0xFFFF) mapped.push_back(static_cast<std::uint16_t>(mapped.back() + 1));
    const std::string cmap = identity_to_unicode(mapped);
    OnlyTheseCodes scope(HPDF_GetEncoder(pdf_, "UTF-8"), mapped);
    for (std::size_t i = 0; i < 3 && !err_.failed; ++i) {
        if (!defs_[i]) continue;
        fonts_[i] = HPDF_GetFont(pdf_, names_[i].c_str(), "UTF-8");
        if (!fonts_[i]) return false;
        libharu_before_font_write_ = fonts_[i]->before_write_fn;
        fonts_[i]->before_write_fn = before_font_write;
        replace_to_unicode(fonts_[i], cmap);
        // Asking for a width marks the glyph as used: the embedded subset
        // keeps exactly these (the text is not shown through libharu).
        for (std::uint16_t c : per_face[i].codes()) HPDF_TTFontDef_GetCharWidth(defs_[i], c);
    }
    return !err_.failed;
}

}  // namespace shnor::render::pdf
