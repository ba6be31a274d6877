#pragma once
// ECMAScript regular expressions over code points. std::regex works on
// bytes, so `.` and `[а-я]` would break on UTF-8; wchar_t is 32 bits on our
// platforms, so matching runs on std::wstring holding code points.
#include <optional>
#include <regex>
#include <string>
#include <string_view>

namespace shnor::validate {

// libstdc++'s regex backtracks recursively: a long subject can overflow the
// stack. Strings longer than this (in code points) are not matched.
inline constexpr std::size_t kMaxRegexSubject = 1000;

std::wstring utf8_to_wide(std::string_view text);
std::size_t utf8_length(std::string_view text);

// nullopt and a reason when the pattern does not compile.
std::optional<std::wregex> compile_regex(std::string_view pattern, std::string& why);

enum class RegexResult { Match, NoMatch, TooLong };
// Unanchored search, as JSON Schema's `pattern` requires.
RegexResult regex_find(const std::wregex& re, std::string_view text);

}  // namespace shnor::validate
