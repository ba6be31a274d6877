#include "load/todo.hpp"

#include <cctype>
#include <string>
#include <vector>

namespace shnor::load {

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// A `#` starts a comment at the start of a line or after a blank.
bool starts_comment(std::string_view line, std::size_t at) {
    return line[at] == '#' && (at == 0 || is_blank(line[at - 1]));
}

// "TODO", "TODO:", "TODO укажите": the word itself, not TODOLIST.
bool is_todo(std::string_view comment) {
    std::size_t j = 1;
    while (j < comment.size() && is_blank(comment[j])) ++j;
    if (comment.compare(j, 4, "TODO") != 0) return false;
    j += 4;
    return j == comment.size() || is_blank(comment[j]) || comment[j] == ':';
}

// What follows "TODO" (and its colon), trimmed.
std::string what_of(std::string_view comment) {
    std::size_t j = comment.find("TODO") + 4;
    while (j < comment.size() && (is_blank(comment[j]) || comment[j] == ':')) ++j;
    std::size_t end = comment.size();
    while (end > j && (is_blank(comment[end - 1]) || comment[end - 1] == '\r')) --end;
    return std::string(comment.substr(j, end - j));
}

void collect_strings(const Node& n, std::vector<const std::string*>& out) {
    if (n.kind == Kind::String && n.s.find('#') != std::string::npos) out.push_back(&n.s);
    for (const auto& item : n.seq) collect_strings(*item, out);
    for (const auto& [key, value] : n.map) collect_strings(*value, out);
}

bool inside_a_string(std::string_view comment, const std::vector<const std::string*>& strings) {
    for (const std::string* s : strings)
        if (s->find(comment) != std::string::npos) return true;
    return false;
}

// Quotes open on this line before `at`: a `#` there is inside a string.
bool in_quotes(std::string_view line, std::size_t at) {
    char open = 0;
    for (std::size_t i = 0; i < at; ++i) {
        char c = line[i];
        if (open == 0 && (c == '"' || c == '\'') &&
            (i == 0 || !std::isalnum(static_cast<unsigned char>(line[i - 1]))))
            open = c;
        else if (open == '"' && c == '\\')
            ++i;
        else if (c == open)
            open = 0;
    }
    return open != 0;
}

}  // namespace

void report_todos(std::string_view text, const LineIndex& index, const Node& root,
                  diag::Sink& sink) {
    if (text.find("TODO") == std::string_view::npos) return;
    std::vector<const std::string*> strings;
    collect_strings(root, strings);
    for (std::size_t start = 0; start < text.size();) {
        std::size_t eol = text.find('\n', start);
        if (eol == std::string_view::npos) eol = text.size();
        std::string_view line = text.substr(start, eol - start);
        for (std::size_t at = line.find('#'); at != std::string_view::npos;
             at = line.find('#', at + 1)) {
            if (!starts_comment(line, at) || in_quotes(line, at)) continue;
            std::string_view comment = line.substr(at);
            if (is_todo(comment) &&
                !inside_a_string(comment.substr(0, comment.find('\r')), strings)) {
                std::string what = what_of(comment);
                sink.warning(index.at(start + at), what.empty()
                                                       ? "не заполнено (TODO): здесь нужно решение"
                                                       : "не заполнено (TODO): " + what);
            }
            break;  // the rest of the line is the comment
        }
        start = eol + 1;
    }
}

}  // namespace shnor::load
