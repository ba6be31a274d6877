#include "render/template_scan.hpp"

namespace shnor::render {
namespace {

std::string trim(std::string_view s) {
    auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return {};
    auto e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

Tag classify(std::string_view inner, std::size_t offset) {
    Tag tag;
    tag.offset = offset;
    std::string body = trim(inner);
    if (body.empty()) {
        tag.kind = TagKind::Variable;
        return tag;
    }
    switch (body[0]) {
        case '#':
            tag.kind = TagKind::Section;
            break;
        case '^':
            tag.kind = TagKind::Inverted;
            break;
        case '/':
            tag.kind = TagKind::End;
            break;
        case '>':
            tag.kind = TagKind::Partial;
            break;
        case '&':
            tag.kind = TagKind::Unescaped;
            break;
        case '!':
            tag.kind = TagKind::Comment;
            break;
        case '=':
            tag.kind = TagKind::Delimiter;
            break;
        default:
            tag.kind = TagKind::Variable;
            tag.name = body;
            return tag;
    }
    tag.name = trim(std::string_view(body).substr(1));
    return tag;
}

}  // namespace

ScanResult scan_template(std::string_view text) {
    ScanResult r;
    std::size_t pos = 0;
    while ((pos = text.find("{{", pos)) != std::string_view::npos) {
        bool triple = text.compare(pos, 3, "{{{") == 0;
        std::string_view close = triple ? "}}}" : "}}";
        std::size_t inner = pos + close.size();
        std::size_t end = text.find(close, inner);
        if (end == std::string_view::npos) {
            r.error = "незакрытый тег";
            r.error_offset = pos;
            return r;
        }
        Tag tag = classify(text.substr(inner, end - inner), pos);
        if (triple) {
            tag.kind = TagKind::Unescaped;
            tag.name = trim(text.substr(inner, end - inner));
        }
        if (tag.kind == TagKind::Delimiter) {
            // Changing delimiters would hide tags from this scanner, and so
            // from the partial and key checks: refuse it.
            r.error = "смена разделителей тегов не поддерживается";
            r.error_offset = pos;
            return r;
        }
        tag.end = end + close.size();
        r.tags.push_back(std::move(tag));
        pos = end + close.size();
    }
    return r;
}

diag::SourceLoc locate(std::string_view text, std::size_t offset, const std::string& file) {
    diag::SourceLoc loc{file, 1, 1};
    if (offset > text.size()) offset = text.size();
    for (std::size_t i = 0; i < offset; ++i) {
        auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++loc.line;
            loc.column = 1;
        } else if ((c & 0xC0) != 0x80) {  // not a UTF-8 continuation byte
            ++loc.column;
        }
    }
    return loc;
}

}  // namespace shnor::render
