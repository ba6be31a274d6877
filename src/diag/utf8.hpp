#pragma once
// The one strict UTF-8 decoder of the checks and reports (load/ rejects what
// it refuses; diag/ shows it as U+FFFD). Lives in diag/, the lowest stage.
#include <cstddef>
#include <string_view>

namespace shnor::diag {

// The whole decoder (any length, every check); utf8_sequence's slow path.
std::size_t utf8_sequence_any(std::string_view s, std::size_t i, char32_t& cp);

// Length of the valid UTF-8 sequence at s[i] with its code point in cp, or 0
// when invalid (truncated, overlong, surrogate or beyond U+10FFFF). ASCII
// and two-byte sequences (Cyrillic), nearly all of the text, are decoded
// inline: the PDF layout and drawing decode every character of a document
// several times.
inline std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp) {
    const auto c0 = static_cast<unsigned char>(s[i]);
    if (c0 < 0x80) {
        cp = c0;
        return 1;
    }
    // 0xC0 and 0xC1 would be overlong: left to the whole decoder, which refuses them.
    if (c0 >= 0xC2 && c0 <= 0xDF && i + 1 < s.size()) {
        const auto c1 = static_cast<unsigned char>(s[i + 1]);
        if ((c1 & 0xC0) == 0x80) {
            cp = ((c0 & 0x1Fu) << 6) | (c1 & 0x3Fu);
            return 2;
        }
    }
    return utf8_sequence_any(s, i, cp);
}

}  // namespace shnor::diag
