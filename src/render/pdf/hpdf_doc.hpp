#pragma once
// A libharu document with our fonts loaded. Everything that reaches into
// libharu 2.3's internal structures (to make it fast and its text extractable)
// is in hpdf_doc.cpp and hpdf_content.cpp, nowhere else.
#include <hpdf.h>

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "render/pdf/hpdf_content.hpp"

namespace shnor::render::pdf {

// libharu's errors are sticky: the first one is the cause.
struct HpdfError {
    HPDF_STATUS code = 0, detail = 0;
    bool failed = false;
};
std::string describe(const HpdfError& e);

// The code points a document draws with one face. libharu's UTF-8 encoder
// draws the Basic Multilingual Plane only; the layout never asks for more.
class CodeSet {
public:
    void add(char32_t c) {
        if (c < 0x10000) bits_[c >> 6] |= std::uint64_t{1} << (c & 63);
    }
    CodeSet& operator|=(const CodeSet& other);
    std::vector<std::uint16_t> codes() const;  // ascending

private:
    std::array<std::uint64_t, 0x10000 / 64> bits_{};
};

// A face's bytes read as a libharu stream (the position is the document's own).
struct FaceReader {
    const std::string* bytes = nullptr;
    std::size_t pos = 0;
};

class HpdfDoc {
public:
    HpdfDoc();
    ~HpdfDoc();
    HpdfDoc(const HpdfDoc&) = delete;
    HpdfDoc& operator=(const HpdfDoc&) = delete;

    // Parses the faces (Regular, Bold, Italic) from their files' bytes, which
    // must outlive the document; a null face is not loaded.
    bool load_faces(const std::array<const std::string*, 3>& faces);
    // The codes face i's character map covers, ascending (a code may still
    // have no glyph).
    std::vector<std::uint16_t> mapped_codes(std::size_t i) const;
    // Fonts for drawing the loaded faces; `codes` holds every code point any
    // face draws, `per_face` the ones each face draws (their glyphs are kept
    // in the embedded subset).
    bool make_fonts(const CodeSet& codes, const std::array<CodeSet, 3>& per_face);

    // The PDF's bytes ("" after a libharu error), written straight into a
    // string (libharu's memory stream copies every byte in and out one at a time).
    std::string save();

    HPDF_Doc pdf() const { return pdf_; }
    Deflater& deflater() { return deflater_; }
    const HpdfError& error() const { return err_; }
    void clear_error();
    HPDF_FontDef face(std::size_t i) const { return defs_[i]; }
    HPDF_Font font(std::size_t i) const { return fonts_[i]; }

private:
    const char* load_face(FaceReader& reader);
    // libharu makes a font's file stream while saving, in the font's
    // before-write call; ours runs it, then deflates the font's streams.
    static HPDF_STATUS before_font_write(HPDF_Dict font);
    bool deflate_stream(HPDF_Dict dict);
    static thread_local HpdfDoc* saving_;  // libharu's callbacks carry no user data

    Deflater deflater_;
    HPDF_Dict_BeforeWriteFunc libharu_before_font_write_ = nullptr;

    HpdfError err_;
    HPDF_Doc pdf_ = nullptr;
    std::array<HPDF_FontDef, 3> defs_{};
    std::array<HPDF_Font, 3> fonts_{};
    std::array<std::string, 3> names_;
    std::array<FaceReader, 3> readers_{};
};

}  // namespace shnor::render::pdf
