#include "render/pdf/hpdf_content.hpp"

#include <hpdf_pages.h>

#include <charconv>
#include <cmath>

#include "render/pdf/utf8.hpp"

namespace shnor::render::pdf {
namespace {

long long hundredths(double v) { return std::llround(v * 100); }

// 1250 -> "12.5", -5 -> "-0.05", 1200 -> "12".
void append_hundredths(std::string& out, long long v) {
    if (v < 0) {
        out.push_back('-');
        v = -v;
    }
    char buf[24];
    const auto end = std::to_chars(buf, buf + sizeof buf, v / 100).ptr;
    out.append(buf, end);
    const auto frac = static_cast<int>(v % 100);
    if (frac == 0) return;
    out.push_back('.');
    out.push_back(static_cast<char>('0' + frac / 10));
    if (frac % 10 != 0) out.push_back(static_cast<char>('0' + frac % 10));
}

// A literal string of two-byte codes (the Unicode values: libharu's fonts
// are Identity-H); half the bytes of hex. Line ends are escaped because a
// reader would normalise them.
void append_codes(std::string& out, std::string_view utf8) {
    auto byte = [&out](unsigned b) {
        switch (b) {
            case '(':
            case ')':
            case '\\':
                out.push_back('\\');
                out.push_back(static_cast<char>(b));
                break;
            case '\r':
                out += "\\r";
                break;
            case '\n':
                out += "\\n";
                break;
            default:
                out.push_back(static_cast<char>(b));
        }
    };
    out.push_back('(');
    for_each_code_point(utf8, [&](char32_t cp) {
        const unsigned code = cp > 0xFFFF ? 0x20 : static_cast<unsigned>(cp);  // as libharu would
        byte(code >> 8);
        byte(code & 0xFF);
    });
    out.push_back(')');
}

// Mostly text and glyph outlines: level 3 deflates them with 2/3 of the
// instructions of libharu's level 6, for a few percent more bytes.
constexpr int kLevel = 3;

// The stream is written as is (filter NONE), so libharu drops any /Filter of
// its own; this puts ours into the dictionary instead.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

}  // namespace

HPDF_STATUS put_deflated(HPDF_Dict dict, std::string_view packed) {
    HPDF_MemStream_FreeData(dict->stream);
    dict->filter = HPDF_STREAM_FILTER_NONE;
    dict->write_fn = write_flate_filter;
    return HPDF_Stream_Write(dict->stream, reinterpret_cast<const HPDF_BYTE*>(packed.data()),
                             static_cast<HPDF_UINT>(packed.size()));
}

Deflater::Deflater() { ok_ = deflateInit(&z_, kLevel) == Z_OK; }

Deflater::~Deflater() {
    if (ok_) deflateEnd(&z_);
}

bool Deflater::deflate(std::string_view in, std::string& out) {
    if (!ok_ || deflateReset(&z_) != Z_OK) return false;
    out.resize(deflateBound(&z_, static_cast<uLong>(in.size())));
    z_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
    z_.avail_in = static_cast<uInt>(in.size());
    z_.next_out = reinterpret_cast<Bytef*>(out.data());
    z_.avail_out = static_cast<uInt>(out.size());
    if (::deflate(&z_, Z_FINISH) != Z_STREAM_END) return false;
    out.resize(z_.total_out);
    return true;
}

ContentWriter::ContentWriter(HPDF_Page page, Deflater& deflater)
    : page_(page), deflater_(deflater) {}

ContentWriter::~ContentWriter() { finish(); }

void ContentWriter::number(double v) {
    append_hundredths(buf_, hundredths(v));
    buf_.push_back(' ');
}

void ContentWriter::op(const char* name) {
    buf_ += name;
    buf_.push_back('\n');
}

void ContentWriter::fill_color(double r, double g, double b) {
    const long long c[3] = {hundredths(r), hundredths(g), hundredths(b)};
    if (c[0] == fill_[0] && c[1] == fill_[1] && c[2] == fill_[2]) return;
    for (int i = 0; i < 3; ++i) {
        fill_[i] = c[i];
        append_hundredths(buf_, c[i]);
        buf_.push_back(' ');
    }
    op("rg");
}

void ContentWriter::line_width(double w) {
    const long long v = hundredths(w);
    if (v == line_width_) return;
    line_width_ = v;
    append_hundredths(buf_, v);
    buf_ += " w\n";
}

void ContentWriter::rect(double x, double y, double w, double h) {
    number(x);
    number(y);
    number(w);
    number(h);
    op("re");
}

void ContentWriter::line(double x1, double y1, double x2, double y2) {
    number(x1);
    number(y1);
    op("m");
    number(x2);
    number(y2);
    op("l");
}

void ContentWriter::fill() { op("f"); }
void ContentWriter::stroke() { op("S"); }
void ContentWriter::fill_stroke() { op("B"); }

void ContentWriter::begin_text() {
    buf_ += "BT\n";
    tx_ = ty_ = 0;  // BT resets the text line matrix
}

void ContentWriter::font(HPDF_Font font, double size) {
    // libharu adds the font to the page's resources and names it there.
    const char* name = HPDF_Page_GetLocalFontName(page_, font);
    if (!name) return;  // libharu has recorded the error
    buf_.push_back('/');
    buf_ += name;
    buf_.push_back(' ');
    number(size);
    op("Tf");
}

void ContentWriter::show(double x, double y, std::string_view utf8) {
    // Td moves relative to the line start: differences of rounded positions,
    // so rounding never accumulates along a page.
    const long long nx = hundredths(x), ny = hundredths(y);
    append_hundredths(buf_, nx - tx_);
    buf_.push_back(' ');
    append_hundredths(buf_, ny - ty_);
    buf_ += " Td\n";
    tx_ = nx;
    ty_ = ny;
    append_codes(buf_, utf8);
    op(" Tj");
}

void ContentWriter::end_text() { op("ET"); }

void ContentWriter::finish() {
    if (finished_) return;
    finished_ = true;
    auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
    std::string packed;
    if (deflater_.deflate(buf_, packed)) {
        put_deflated(attr->contents, packed);
    } else {  // libharu deflates it itself
        HPDF_Stream_Write(attr->contents->stream, reinterpret_cast<const HPDF_BYTE*>(buf_.data()),
                          static_cast<HPDF_UINT>(buf_.size()));
    }
}

}  // namespace shnor::render::pdf
