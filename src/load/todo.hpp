#pragma once
// TODO markers: a YAML comment that starts with TODO (`# TODO: укажите …`)
// marks what a person still has to decide, typically in files written by
// `shnor new`. The value beside it is a valid placeholder, so the file loads
// and builds; `check` reports each marker as a warning (so `--strict`, as in
// CI before publishing, refuses a tree that still has them).
#include <string_view>

#include "diag/diagnostic.hpp"
#include "load/node.hpp"
#include "load/text.hpp"

namespace shnor::load {

// Reports every TODO comment of a parsed file as a warning at its `#`.
// `root` is the parsed tree: a `#` inside a string value (a block scalar or
// a quoted string over several lines) is text, not a comment.
void report_todos(std::string_view text, const LineIndex& index, const Node& root,
                  diag::Sink& sink);

}  // namespace shnor::load
