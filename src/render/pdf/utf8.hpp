#pragma once
// UTF-8 <-> code points for the layout, which works on code points so that a
// line can never be broken inside a multi-byte sequence. Decoding is lenient
// (the checks already refused bad input): what diag::utf8_sequence rejects
// becomes U+FFFD, one per bad byte.
#include <string>
#include <string_view>

#include "diag/utf8.hpp"

namespace shnor::render::pdf {

inline constexpr char32_t kReplacement = 0xFFFD;

// Calls f(cp) for each code point of text, in order.
template <typename F>
void for_each_code_point(std::string_view text, F&& f) {
    std::size_t i = 0;
    while (i < text.size()) {
        char32_t cp = 0;
        const std::size_t len = diag::utf8_sequence(text, i, cp);
        f(len == 0 ? kReplacement : cp);
        i += len == 0 ? 1 : len;
    }
}

std::u32string decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t cp);
std::string encode_utf8(std::u32string_view text);

}  // namespace shnor::render::pdf
