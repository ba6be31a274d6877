#include "view/markdown.hpp"

#include <cmark.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace shnor::view {
namespace {

// Container depth of one line: indentation in steps of two columns plus
// block-quote and list markers at its start.
int line_depth(const std::string& text, std::size_t begin, std::size_t end) {
    int depth = 0, columns = 0;
    std::size_t i = begin;
    while (i < end) {
        char c = text[i];
        if (c == ' ') {
            ++columns, ++i;
        } else if (c == '\t') {
            columns += 4, ++i;
        } else if (c == '>') {
            ++depth, ++i;
        } else if ((c == '-' || c == '*' || c == '+') && i + 1 < end && text[i + 1] == ' ') {
            ++depth, i += 2;
        } else if (c >= '0' && c <= '9') {
            std::size_t j = i;
            while (j < end && text[j] >= '0' && text[j] <= '9') ++j;
            if (j < end && (text[j] == '.' || text[j] == ')')) {
                ++depth, i = j + 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    return depth + columns / 2;
}

int max_depth(const std::string& text) {
    int deepest = 0;
    for (std::size_t begin = 0; begin < text.size();) {
        std::size_t end = std::min(text.find('\n', begin), text.size());
        deepest = std::max(deepest, line_depth(text, begin, end));
        begin = end + 1;
    }
    return deepest;
}

}  // namespace

std::optional<std::string> markdown_to_html(const std::string& text, const diag::SourceLoc& loc,
                                            diag::Sink& sink) {
    if (text.size() > kMaxMarkdownBytes) {
        sink.error(loc, "страница больше 256 КиБ, она не будет показана");
        return std::nullopt;
    }
    if (max_depth(text) > kMaxMarkdownNesting) {
        sink.error(loc, "слишком глубокая вложенность списков или цитат (больше " +
                            std::to_string(kMaxMarkdownNesting) + "), страница не будет показана");
        return std::nullopt;
    }
    if (std::count(text.begin(), text.end(), '[') > kMaxMarkdownBrackets) {
        sink.error(loc, "слишком много квадратных скобок (больше " +
                            std::to_string(kMaxMarkdownBrackets) + "), страница не будет показана");
        return std::nullopt;
    }
    // Safe mode: never CMARK_OPT_UNSAFE, so raw HTML and javascript: links go.
    std::unique_ptr<char, decltype(&std::free)> html(
        cmark_markdown_to_html(text.data(), text.size(), CMARK_OPT_VALIDATE_UTF8), &std::free);
    if (!html) return std::string();
    return std::string(html.get());
}

std::string strip_front_matter(const std::string& text) {
    std::string rest = text;
    auto drop_line_if = [&rest](auto pred) {
        auto nl = rest.find('\n');
        std::string line = rest.substr(0, nl);
        if (pred(line)) rest = nl == std::string::npos ? "" : rest.substr(nl + 1);
    };
    drop_line_if([](const std::string& l) { return l.rfind("# ", 0) == 0; });
    drop_line_if([](const std::string& l) { return l.rfind("<!-- order:", 0) == 0; });
    return rest;
}

}  // namespace shnor::view
