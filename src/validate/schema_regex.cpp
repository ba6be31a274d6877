// libstdc++ 12's regex compiler trips a false -Wmaybe-uninitialized inside
// std::function when built with sanitizers and optimisation.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

#include "validate/schema_regex.hpp"

#include "diag/utf8.hpp"

namespace shnor::validate {

static_assert(sizeof(wchar_t) == 4, "code-point regexes need a 32-bit wchar_t");

namespace {

// std::regex_error::what() is English and vague; users read Russian.
std::string describe(std::regex_constants::error_type code) {
    namespace rc = std::regex_constants;
    if (code == rc::error_brack) return "непарная квадратная скобка";
    if (code == rc::error_paren) return "непарная круглая скобка";
    if (code == rc::error_brace) return "непарная фигурная скобка";
    if (code == rc::error_badbrace) return "неверное число повторений в {}";
    if (code == rc::error_range) return "неверный диапазон символов";
    if (code == rc::error_escape) return "неверная escape-последовательность";
    if (code == rc::error_backref) return "неверная обратная ссылка";
    if (code == rc::error_badrepeat) return "повторение без выражения перед ним";
    if (code == rc::error_ctype || code == rc::error_collate) return "неизвестный класс символов";
    return "слишком сложное выражение";
}

}  // namespace

std::wstring utf8_to_wide(std::string_view text) {
    std::wstring out;
    out.reserve(text.size());
    // The loader refused invalid UTF-8 already; U+FFFD only keeps this safe.
    for (std::size_t pos = 0; pos < text.size();) {
        char32_t cp = 0;
        const std::size_t len = diag::utf8_sequence(text, pos, cp);
        out.push_back(static_cast<wchar_t>(len == 0 ? 0xFFFD : cp));
        pos += len == 0 ? 1 : len;
    }
    return out;
}

std::size_t utf8_length(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::optional<std::wregex> compile_regex(std::string_view pattern, std::string& why) {
    try {
        return std::wregex(utf8_to_wide(pattern), std::regex::ECMAScript);
    } catch (const std::regex_error& e) {
        why = describe(e.code());
        return std::nullopt;
    }
}

RegexResult regex_find(const std::wregex& re, std::string_view text) {
    if (utf8_length(text) > kMaxRegexSubject) return RegexResult::TooLong;
    try {
        return std::regex_search(utf8_to_wide(text), re) ? RegexResult::Match
                                                         : RegexResult::NoMatch;
    } catch (const std::regex_error&) {
        return RegexResult::TooLong;  // error_complexity / error_stack
    }
}

}  // namespace shnor::validate
