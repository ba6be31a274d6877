#pragma once
// A page's content operators, compressed by us and written straight into its
// libharu content stream. libharu clears a 512-byte scratch buffer byte by
// byte for every operator and re-measures every string it shows through its
// encoder, which together were most of the time spent drawing a roadmap; its
// deflate (level 6, a fresh zlib stream per page, every byte copied in and
// out one at a time) was most of what remained. The operators are the ones
// libharu would write; fonts are registered in the page's resources by
// libharu. Coordinates are PDF points (y up).
#include <hpdf.h>
#include <zlib.h>

#include <string>
#include <string_view>

namespace shnor::render::pdf {

// One zlib stream for all the pages of a document (reset between pages).
class Deflater {
public:
    Deflater();
    ~Deflater();
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    // in, compressed; false on a zlib failure (then out is unusable).
    bool deflate(std::string_view in, std::string& out);

private:
    z_stream z_{};
    bool ok_ = false;
};

// Writes already deflated bytes as dict's whole stream, with our /Filter:
// libharu's own filter is turned off, so it copies them as they are.
HPDF_STATUS put_deflated(HPDF_Dict dict, std::string_view packed);

class ContentWriter {
public:
    ContentWriter(HPDF_Page page, Deflater& deflater);
    ~ContentWriter();
    ContentWriter(const ContentWriter&) = delete;
    ContentWriter& operator=(const ContentWriter&) = delete;

    void fill_color(double r, double g, double b);
    void line_width(double w);
    void rect(double x, double y, double w, double h);
    void line(double x1, double y1, double x2, double y2);
    void fill();
    void stroke();
    void fill_stroke();

    void begin_text();
    void font(HPDF_Font font, double size);
    void show(double x, double y, std::string_view utf8);  // x, y: the baseline start
    void end_text();

    // Writes the page's content into its stream (compressed when zlib works).
    void finish();

private:
    void number(double v);  // rounded to 1/100
    void op(const char* name);

    HPDF_Page page_;
    Deflater& deflater_;
    std::string buf_;
    bool finished_ = false;
    long long tx_ = 0, ty_ = 0;  // the text line start, in 1/100 pt
    // The graphics state set so far (-1: not yet), to skip repeated operators.
    long long fill_[3] = {-1, -1, -1}, line_width_ = -1;
};

}  // namespace shnor::render::pdf
