#pragma once
// Explanations for the mistakes people make typing YAML by hand: a decimal
// comma, a colon or quotes inside unquoted text, a non-breaking space where
// YAML needs an ordinary one. Each names the problem and shows the fix.
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "load/text.hpp"

namespace shnor::load {

// "12,5" (digits, one comma, digits; an optional minus).
bool is_decimal_comma(std::string_view s);
// "в числах дробную часть отделяют точкой: 12.5 (а не 12,5)".
std::string decimal_comma_message(std::string_view written);

// The text as a YAML scalar in quotes: "…" or, when it holds a double
// quote, '…' (with ' doubled).
std::string quote_for_yaml(std::string_view text);

// Reports a non-breaking (or other look-alike) space right after a key's
// colon or in the indentation: YAML does not take it for a space and fails a
// line later. Returns false when anything was reported.
bool check_odd_spaces(std::string_view text, const LineIndex& index, diag::Sink& sink);

struct Explanation {
    std::size_t value_byte = 0;  // where the text starts, from the start of the line
    std::string message;
};

// For a parse error on line `line0` (0-based): an explanation when the line
// is `key: text` whose text needs quotes (a ": " inside, or a quoted start
// followed by more text), with the line as it should be.
std::optional<Explanation> explain_unquoted_text(std::string_view text, int line0);

}  // namespace shnor::load
