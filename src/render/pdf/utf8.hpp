#pragma once
// UTF-8 <-> code points. The layout works on code points so that a line can
// never be broken inside a multi-byte sequence.
#include <string>
#include <string_view>

namespace shnor::render::pdf {

inline constexpr char32_t kReplacement = 0xFFFD;

// Invalid or overlong sequences and surrogates decode to U+FFFD, one per bad byte.
std::u32string decode_utf8(std::string_view text);
void append_utf8(std::string& out, char32_t cp);
std::string encode_utf8(std::u32string_view text);

}  // namespace shnor::render::pdf
