#pragma once
// A position in a content file. Line and column are 1-based; the column
// counts characters (code points), not bytes, because that is what an
// editor shows the user.
#include <compare>
#include <ostream>
#include <string>
#include <string_view>

namespace shnor::diag {

// A file's path as shown to the user, shared by every position in the file.
// A loaded tree keeps a position per node and key; a string of its own in
// each was two allocations per scalar of a clean build. Paths are interned
// for the life of the process (one copy per distinct path), so a FilePath is
// a pointer: copied freely, equal when its pointer is.
class FilePath {
public:
    FilePath() = default;
    // Implicit: a path is a FilePath wherever one is asked for.
    FilePath(std::string_view path);                                         // NOLINT
    FilePath(const std::string& path) : FilePath(std::string_view(path)) {}  // NOLINT
    FilePath(const char* path) : FilePath(std::string_view(path)) {}         // NOLINT

    const std::string& str() const { return p_ ? *p_ : empty_string(); }
    operator const std::string&() const { return str(); }  // NOLINT: reads as the string
    bool empty() const { return !p_; }

    bool operator==(const FilePath& o) const { return p_ == o.p_; }
    std::strong_ordering operator<=>(const FilePath& o) const {
        if (p_ == o.p_) return std::strong_ordering::equal;
        return str().compare(o.str()) <=> 0;
    }
    friend std::ostream& operator<<(std::ostream& out, const FilePath& f) { return out << f.str(); }

private:
    static const std::string& empty_string();
    const std::string* p_ = nullptr;
};

struct SourceLoc {
    FilePath file;  // path as shown to the user, relative to the content root
    int line = 0;   // 0 = unknown (the whole file)
    int column = 0;

    bool known() const { return line > 0; }
    auto operator<=>(const SourceLoc&) const = default;
};

}  // namespace shnor::diag
