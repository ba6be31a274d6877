#pragma once
// Writes a commented YAML file line by line: each field is preceded by its
// schema description (FieldDocs) and may carry a TODO marker.
#include <string>
#include <string_view>
#include <vector>

#include "scaffold/field_docs.hpp"

namespace shnor::scaffold {

class YamlOut {
public:
    explicit YamlOut(const FieldDocs& docs) : docs_(docs) {}

    // "# text" at an indent (in spaces).
    void comment(int indent, std::string_view text);
    void blank() { out_ += "\n"; }
    void raw(std::string_view text) { out_ += text; }
    // The field's comments, then `key: value` (`- key: value` when it opens a
    // list item: the dash sits two columns left of indent) and, when todo is
    // not empty, "  # TODO: todo".
    void field(int indent, const std::vector<std::string_view>& path, std::string_view value,
               std::string_view todo = {}, bool opens_item = false);
    // An optional field left out: its comments, then "# key: example" with how to fill it in.
    void optional(int indent, const std::vector<std::string_view>& path, std::string_view example);
    // A key whose value follows on the next lines (a map or a list).
    void open(int indent, const std::vector<std::string_view>& path, bool opens_item = false);
    const std::string& str() const { return out_; }

private:
    const FieldDocs& docs_;
    std::string out_;
    std::vector<std::string_view> path_;  // of the field being written
    void key_line(int indent, std::string_view key, bool opens_item);
};

// "  # TODO: what" — the marker `check` reports (load/todo.hpp).
std::string todo_comment(std::string_view what);

}  // namespace shnor::scaffold
