#include "diag/suggest.hpp"

#include <algorithm>

#include "diag/utf8.hpp"

namespace shnor::diag {

namespace {

std::u32string code_points(std::string_view s) {
    std::u32string out;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        std::size_t len = utf8_sequence(s, i, cp);
        out.push_back(len ? cp : U'\uFFFD');
        i += len ? len : 1;
    }
    return out;
}

void append_utf8(char32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace

std::string fold_case(std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '.')) s.remove_suffix(1);
    std::string out;
    for (char32_t cp : code_points(s)) {
        if (cp >= U'A' && cp <= U'Z') cp += 0x20;
        if (cp >= U'\u0410' && cp <= U'\u042F') cp += 0x20;
        if (cp == U'\u0401') cp = U'\u0451';
        append_utf8(cp, out);
    }
    return out;
}

std::size_t edit_distance(std::string_view a8, std::string_view b8) {
    std::u32string a = code_points(a8), b = code_points(b8);
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
    for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i)
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[a.size()][b.size()];
}

std::optional<std::string> suggest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
    std::optional<std::string> best;
    // Accept up to 2 edits (1 for short words): more suggests nonsense.
    std::size_t best_distance = code_points(word).size() >= 5 ? 3 : 2;
    for (const auto& c : candidates) {
        if (c == word) continue;
        std::size_t d = edit_distance(word, c);
        if (d < best_distance) {
            best_distance = d;
            best = c;
        }
    }
    return best;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& known,
                         std::size_t list_up_to) {
    std::vector<std::string> ids = known;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::string list;
    if (ids.size() <= list_up_to)
        for (const auto& k : ids) list += (list.empty() ? "" : ", ") + k;
    auto hint = suggest(word, ids);
    if (hint && ids.size() > 1 && !list.empty())
        return " (возможно, вы имели в виду \"" + *hint + "\"; известные: " + list + ")";
    if (hint) return " (возможно, вы имели в виду \"" + *hint + "\")";
    return list.empty() ? "" : " (известные: " + list + ")";
}

}  // namespace shnor::diag
