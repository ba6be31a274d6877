#pragma once
// The one strict UTF-8 decoder of the checks and reports (load/ rejects what
// it refuses; diag/ shows it as U+FFFD). Lives in diag/, the lowest stage.
#include <cstddef>
#include <string_view>

namespace shnor::diag {

// Length of the valid UTF-8 sequence at s[i] with its code point in cp, or 0
// when invalid (truncated, overlong, surrogate or beyond U+10FFFF).
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp);

}  // namespace shnor::diag
