#include "render/pdf/utf8.hpp"

#include <cstdint>

namespace shnor::render::pdf {

std::u32string decode_utf8(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for_each_code_point(text, [&](char32_t cp) { out.push_back(cp); });
    return out;
}

void append_utf8(std::string& out, char32_t cp) {
    const auto c = static_cast<std::uint32_t>(cp);
    auto put = [&out](std::uint32_t b) { out.push_back(static_cast<char>(b)); };
    if (c < 0x80) {
        put(c);
    } else if (c < 0x800) {
        put(0xC0 | (c >> 6));
        put(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        put(0xE0 | (c >> 12));
        put(0x80 | ((c >> 6) & 0x3F));
        put(0x80 | (c & 0x3F));
    } else {
        put(0xF0 | (c >> 18));
        put(0x80 | ((c >> 12) & 0x3F));
        put(0x80 | ((c >> 6) & 0x3F));
        put(0x80 | (c & 0x3F));
    }
}

std::string encode_utf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size() * 2);
    for (char32_t cp : text) append_utf8(out, cp);
    return out;
}

}  // namespace shnor::render::pdf
