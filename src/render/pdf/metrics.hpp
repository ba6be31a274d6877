#pragma once
// Font metrics as the layout sees them. The layout is pure: it asks this
// interface for advances and glyph coverage and never touches libharu, so
// tests can lay out with a fixed-width fake and compare text dumps.
#include <set>
#include <string>
#include <utility>

#include "diag/diagnostic.hpp"
#include "view/pdf_doc.hpp"

namespace shnor::render::pdf {

using view::pdf::Face;

class Metrics {
public:
    virtual ~Metrics() = default;
    // Advance width in 1/1000 em (no kerning: libharu applies none either).
    virtual double advance(Face face, char32_t cp) const = 0;
    // Whether the face has a glyph for cp (U+FFFD and non-BMP usually not).
    virtual bool has(Face face, char32_t cp) const = 0;
    double width(Face face, double size, char32_t cp) const {
        return advance(face, cp) * size / 1000.0;
    }
};

// For tests: every glyph is 500 units wide, a space 250; code points above
// U+FFFF and U+FFFD are missing, like in the real fonts.
class FixedMetrics : public Metrics {
public:
    double advance(Face face, char32_t cp) const override;
    bool has(Face face, char32_t cp) const override;
};

// Makes text drawable with a face: control characters become spaces (except
// '\n'), characters without a glyph get a fallback (NBSP -> space,
// U+2011 -> '-', ...) or '?', with one warning per character and source.
class GlyphCheck {
public:
    GlyphCheck(const Metrics& metrics, diag::Sink& sink) : metrics_(metrics), sink_(sink) {}
    std::u32string clean(std::u32string text, Face face, const diag::SourceLoc& src);

private:
    char32_t substitute(char32_t cp, Face face) const;
    void warn(char32_t cp, const diag::SourceLoc& src);

    const Metrics& metrics_;
    diag::Sink& sink_;
    std::set<std::pair<char32_t, diag::SourceLoc>> warned_;
};

}  // namespace shnor::render::pdf
