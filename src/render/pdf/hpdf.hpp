#pragma once
// The only code that talks to libharu: font metrics for the layout and the
// drawing of a finished layout into PDF bytes.
#include <array>
#include <memory>
#include <string>

#include "diag/diagnostic.hpp"
#include "render/pdf/fonts.hpp"
#include "render/pdf/layout.hpp"
#include "render/pdf/metrics.hpp"

namespace shnor::render::pdf {

// Metrics from the real fonts, cached per face and code point (the layout
// asks for the same few hundred characters again and again).
class HpdfMetrics : public Metrics {
public:
    // Null when the fonts cannot be loaded; *error says why.
    static std::unique_ptr<HpdfMetrics> open(const FontFiles& files, std::string* error);
    ~HpdfMetrics() override;
    HpdfMetrics(const HpdfMetrics&) = delete;
    HpdfMetrics& operator=(const HpdfMetrics&) = delete;

    double advance(Face face, char32_t cp) const override;
    bool has(Face face, char32_t cp) const override;

private:
    struct State;
    struct Glyph {
        double advance = 0;
        bool has = false, known = false;
    };
    using Block = std::array<Glyph, 256>;

    explicit HpdfMetrics(std::unique_ptr<State> s);
    const Glyph& glyph(Face face, char32_t cp) const;  // cp in the BMP

    std::unique_ptr<State> s_;
    // Per face, blocks of 256 codes made on first use.
    mutable std::array<std::array<std::unique_ptr<Block>, 256>, 3> blocks_;
};

// Draws the layout; metadata from doc. On a libharu failure returns "" and
// reports an error at `where` (the output path).
std::string draw_pdf(const view::pdf::Document& doc, const Layout& layout, const FontFiles& files,
                     const diag::SourceLoc& where, diag::Sink& sink);

}  // namespace shnor::render::pdf
