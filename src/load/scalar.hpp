#pragma once
// YAML 1.2 core-schema typing of plain scalars. yaml-cpp leaves every scalar
// a string; its own as<bool>/as<int> accept yes/no and octal "010".
#include <string>
#include <string_view>

#include "load/node.hpp"

namespace shnor::load {

// Fills kind and value of `out` from a plain (unquoted, untagged) scalar.
void type_plain_scalar(const std::string& text, Node& out);

// The spellings of null besides the empty scalar: ~, null, Null, NULL
// (yaml-cpp's IsNullString too, which reports them as null events).
bool is_null_word(std::string_view text);

}  // namespace shnor::load
