#include "render/pdf/metrics.hpp"

#include <cstdio>

#include "render/pdf/utf8.hpp"

namespace shnor::render::pdf {

double FixedMetrics::advance(Face, char32_t cp) const {
    return cp == U' ' || cp == 0xA0 ? 250 : 500;
}

bool FixedMetrics::has(Face, char32_t cp) const {
    return cp < 0x10000 && cp != kReplacement && cp != 0x2011;
}

char32_t GlyphCheck::substitute(char32_t cp, Face face) const {
    // Fallbacks that keep the meaning; the fonts miss some of these.
    char32_t alt = 0;
    switch (cp) {
        case 0x2011:
            alt = U'-';
            break;  // non-breaking hyphen
        case 0x2010:
            alt = U'-';
            break;  // hyphen
        case 0x2212:
            alt = 0x2013;
            break;  // minus -> en dash
        case 0x202F:
            alt = 0xA0;
            break;  // narrow NBSP -> NBSP
        case 0x2007:
            alt = 0xA0;
            break;  // figure space
        case 0x20BD:
            return U'?';  // ₽ has no safe fallback: warn
        default:
            break;
    }
    if (alt != 0 && metrics_.has(face, alt)) return alt;
    if (alt == 0xA0) return U' ';
    return 0;
}

void GlyphCheck::warn(char32_t cp, const diag::SourceLoc& src) {
    if (!warned_.insert({cp, src}).second) return;
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(cp));
    std::string shown;
    if (cp != kReplacement) append_utf8(shown, cp);
    std::string msg = "символа " + (shown.empty() ? std::string() : "«" + shown + "» ") + "(" +
                      code + ") нет в шрифте PDF, он заменён на «?»";
    if (cp == kReplacement) msg = "неверная последовательность UTF-8 в тексте PDF, заменена на «?»";
    sink_.warning(src, std::move(msg));
}

std::u32string GlyphCheck::clean(std::u32string text, Face face, const diag::SourceLoc& src) {
    std::u32string out;
    out.reserve(text.size());
    for (char32_t cp : text) {
        if (cp == U'\n' || cp == 0xAD || cp == 0xA0) {  // the layout handles these itself
            out.push_back(cp);
        } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
            out.push_back(U' ');
        } else if (cp == 0x200D || cp == 0x200B || (cp >= 0xFE00 && cp <= 0xFE0F)) {
            // Joiners and variation selectors: invisible, drop rather than print '?'.
        } else if (metrics_.has(face, cp)) {
            out.push_back(cp);
        } else if (const char32_t alt = substitute(cp, face); alt != 0 && alt != U'?') {
            out.push_back(alt);
        } else {
            warn(cp, src);
            out.push_back(U'?');
        }
    }
    return out;
}

}  // namespace shnor::render::pdf
