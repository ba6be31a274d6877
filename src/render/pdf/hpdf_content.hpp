#pragma once
// A page's content operators written straight into its libharu content
// stream. libharu clears a 512-byte scratch buffer byte by byte for every
// operator and re-measures every string it shows through its encoder, which
// together were most of the time spent drawing a roadmap. The operators are
// the ones libharu would write; fonts are still selected through libharu, so
// the page resources stay its own. Coordinates are PDF points (y up).
#include <hpdf.h>

#include <string>
#include <string_view>

namespace shnor::render::pdf {

class ContentWriter {
public:
    explicit ContentWriter(HPDF_Page page);
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

    void flush();

private:
    void number(double v);  // rounded to 1/100
    void op(const char* name);

    HPDF_Page page_;
    std::string buf_;
    long long tx_ = 0, ty_ = 0;  // the text line start, in 1/100 pt
};

}  // namespace shnor::render::pdf
