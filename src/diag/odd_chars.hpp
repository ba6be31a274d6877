#pragma once
// Characters that look like ordinary ones but are not: a non-breaking space
// copied from Word, a dash for a hyphen, «ёлочки» for quotes. Users cannot
// see them, so messages name them and point at their exact column.
#include <cstddef>
#include <optional>
#include <string_view>

namespace shnor::diag {

struct OddChar {
    std::size_t byte = 0;   // offset of the character in the text
    std::size_t index = 0;  // its position in code points
    char32_t cp = 0;
    const char* name = "";  // "неразрывный пробел", "длинное тире вместо дефиса", ...
    const char* fix = "";  // "замените его обычным пробелом", ...
};

// The Russian name of a look-alike character, nullptr for any other.
const char* odd_char_name(char32_t cp);

// The first look-alike character in s. Quotes and dashes count only when
// `all` is set (they are fine in text, wrong in dates, ids and codes).
std::optional<OddChar> find_odd_char(std::string_view s, bool all = true);

}  // namespace shnor::diag
