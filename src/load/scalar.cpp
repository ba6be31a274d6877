#include "load/scalar.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <string_view>

namespace shnor::load {

namespace {

// Hand-written matchers for the YAML 1.2 core schema: every plain scalar of
// every file goes through here, and std::regex made loading 30 % slower.
bool all_of(std::string_view s, bool (*pred)(char)) {
    if (s.empty()) return false;
    for (char c : s)
        if (!pred(c)) return false;
    return true;
}
bool dec(char c) { return c >= '0' && c <= '9'; }
bool oct(char c) { return c >= '0' && c <= '7'; }
bool hex(char c) { return dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
std::string_view unsigned_part(std::string_view t) {
    return !t.empty() && (t[0] == '-' || t[0] == '+') ? t.substr(1) : t;
}

bool is_null(const std::string& t) { return t.empty() || is_null_word(t); }

// [-+]? ( \.[0-9]+ | [0-9]+ ( \.[0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
bool is_float_literal(std::string_view t) {
    t = unsigned_part(t);
    std::size_t i = 0, int_digits = 0, frac_digits = 0;
    while (i < t.size() && dec(t[i])) ++i, ++int_digits;
    if (i < t.size() && t[i] == '.') {
        ++i;
        while (i < t.size() && dec(t[i])) ++i, ++frac_digits;
    }
    if (int_digits == 0 && frac_digits == 0) return false;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        auto exp = unsigned_part(t.substr(i + 1));
        return all_of(exp, dec);
    }
    return i == t.size();
}

bool parse_int(const std::string& t, Node& out) {
    int base = 0;
    std::size_t skip = 0;
    std::string_view v(t);
    if (all_of(unsigned_part(v), dec))
        base = 10;
    else if (v.size() > 2 && v.substr(0, 2) == "0o" && all_of(v.substr(2), oct))
        base = 8, skip = 2;
    else if (v.size() > 2 && v.substr(0, 2) == "0x" && all_of(v.substr(2), hex))
        base = 16, skip = 2;
    if (base == 0) return false;
    const char* begin = t.data() + skip;
    bool negative = base == 10 && *begin == '-';
    if (base == 10 && (*begin == '+' || *begin == '-')) ++begin;
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(begin, t.data() + t.size(), value, base);
    if (ec != std::errc{} || end != t.data() + t.size()) {
        // Too large for 64 bits: keep it as a number, not as a string.
        out.kind = Kind::Float;
        out.f = std::strtod(t.c_str(), nullptr);
        return true;
    }
    out.kind = Kind::Int;
    out.i = negative ? -value : value;
    return true;
}

bool parse_float(const std::string& t, Node& out) {
    out.kind = Kind::Float;
    if (is_float_literal(t)) {
        out.f = std::strtod(t.c_str(), nullptr);
        return true;
    }
    auto u = unsigned_part(t);
    if (u == ".inf" || u == ".Inf" || u == ".INF") {
        out.f = t[0] == '-' ? -std::numeric_limits<double>::infinity()
                            : std::numeric_limits<double>::infinity();
        return true;
    }
    if (t == ".nan" || t == ".NaN" || t == ".NAN") {
        out.f = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    out.kind = Kind::String;
    return false;
}

// Whether a plain scalar starting with c could be anything but a string:
// most start with a letter, and need no further test.
bool may_be_literal(char c) {
    switch (c) {
        case '~':
        case 'n':
        case 'N':
        case 't':
        case 'T':
        case 'f':
        case 'F':
        case '+':
        case '-':
        case '.':
            return true;
        default:
            return dec(c);
    }
}

}  // namespace

bool is_null_word(std::string_view t) {
    return t == "~" || t == "null" || t == "Null" || t == "NULL";
}

void type_plain_scalar(const std::string& t, Node& out) {
    out.s = t;
    if (!t.empty() && !may_be_literal(t[0])) {
        out.kind = Kind::String;
    } else if (is_null(t)) {
        out.kind = Kind::Null;
    } else if (t == "true" || t == "True" || t == "TRUE") {
        out.kind = Kind::Bool, out.b = true;
    } else if (t == "false" || t == "False" || t == "FALSE") {
        out.kind = Kind::Bool, out.b = false;
    } else if (!parse_int(t, out) && !parse_float(t, out)) {
        out.kind = Kind::String;
    }
}

}  // namespace shnor::load
