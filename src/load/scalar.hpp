#pragma once
// YAML 1.2 core-schema typing of plain scalars. yaml-cpp leaves every scalar
// a string; its own as<bool>/as<int> accept yes/no and octal "010".
#include <string>

#include "load/node.hpp"

namespace shnor::load {

// Fills kind and value of `out` from a plain (unquoted, untagged) scalar.
void type_plain_scalar(const std::string& text, Node& out);

}  // namespace shnor::load
