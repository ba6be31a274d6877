#pragma once
// Editing YAML files as text: `new year` adds to files people wrote by hand
// (region.yaml, school.yaml), so it inserts lines where the parsed tree says
// they belong and keeps every comment and line of the original as it was.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/source_loc.hpp"
#include "load/node.hpp"

namespace shnor::scaffold {

// The byte offset of a position (1-based line, column in characters).
std::size_t offset_of(std::string_view text, const diag::SourceLoc& loc);

struct Edit {
    std::size_t at = 0, erase = 0;
    std::string insert;
};

// Applies edits that do not overlap (in any order).
std::string apply(std::string text, std::vector<Edit> edits);

// Where an item goes at the end of the block sequence under a top-level key:
// `at` is the start of a line, `indent` the text before the items' dash.
struct AppendPoint {
    std::size_t at = 0;
    std::string indent;
    bool needs_newline = false;  // the file does not end with one
};
// nullopt when the key is absent or its value is not a block sequence.
std::optional<AppendPoint> append_point(std::string_view text, const load::Node& root,
                                        std::string_view key);

// The edit that replaces a scalar's written form (quotes included).
Edit replace_scalar(std::string_view text, const load::Node& scalar, std::string value);

// A string as a YAML scalar: plain when that reads back the same, else quoted.
std::string yaml_string(std::string_view s);

}  // namespace shnor::scaffold
