#include "diag/odd_chars.hpp"

#include "diag/utf8.hpp"

namespace shnor::diag {

namespace {

struct Known {
    char32_t cp;
    const char* name;
    const char* fix;
    bool invisible;  // wrong anywhere outside prose; dashes and quotes are prose
};

constexpr const char* kSpaceFix = "замените его обычным пробелом или удалите";
constexpr const char* kDeleteFix = "удалите его";

constexpr Known kKnown[] = {
    {U'\u00A0', "неразрывный пробел", kSpaceFix, true},
    {U'\u202F', "узкий неразрывный пробел", kSpaceFix, true},
    {U'\u2007', "цифровой пробел", kSpaceFix, true},
    {U'\u2009', "тонкий пробел", kSpaceFix, true},
    {U'\u2002', "широкий пробел", kSpaceFix, true},
    {U'\u2003', "широкий пробел", kSpaceFix, true},
    {U'\u3000', "широкий пробел", kSpaceFix, true},
    {U'\u200B', "невидимый пробел нулевой ширины", kDeleteFix, true},
    {U'\u200C', "невидимый символ нулевой ширины", kDeleteFix, true},
    {U'\u200D', "невидимый символ нулевой ширины", kDeleteFix, true},
    {U'\u2060', "невидимый символ нулевой ширины", kDeleteFix, true},
    {U'\uFEFF', "невидимый символ нулевой ширины", kDeleteFix, true},
    {U'\u00AD', "мягкий перенос", kDeleteFix, true},
    {U'\u2014', "длинное тире вместо дефиса", "замените его дефисом -", false},
    {U'\u2013', "короткое тире вместо дефиса", "замените его дефисом -", false},
    {U'\u2212', "знак минуса вместо дефиса", "замените его дефисом -", false},
    {U'\u2010', "типографский дефис", "замените его обычным дефисом -", false},
    {U'\u2011', "неразрывный дефис", "замените его обычным дефисом -", false},
    {U'\u00AB', "кавычки-ёлочки", "уберите их или замените прямыми кавычками \"", false},
    {U'\u00BB', "кавычки-ёлочки", "уберите их или замените прямыми кавычками \"", false},
    {U'\u201C', "кавычки-лапки", "уберите их или замените прямыми кавычками \"", false},
    {U'\u201D', "кавычки-лапки", "уберите их или замените прямыми кавычками \"", false},
    {U'\u201E', "кавычки-лапки", "уберите их или замените прямыми кавычками \"", false},
};

// Every known one lies in U+00A0..U+00FF or from U+2000 on: Latin and
// Cyrillic letters, most of our text, need no search.
constexpr bool outside_known_ranges(char32_t cp) {
    return cp < 0x00A0 || (cp >= 0x0100 && cp < 0x2000);
}
constexpr bool ranges_hold() {
    for (const auto& k : kKnown)
        if (outside_known_ranges(k.cp)) return false;
    return true;
}
static_assert(ranges_hold(), "a known character outside the ranges known() searches");

const Known* known(char32_t cp) {
    if (outside_known_ranges(cp)) return nullptr;
    for (const auto& k : kKnown)
        if (k.cp == cp) return &k;
    return nullptr;
}

}  // namespace

const char* odd_char_name(char32_t cp) {
    const Known* k = known(cp);
    return k ? k->name : nullptr;
}

std::optional<OddChar> find_odd_char(std::string_view s, bool all) {
    std::size_t index = 0;
    for (std::size_t i = 0; i < s.size(); ++index) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {  // ASCII: never odd
            ++i;
            continue;
        }
        char32_t cp = 0;
        std::size_t len = utf8_sequence(s, i, cp);
        if (len == 0) return std::nullopt;  // load/ has rejected invalid UTF-8 already
        if (const Known* k = known(cp); k && (all || k->invisible))
            return OddChar{i, index, cp, k->name, k->fix};
        i += len;
    }
    return std::nullopt;
}

}  // namespace shnor::diag
