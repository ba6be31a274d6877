#include "scaffold/yaml_out.hpp"

namespace shnor::scaffold {

std::string todo_comment(std::string_view what) { return "  # TODO: " + std::string(what); }

void YamlOut::comment(int indent, std::string_view text) {
    out_ += std::string(static_cast<std::size_t>(indent), ' ') + "# " + std::string(text) + "\n";
}

void YamlOut::key_line(int indent, std::string_view key, bool opens_item) {
    for (const auto& line : docs_.lines(path_)) comment(opens_item ? indent - 2 : indent, line);
    out_ += opens_item ? std::string(static_cast<std::size_t>(indent - 2), ' ') + "- "
                       : std::string(static_cast<std::size_t>(indent), ' ');
    out_ += std::string(key) + ":";
}

void YamlOut::field(int indent, const std::vector<std::string_view>& path, std::string_view value,
                    std::string_view todo, bool opens_item) {
    path_ = path;
    key_line(indent, path.back(), opens_item);
    out_ += " " + std::string(value);
    if (!todo.empty()) out_ += todo_comment(todo);
    out_ += "\n";
}

void YamlOut::optional(int indent, const std::vector<std::string_view>& path,
                       std::string_view example) {
    for (const auto& line : docs_.lines(path)) comment(indent, line);
    comment(indent, "необязательно: чтобы заполнить, уберите # в начале следующей строки");
    comment(indent, std::string(path.back()) + ": " + std::string(example));
}

void YamlOut::open(int indent, const std::vector<std::string_view>& path, bool opens_item) {
    path_ = path;
    key_line(indent, path.back(), opens_item);
    out_ += "\n";
}

}  // namespace shnor::scaffold
