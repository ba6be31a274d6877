#include "load/text.hpp"

#include <cstdio>

#include "diag/utf8.hpp"

namespace shnor::load {

LineIndex::LineIndex(std::string_view text, diag::FilePath file)
    : text_(text), file_(std::move(file)) {
    starts_.push_back(0);
    for (std::size_t n = 0; n < text.size(); ++n)
        if (text[n] == '\n') starts_.push_back(n + 1);
}

diag::SourceLoc LineIndex::at(std::size_t offset) const {
    if (offset > text_.size()) offset = text_.size();
    std::size_t lo = 0, hi = starts_.size();
    while (hi - lo > 1) {  // last line start <= offset
        std::size_t mid = (lo + hi) / 2;
        (starts_[mid] <= offset ? lo : hi) = mid;
    }
    auto col = count_chars(text_.substr(starts_[lo], offset - starts_[lo]));
    return {file_, static_cast<int>(lo) + 1, static_cast<int>(col) + 1};
}

diag::SourceLoc LineIndex::at_line_byte(int line0, int byte_col0) const {
    if (line0 < 0 || static_cast<std::size_t>(line0) >= starts_.size()) return {file_, 1, 1};
    return at(starts_[static_cast<std::size_t>(line0)] + static_cast<std::size_t>(byte_col0));
}

std::size_t count_chars(std::string_view s) {
    std::size_t n = 0;
    for (unsigned char c : s)
        if ((c & 0xC0) != 0x80) ++n;
    return n;
}

namespace {

std::string hex_cp(char32_t cp) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(cp));
    return buf;
}

}  // namespace

bool check_text(std::string_view text, const LineIndex& index, diag::Sink& sink) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        std::size_t len = diag::utf8_sequence(text, i, cp);
        if (len == 0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "0x%02X", static_cast<unsigned char>(text[i]));
            sink.error(index.at(i), std::string("файл не в кодировке UTF-8: недопустимый байт ") +
                                        buf + " (сохраните файл в UTF-8)");
            return false;
        }
        bool control = (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || cp == 0x7F ||
                       (cp >= 0x80 && cp <= 0x9F);
        if (cp == 0) {
            sink.error(index.at(i), "в файле нулевой байт (NUL): файл повреждён или не текстовый");
            return false;
        }
        if (control) {
            sink.error(index.at(i), "недопустимый управляющий символ " + hex_cp(cp));
            return false;
        }
        if (cp == 0xFEFF && i != 0) {
            sink.error(index.at(i), "метка порядка байтов (BOM) в середине файла");
            return false;
        }
        i += len;
    }
    return true;
}

bool check_indentation(std::string_view text, const LineIndex& index, diag::Sink& sink) {
    bool ok = true;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t n = start;
        auto nl = text.find('\n', start);
        auto end = nl == std::string_view::npos ? text.size() : nl;
        auto first = text.find_first_not_of(" \t\r", start);
        bool blank = first == std::string_view::npos || first >= end || text[first] == '#';
        while (!blank && n < end && (text[n] == ' ' || text[n] == '\t')) {
            if (text[n] == '\t') {
                sink.error(index.at(n),
                           "символ табуляции в отступе: в YAML отступы делаются только пробелами");
                ok = false;
                break;
            }
            ++n;
        }
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return ok;
}

}  // namespace shnor::load
