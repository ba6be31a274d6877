#pragma once
// Near-miss suggestions for every "unknown X" message (schema enums, field
// names, references to ids): the one place that decides what is "close".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace shnor::diag {

// Optimal string alignment distance over code points (Levenshtein plus
// transpositions), so a Cyrillic letter counts as one edit.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The closest candidate to a misspelt word, if it is close enough: up to 2
// edits (1 for words shorter than 5 characters). Ties go to the first.
std::optional<std::string> suggest(std::string_view word,
                                   const std::vector<std::string>& candidates);

// Lower case for comparing words typed by people: ASCII and Cyrillic
// (Ё too); surrounding spaces and a final period are dropped.
std::string fold_case(std::string_view s);

// The tail of an "unknown id" message: " (возможно, вы имели в виду "x")"
// for a close id, and the known ids (sorted) when there are at most
// `list_up_to` of them: " (известные: a, b, c)". Empty when neither.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& known,
                         std::size_t list_up_to = 0);

}  // namespace shnor::diag
