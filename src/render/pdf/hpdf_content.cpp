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

}  // namespace

ContentWriter::ContentWriter(HPDF_Page page) : page_(page) {}

ContentWriter::~ContentWriter() { flush(); }

void ContentWriter::number(double v) {
    append_hundredths(buf_, hundredths(v));
    buf_.push_back(' ');
}

void ContentWriter::op(const char* name) {
    buf_ += name;
    buf_.push_back('\n');
    if (buf_.size() > (1 << 15)) flush();
}

void ContentWriter::fill_color(double r, double g, double b) {
    number(r);
    number(g);
    number(b);
    op("rg");
}

void ContentWriter::line_width(double w) {
    number(w);
    op("w");
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
    flush();
    HPDF_Page_BeginText(page_);
    tx_ = ty_ = 0;  // BT resets the text line matrix
}

void ContentWriter::font(HPDF_Font font, double size) {
    flush();  // libharu writes Tf into the same stream
    HPDF_Page_SetFontAndSize(page_, font, static_cast<HPDF_REAL>(size));
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

void ContentWriter::end_text() {
    flush();
    HPDF_Page_EndText(page_);
}

void ContentWriter::flush() {
    if (buf_.empty()) return;
    auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
    HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(buf_.data()),
                      static_cast<HPDF_UINT>(buf_.size()));
    buf_.clear();
}

}  // namespace shnor::render::pdf
