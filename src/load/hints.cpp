#include "load/hints.hpp"

#include "diag/odd_chars.hpp"
#include "diag/utf8.hpp"

namespace shnor::load {

namespace {

bool digits(std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
}

bool key_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
}

// A look-alike space starting at text[at], if any.
const char* odd_space_at(std::string_view text, std::size_t at) {
    char32_t cp = 0;
    if (at >= text.size() || diag::utf8_sequence(text, at, cp) == 0) return nullptr;
    auto odd = diag::find_odd_char(text.substr(at, 4), false);
    return odd && odd->byte == 0 ? odd->name : nullptr;
}

struct KeyLine {
    std::size_t prefix_end = 0;  // after indentation and "- "
    std::size_t colon = std::string_view::npos;
};

// `  - key:` at the start of a line; colon npos when the line has no key.
KeyLine key_line(std::string_view line) {
    KeyLine k;
    std::size_t i = 0;
    for (;;) {
        while (i < line.size() && line[i] == ' ') ++i;
        if (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ')
            ++i;
        else
            break;
    }
    k.prefix_end = i;
    std::size_t j = i;
    while (j < line.size() && key_char(line[j])) ++j;
    if (j > i && j < line.size() && line[j] == ':') k.colon = j;
    return k;
}

std::string_view line_at(std::string_view text, int line0) {
    std::size_t start = 0;
    for (int n = 0; n < line0; ++n) {
        start = text.find('\n', start);
        if (start == std::string_view::npos) return {};
        ++start;
    }
    auto end = text.find('\n', start);
    std::string_view line = text.substr(start, end == std::string_view::npos ? end : end - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    return line;
}

}  // namespace

bool is_decimal_comma(std::string_view s) {
    if (!s.empty() && s.front() == '-') s.remove_prefix(1);
    auto comma = s.find(',');
    return comma != std::string_view::npos && digits(s.substr(0, comma)) &&
           digits(s.substr(comma + 1));
}

std::string decimal_comma_message(std::string_view written) {
    std::string fixed(written);
    if (auto comma = fixed.find(','); comma != std::string::npos) fixed[comma] = '.';
    return "в числах дробную часть отделяют точкой: " + fixed + " (а не " + std::string(written) +
           ")";
}

std::string quote_for_yaml(std::string_view text) {
    if (text.find('"') == std::string_view::npos && text.find('\\') == std::string_view::npos)
        return "\"" + std::string(text) + "\"";
    std::string out = "'";
    for (char c : text) out += c == '\'' ? std::string("''") : std::string(1, c);
    return out + "'";
}

bool check_odd_spaces(std::string_view text, const LineIndex& index, diag::Sink& sink) {
    bool ok = true;
    for (std::size_t start = 0; start < text.size();) {
        auto nl = text.find('\n', start);
        std::string_view line = text.substr(start, nl == std::string_view::npos ? nl : nl - start);
        KeyLine k = key_line(line);
        if (const char* name = odd_space_at(line, k.prefix_end)) {
            sink.error(index.at(start + k.prefix_end),
                       std::string(name) + " в начале строки: отступы делаются обычными пробелами");
            ok = false;
        } else if (k.colon != std::string_view::npos) {
            if (const char* after = odd_space_at(line, k.colon + 1)) {
                sink.error(
                    index.at(start + k.colon + 1),
                    std::string(after) + " после двоеточия: после ключа нужен обычный пробел");
                ok = false;
            }
        }
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return ok;
}

std::optional<Explanation> explain_unquoted_text(std::string_view text, int line0) {
    std::string_view line = line_at(text, line0);
    KeyLine k = key_line(line);
    if (k.colon == std::string_view::npos || k.colon + 1 >= line.size() || line[k.colon + 1] != ' ')
        return std::nullopt;
    std::string_view value = line.substr(k.colon + 2);
    while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
    if (value.empty() || value.front() == '{' || value.front() == '[') return std::nullopt;
    std::size_t at = static_cast<std::size_t>(value.data() - line.data());
    std::string fixed =
        std::string(line.substr(k.prefix_end, k.colon + 2 - k.prefix_end)) + quote_for_yaml(value);
    char q = value.front();
    if (q == '"' || q == '\'') {
        auto close = value.find(q, 1);
        if (close == std::string_view::npos || close + 1 >= value.size()) return std::nullopt;
        return Explanation{at,
                           "текст, который начинается с кавычки, надо целиком заключить в "
                           "кавычки другого вида: " +
                               fixed};
    }
    if (value.find(": ") == std::string_view::npos && value.back() != ':') return std::nullopt;
    return Explanation{at, "текст с двоеточием надо заключить в кавычки: " + fixed};
}

}  // namespace shnor::load
