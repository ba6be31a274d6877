#pragma once
// The drawing of a finished layout into PDF bytes with libharu (the fonts'
// metrics for the layout are in hpdf_fonts).
#include <string>

#include "diag/diagnostic.hpp"
#include "render/pdf/hpdf_fonts.hpp"
#include "render/pdf/layout.hpp"

namespace shnor::render::pdf {

// Draws the layout; metadata from doc. On a libharu failure returns "" and
// reports an error at `where` (the output path).
std::string draw_pdf(const view::pdf::Document& doc, const Layout& layout, const HpdfFonts& fonts,
                     const diag::SourceLoc& where, diag::Sink& sink);

}  // namespace shnor::render::pdf
