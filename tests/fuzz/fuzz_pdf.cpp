// libFuzzer: the PDF layout and drawing with hostile text in every kind of
// block (paragraph styles, a table, a chart, a signature, the metadata).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fuzz/harnesses.hpp"
#include "render/pdf/render_pdfs.hpp"

using namespace shnor;
namespace vp = view::pdf;

namespace {

// The input cut at NUL bytes into up to n pieces (missing ones empty).
std::vector<std::string> pieces(const std::uint8_t* data, std::size_t size, std::size_t n) {
    std::vector<std::string> out(1);
    for (std::size_t i = 0; i < size; ++i) {
        if (data[i] == 0 && out.size() < n)
            out.emplace_back();
        else
            out.back() += static_cast<char>(data[i]);
    }
    out.resize(n);
    return out;
}

vp::Paragraph paragraph(const std::string& text, vp::Face face, double size, vp::Align align) {
    vp::Paragraph p;
    p.text = text;
    p.style = {face, size, align};
    return p;
}

vp::Cell cell(const std::string& text, vp::Face face = vp::Face::Regular,
              vp::Align align = vp::Align::Left) {
    vp::Cell c;
    c.text = text;
    c.face = face;
    c.align = align;
    return c;
}

}  // namespace

int shnor_fuzz_pdf(const std::uint8_t* data, std::size_t size) {
    if (size > 64 * 1024) return 0;
    auto p = pieces(data, size, 6);
    vp::Document doc;
    doc.title = p[0];
    doc.author = p[1];
    doc.date = {2021, 3, 1};
    vp::Section s;
    auto heading = paragraph(p[0], vp::Face::Bold, 14, vp::Align::Center);
    heading.keep_with_next = true;
    heading.outline_level = 1;
    s.blocks.push_back(heading);
    s.blocks.push_back(paragraph(p[2], vp::Face::Regular, 12, vp::Align::Justify));
    vp::Table t;
    t.header = {{cell(p[3], vp::Face::Bold), cell("№")}};
    t.rows = {{cell(p[4]), cell(p[2])},
              {cell(p[3]), cell(p[4], vp::Face::Italic, vp::Align::Right)}};
    s.blocks.push_back(t);
    s.blocks.push_back(vp::Chart{p[3], {{"1", 3, p[4], true}, {"2", -1, p[5], false}}, p[5]});
    s.blocks.push_back(vp::Signature{p[4], p[5]});
    doc.sections.push_back(s);
    diag::Sink sink;
    render::render_pdf_document(doc, {}, sink, "f.pdf");
    return 0;
}

// Built by `make fuzz` (cmake/fuzz.cmake); the test suite replays the corpus
// through shnor_fuzz_pdf instead (fuzz_replay_test.cpp).
#ifdef SHNOR_FUZZ_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return shnor_fuzz_pdf(data, size);
}
#endif
