#pragma once
// Wording helpers for schema messages (Russian) and JSON value equality.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "diag/suggest.hpp"
#include "load/node.hpp"

namespace shnor::validate {

// A value as quoted in a message: "текст" (cut after ~60 characters),
// numbers as written in the file, short lists and maps as compact JSON.
std::string render_value(const load::Node& node);
// A string in quotes, cut when long.
std::string quoted(std::string_view text);
// Enum values for "допустимые значения: a, b, c" (strings without quotes).
std::string render_choices(const load::Node& seq);

// "ожидалась строка", "ожидался список или словарь" for JSON Schema type names.
std::string expected_types(const std::vector<std::string>& types);
// "найдена строка \"abc\"", "найдено число 5", "найден список".
std::string found_value(const load::Node& node);
// Whether a node is an instance of a JSON Schema type name.
bool has_type(const load::Node& node, std::string_view type);

// Russian plural: plural(n, "поле", "поля", "полей").
std::string plural(long long n, const char* one, const char* few, const char* many);

// JSON equality: 1 == 1.0, maps compare without order, true != 1.
bool json_equal(const load::Node& a, const load::Node& b);
// A canonical text such that json_equal(a, b) iff json_key(a) == json_key(b)
// (maps with sorted keys, 1 and 1.0 alike): uniqueItems in O(n log n).
std::string json_key(const load::Node& node);
// -1, 0, 1; both must be numbers. Integers compare exactly.
int compare_numbers(const load::Node& a, const load::Node& b);

// A string that failed a number type, enum, pattern or format because of
// a look-alike character (a non-breaking space, a dash for a hyphen) or a
// decimal comma: reports what it is, at its exact column, and returns true.
bool explain_string(const load::Node& inst, diag::Sink& out);

// "\"x\" не входит в список допустимых значений: done (выполнено), ..." with
// the Russian labels of model/labels, and "напишите done (выполнено)" when the
// value is such a label.
std::string enum_message(const load::Node& choices, const std::vector<std::string>& strings,
                         const load::Node& inst);

using diag::suggest;  // the near-miss helper lives in diag/suggest

}  // namespace shnor::validate
