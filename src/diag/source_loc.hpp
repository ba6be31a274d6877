#pragma once
// A position in a content file. Line and column are 1-based; the column
// counts characters (code points), not bytes, because that is what an
// editor shows the user.
#include <compare>
#include <string>

namespace shnor::diag {

struct SourceLoc {
    std::string file;  // path as shown to the user, relative to the content root
    int line = 0;      // 0 = unknown (the whole file)
    int column = 0;

    bool known() const { return line > 0; }
    auto operator<=>(const SourceLoc&) const = default;
};

}  // namespace shnor::diag
