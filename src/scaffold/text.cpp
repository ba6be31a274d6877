#include "scaffold/text.hpp"

#include <algorithm>

#include "load/hints.hpp"
#include "load/scalar.hpp"

namespace shnor::scaffold {

namespace {

std::size_t line_start(std::string_view text, int line) {
    std::size_t at = 0;
    for (int l = 1; l < line && at < text.size(); ++l) {
        auto eol = text.find('\n', at);
        at = eol == std::string_view::npos ? text.size() : eol + 1;
    }
    return at;
}

bool is_comment_or_blank(std::string_view line) {
    auto first = line.find_first_not_of(" \t\r\n");
    return first == std::string_view::npos || line[first] == '#';
}

// The start of the line that ends just before `at` (a line start above 0).
std::size_t previous_line(std::string_view text, std::size_t at) {
    if (at < 2) return 0;
    auto eol = text.rfind('\n', at - 2);
    return eol == std::string_view::npos ? 0 : eol + 1;
}

}  // namespace

std::size_t offset_of(std::string_view text, const diag::SourceLoc& loc) {
    std::size_t at = line_start(text, loc.line);
    for (int col = 1; col < loc.column && at < text.size(); ++col) {
        ++at;  // past a lead byte, then its continuation bytes
        while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
    }
    return at;
}

std::string apply(std::string text, std::vector<Edit> edits) {
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.at > b.at; });
    for (const auto& e : edits) text.replace(e.at, e.erase, e.insert);
    return text;
}

std::optional<AppendPoint> append_point(std::string_view text, const load::Node& root,
                                        std::string_view key) {
    const load::Node* seq = root.get(key);
    if (!seq || !seq->is_seq() || seq->seq.empty()) return std::nullopt;
    std::size_t first = offset_of(text, seq->seq.front()->loc);
    std::size_t dash = text.rfind('-', first);
    std::size_t dash_line = text.rfind('\n', dash);
    dash_line = dash_line == std::string_view::npos ? 0 : dash_line + 1;
    if (dash == std::string_view::npos || dash < dash_line) return std::nullopt;
    std::string_view before = text.substr(dash_line, dash - dash_line);
    if (before.find_first_not_of(' ') != std::string_view::npos) return std::nullopt;  // flow
    AppendPoint p;
    p.indent = std::string(before);
    // The next top-level key after the sequence ends it; comments and blank
    // lines just above that key belong to it.
    int key_line = root.key_loc(key).line, next = 0;
    for (const auto& loc : root.key_locs)
        if (loc.line > key_line && (next == 0 || loc.line < next)) next = loc.line;
    if (next == 0) {
        p.at = text.size();
        p.needs_newline = !text.empty() && text.back() != '\n';
        return p;
    }
    p.at = line_start(text, next);
    while (p.at > 0) {
        std::size_t prev = previous_line(text, p.at);
        if (!is_comment_or_blank(text.substr(prev, p.at - prev))) break;
        p.at = prev;
    }
    return p;
}

Edit replace_scalar(std::string_view text, const load::Node& scalar, std::string value) {
    Edit e;
    e.at = offset_of(text, scalar.loc);
    if (scalar.plain) {
        e.erase = scalar.s.size();
    } else {  // quoted: up to the closing quote of the same kind
        char q = text[e.at];
        std::size_t j = e.at + 1;
        while (j < text.size() && text[j] != q) j += text[j] == '\\' && q == '"' ? 2 : 1;
        e.erase = j + 1 - e.at;
    }
    e.insert = std::move(value);
    return e;
}

std::string yaml_string(std::string_view s) {
    load::Node typed;
    load::type_plain_scalar(std::string(s), typed);
    bool plain_ok = typed.kind == load::Kind::String && !s.empty() &&
                    s.find_first_of(":#\"'{}[],&*!|>%@`\n") == std::string_view::npos &&
                    s.front() != ' ' && s.back() != ' ' && s.front() != '-' && s.front() != '?';
    return plain_ok ? std::string(s) : load::quote_for_yaml(s);
}

}  // namespace shnor::scaffold
