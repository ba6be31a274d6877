#pragma once
// Byte-level checks and position bookkeeping for a content file, done before
// yaml-cpp sees it: yaml-cpp passes invalid UTF-8 and control characters
// through, and its marks count bytes where users count characters.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"

namespace shnor::load {

// Maps byte offsets to 1-based line and character column.
class LineIndex {
public:
    LineIndex(std::string_view text, diag::FilePath file);
    diag::SourceLoc at(std::size_t byte_offset) const;
    diag::SourceLoc at_line_byte(int line0, int byte_col0) const;  // yaml-cpp Mark fields
    const diag::FilePath& file() const { return file_; }

private:
    std::string_view text_;
    diag::FilePath file_;
    std::vector<std::size_t> starts_;  // byte offset of each line
};

// Reports the first invalid UTF-8 sequence, NUL, C0/C1 control character
// (other than tab, LF, CR), DEL and a byte-order mark after the start.
// Returns false when anything was reported.
bool check_text(std::string_view text, const LineIndex& index, diag::Sink& sink);

// Tabs in block indentation: yaml-cpp says only "illegal map value".
bool check_indentation(std::string_view text, const LineIndex& index, diag::Sink& sink);

// Number of code points in valid UTF-8 (continuation bytes are not counted).
std::size_t count_chars(std::string_view s);

}  // namespace shnor::load
