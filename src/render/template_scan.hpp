#pragma once
// A small scanner of Mustache tags. It does not render anything: it lists
// the tags of a template so that we can check partial references and cycles
// before rendering, and so that tests can compare the names a template uses
// with the keys its view-model offers.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/source_loc.hpp"

namespace shnor::render {

enum class TagKind { Variable, Unescaped, Section, Inverted, End, Partial, Comment, Delimiter };

struct Tag {
    TagKind kind = TagKind::Variable;
    std::string name;
    std::size_t offset = 0;  // byte offset of the opening "{{"
    std::size_t end = 0;     // byte offset just past the closing "}}" (or "}}}")
};

struct ScanResult {
    std::vector<Tag> tags;
    std::string error;  // empty: fine
    std::size_t error_offset = 0;
};

ScanResult scan_template(std::string_view text);

// Byte offset -> 1-based line and column (columns count code points).
diag::SourceLoc locate(std::string_view text, std::size_t offset, const std::string& file);

}  // namespace shnor::render
