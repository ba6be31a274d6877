#include "load/scalar.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <regex>

namespace shnor::load {

namespace {

bool is_null(const std::string& t) {
    return t.empty() || t == "~" || t == "null" || t == "Null" || t == "NULL";
}

bool parse_int(const std::string& t, Node& out) {
    static const std::regex dec("[-+]?[0-9]+"), oct("0o[0-7]+"), hex("0x[0-9a-fA-F]+");
    int base = 0;
    std::size_t skip = 0;
    if (std::regex_match(t, dec))
        base = 10;
    else if (std::regex_match(t, oct))
        base = 8, skip = 2;
    else if (std::regex_match(t, hex))
        base = 16, skip = 2;
    if (base == 0) return false;
    const char* begin = t.data() + skip;
    bool negative = base == 10 && *begin == '-';
    if (base == 10 && (*begin == '+' || *begin == '-')) ++begin;
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(begin, t.data() + t.size(), v, base);
    if (ec != std::errc{} || end != t.data() + t.size()) {
        // Too large for 64 bits: keep it as a number, not as a string.
        out.kind = Kind::Float;
        out.f = std::strtod(t.c_str(), nullptr);
        return true;
    }
    out.kind = Kind::Int;
    out.i = negative ? -v : v;
    return true;
}

bool parse_float(const std::string& t, Node& out) {
    static const std::regex num("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    static const std::regex inf("[-+]?\\.(inf|Inf|INF)"), nan("\\.(nan|NaN|NAN)");
    out.kind = Kind::Float;
    if (std::regex_match(t, num)) {
        out.f = std::strtod(t.c_str(), nullptr);
        return true;
    }
    if (std::regex_match(t, inf)) {
        out.f = t[0] == '-' ? -std::numeric_limits<double>::infinity()
                            : std::numeric_limits<double>::infinity();
        return true;
    }
    if (std::regex_match(t, nan)) {
        out.f = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    out.kind = Kind::String;
    return false;
}

}  // namespace

void type_plain_scalar(const std::string& t, Node& out) {
    out.s = t;
    if (is_null(t)) {
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
