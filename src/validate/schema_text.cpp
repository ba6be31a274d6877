#include "validate/schema_text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "validate/schema_regex.hpp"

namespace shnor::validate {

namespace {

constexpr std::size_t kQuoteLimit = 60;  // code points shown in a quoted value

std::string number_text(const load::Node& n) {
    if (!n.s.empty()) return n.s;
    return n.kind == load::Kind::Int ? fmt::format("{}", n.i) : fmt::format("{}", n.f);
}

// A float that is not finite says why it is refused: ".nan", ".inf" and a
// literal beyond the double range (1e309) all read as "число" otherwise.
std::string found_number(const load::Node& n) {
    auto text = number_text(n);
    if (std::isnan(n.f)) return "найдено " + text + " — «не число» (NaN) недопустимо";
    if (!std::isinf(n.f)) return "найдено число " + text;
    auto sign = !text.empty() && (text[0] == '-' || text[0] == '+') ? 1u : 0u;
    if (text.compare(sign, 1, ".") == 0)  // .inf, -.inf
        return "найдено " + text + " — бесконечность недопустима";
    return "найдено число " + text + " — больше предельного 1.8e308";
}

struct TypeWord {
    const char* type;
    const char* noun;
    const char* expected;  // agrees with the noun's gender
};

constexpr TypeWord kTypeWords[] = {
    {"string", "строка", "ожидалась"},        {"number", "число", "ожидалось"},
    {"integer", "целое число", "ожидалось"},  {"boolean", "логическое значение", "ожидалось"},
    {"null", "пустое значение", "ожидалось"}, {"array", "список", "ожидался"},
    {"object", "словарь", "ожидался"},
};

const TypeWord* word_for(std::string_view type) {
    for (const auto& w : kTypeWords)
        if (type == w.type) return &w;
    return nullptr;
}

void append_json(const load::Node& n, std::string& out) {
    switch (n.kind) {
        case load::Kind::Null:
            out += "null";
            return;
        case load::Kind::Bool:
            out += n.b ? "true" : "false";
            return;
        case load::Kind::Int:
        case load::Kind::Float:
            out += number_text(n);
            return;
        case load::Kind::String:
            out += '"' + n.s + '"';
            return;
        case load::Kind::Seq:
            out += '[';
            for (std::size_t k = 0; k < n.seq.size() && out.size() < 200; ++k) {
                if (k) out += ", ";
                append_json(*n.seq[k], out);
            }
            out += ']';
            return;
        case load::Kind::Map:
            out += '{';
            for (std::size_t k = 0; k < n.map.size() && out.size() < 200; ++k) {
                if (k) out += ", ";
                out += n.map[k].first + ": ";
                append_json(*n.map[k].second, out);
            }
            out += '}';
            return;
    }
}

}  // namespace

// Cuts text after kQuoteLimit code points, marking the cut with "…".
static std::string shorten(std::string_view text) {
    std::size_t cut = 0, seen = 0;
    for (; cut < text.size(); ++cut)
        if ((static_cast<unsigned char>(text[cut]) & 0xC0) != 0x80 && seen++ == kQuoteLimit) break;
    if (cut == text.size()) return std::string(text);
    return std::string(text.substr(0, cut)) + "…";
}

std::string quoted(std::string_view text) { return "\"" + shorten(text) + "\""; }

std::string render_value(const load::Node& node) {
    if (node.kind == load::Kind::String) return quoted(node.s);
    std::string out;
    append_json(node, out);
    return shorten(out);
}

std::string render_choices(const load::Node& seq) {
    std::string out;
    for (const auto& item : seq.seq) {
        if (!out.empty()) out += ", ";
        if (item->kind == load::Kind::String)
            out += item->s;
        else
            append_json(*item, out);
    }
    return out;
}

std::string expected_types(const std::vector<std::string>& types) {
    std::string out;
    for (std::size_t k = 0; k < types.size(); ++k) {
        const TypeWord* w = word_for(types[k]);
        const char* noun = w ? w->noun : types[k].c_str();
        if (k == 0)
            out = std::string(w ? w->expected : "ожидалось") + " " + noun;
        else
            out += std::string(k + 1 == types.size() ? " или " : ", ") + noun;
    }
    return out;
}

std::string found_value(const load::Node& node) {
    switch (node.kind) {
        case load::Kind::Null:
            return "найдено пустое значение";
        case load::Kind::Bool:
            return std::string("найдено логическое значение ") + (node.b ? "true" : "false");
        case load::Kind::Int:
            return "найдено число " + number_text(node);
        case load::Kind::Float:
            return found_number(node);
        case load::Kind::String:
            return "найдена строка " + quoted(node.s);
        case load::Kind::Seq:
            return "найден список";
        case load::Kind::Map:
            return "найден словарь";
    }
    return "найдено значение";
}

bool has_type(const load::Node& node, std::string_view type) {
    using load::Kind;
    if (type == "integer")
        return node.kind == Kind::Int ||
               (node.kind == Kind::Float && std::isfinite(node.f) && std::trunc(node.f) == node.f);
    if (type == "number") return node.is_number() && std::isfinite(node.number());
    if (type == "string") return node.kind == Kind::String;
    if (type == "boolean") return node.kind == Kind::Bool;
    if (type == "null") return node.kind == Kind::Null;
    if (type == "array") return node.kind == Kind::Seq;
    if (type == "object") return node.kind == Kind::Map;
    return false;
}

std::string plural(long long n, const char* one, const char* few, const char* many) {
    long long m = n < 0 ? -n : n;
    const char* word = many;
    if (m % 10 == 1 && m % 100 != 11)
        word = one;
    else if (m % 10 >= 2 && m % 10 <= 4 && (m % 100 < 12 || m % 100 > 14))
        word = few;
    return fmt::format("{} {}", n, word);
}

int compare_numbers(const load::Node& a, const load::Node& b) {
    if (a.kind == load::Kind::Int && b.kind == load::Kind::Int) return (a.i > b.i) - (a.i < b.i);
    double x = a.number(), y = b.number();
    return (x > y) - (x < y);
}

bool json_equal(const load::Node& a, const load::Node& b) {
    if (a.is_number() && b.is_number()) return compare_numbers(a, b) == 0;
    if (a.kind != b.kind) return false;
    switch (a.kind) {
        case load::Kind::Null:
            return true;
        case load::Kind::Bool:
            return a.b == b.b;
        case load::Kind::String:
            return a.s == b.s;
        case load::Kind::Seq:
            if (a.seq.size() != b.seq.size()) return false;
            for (std::size_t k = 0; k < a.seq.size(); ++k)
                if (!json_equal(*a.seq[k], *b.seq[k])) return false;
            return true;
        case load::Kind::Map:
            if (a.map.size() != b.map.size()) return false;
            for (const auto& [key, value] : a.map) {
                const load::Node* other = b.get(key);
                if (!other || !json_equal(*value, *other)) return false;
            }
            return true;
        default:
            return false;
    }
}

std::string json_key(const load::Node& n) {
    switch (n.kind) {
        case load::Kind::Null:
            return "z";
        case load::Kind::Bool:
            return n.b ? "t" : "f";
        case load::Kind::Int:
            return "n" + std::to_string(n.i);
        case load::Kind::Float:
            // Integral floats in int64 range print like the equal Int.
            if (std::trunc(n.f) == n.f && std::fabs(n.f) < 9.2e18)
                return "n" + std::to_string(static_cast<long long>(n.f));
            return fmt::format("n{:.17g}", n.f);
        case load::Kind::String:
            return "s" + std::to_string(n.s.size()) + ":" + n.s;
        case load::Kind::Seq: {
            std::string out = "[";
            for (const auto& item : n.seq) out += json_key(*item) + ",";
            return out + "]";
        }
        case load::Kind::Map: {
            std::vector<std::pair<std::string, const load::Node*>> entries;
            for (const auto& [key, value] : n.map) entries.emplace_back(key, value.get());
            std::sort(entries.begin(), entries.end());
            std::string out = "{";
            for (const auto& [key, value] : entries)
                out += std::to_string(key.size()) + ":" + key + "=" + json_key(*value) + ",";
            return out + "}";
        }
    }
    return "?";
}

}  // namespace shnor::validate
