#include "validate/schema_format.hpp"

#include <algorithm>

#include "validate/schema_text.hpp"

namespace shnor::validate {

namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Reads exactly n ASCII digits at text[pos]; -1 when they are not there.
int digits(std::string_view text, std::size_t pos, std::size_t n) {
    if (pos + n > text.size()) return -1;
    int value = 0;
    for (std::size_t k = pos; k < pos + n; ++k) {
        if (!is_digit(text[k])) return -1;
        value = value * 10 + (text[k] - '0');
    }
    return value;
}

int days_in_month(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// RFC 3339 full-time: HH:MM:SS[.frac](Z|±HH:MM). Leap second 60 is allowed
// only where it falls at 23:59:60 UTC.
bool is_rfc3339_time(std::string_view t) {
    int h = digits(t, 0, 2), m = digits(t, 3, 2), s = digits(t, 6, 2);
    if (h < 0 || m < 0 || s < 0 || t[2] != ':' || t[5] != ':') return false;
    std::size_t pos = 8;
    if (pos < t.size() && t[pos] == '.') {
        std::size_t start = ++pos;
        while (pos < t.size() && is_digit(t[pos])) ++pos;
        if (pos == start) return false;
    }
    if (pos >= t.size()) return false;
    int off_h = 0, off_m = 0, sign = 0;
    if (lower(t[pos]) == 'z') {
        if (pos + 1 != t.size()) return false;
    } else {
        if (t[pos] != '+' && t[pos] != '-') return false;
        sign = t[pos] == '+' ? 1 : -1;
        off_h = digits(t, pos + 1, 2);
        off_m = digits(t, pos + 4, 2);
        if (off_h < 0 || off_m < 0 || t[pos + 3] != ':' || pos + 6 != t.size()) return false;
        if (off_h > 23 || off_m > 59) return false;
    }
    if (h > 23 || m > 59 || s > 60) return false;
    if (s == 60) {
        int utc = ((h * 60 + m - sign * (off_h * 60 + off_m)) % 1440 + 1440) % 1440;
        if (utc != 23 * 60 + 59) return false;
    }
    return true;
}

// A practical address: dot-atom local part and a domain of letters, digits
// and hyphens (non-ASCII letters allowed, as in .рф). Quoted local parts and
// address literals are valid by RFC 5322 but have no place in our content.
bool is_email(std::string_view text) {
    std::size_t at = text.find('@');
    if (at == std::string_view::npos || at == 0 || at + 1 == text.size()) return false;
    std::string_view local = text.substr(0, at), domain = text.substr(at + 1);
    auto local_char = [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u >= 0x80 || is_alpha(c) || is_digit(c) ||
               std::string_view("!#$%&'*+-/=?^_`{|}~.").find(c) != std::string_view::npos;
    };
    auto domain_char = [](char c) {
        return static_cast<unsigned char>(c) >= 0x80 || is_alpha(c) || is_digit(c) || c == '-' ||
               c == '.';
    };
    if (!std::all_of(local.begin(), local.end(), local_char)) return false;
    if (!std::all_of(domain.begin(), domain.end(), domain_char)) return false;
    auto bad_dots = [](std::string_view part) {
        return part.front() == '.' || part.back() == '.' ||
               part.find("..") != std::string_view::npos;
    };
    if (bad_dots(local) || bad_dots(domain) || domain.find('.') == std::string_view::npos)
        return false;
    return domain.front() != '-' && domain.back() != '-' &&
           domain.find("-.") == std::string_view::npos &&
           domain.find(".-") == std::string_view::npos;
}

bool is_hex(char c) { return is_digit(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

// Every "%" starts a %XX triplet.
bool valid_percents(std::string_view text) {
    for (std::size_t k = 0; k < text.size(); ++k)
        if (text[k] == '%' &&
            (k + 2 >= text.size() || !is_hex(text[k + 1]) || !is_hex(text[k + 2])))
            return false;
    return true;
}

// The authority after "//": [userinfo@]host[:port]; brackets only around
// an IP literal host, the port only digits.
bool valid_authority(std::string_view authority) {
    std::size_t at = authority.rfind('@');
    if (at != std::string_view::npos) {
        std::string_view userinfo = authority.substr(0, at);
        if (userinfo.find_first_of("[]") != std::string_view::npos) return false;
        authority.remove_prefix(at + 1);
    }
    std::string_view port;
    if (!authority.empty() && authority.front() == '[') {
        std::size_t close = authority.find(']');
        if (close == std::string_view::npos) return false;
        for (char c : authority.substr(1, close - 1))
            if (!is_hex(c) && c != ':' && c != '.') return false;
        std::string_view rest = authority.substr(close + 1);
        if (!rest.empty() && rest.front() != ':') return false;
        port = rest.empty() ? rest : rest.substr(1);
    } else {
        if (authority.find_first_of("[]") != std::string_view::npos) return false;
        std::size_t colon = authority.find(':');
        if (colon != std::string_view::npos) port = authority.substr(colon + 1);
    }
    return std::all_of(port.begin(), port.end(), is_digit);
}

// RFC 3986 scheme ":" hier-part, no spaces, ASCII only unless `iri`
// (RFC 3987: https://пример.рф/). Returns the scheme.
std::optional<std::string> uri_scheme(std::string_view text, bool iri) {
    std::size_t colon = text.find(':');
    if (colon == std::string_view::npos || colon == 0 || !is_alpha(text[0])) return std::nullopt;
    std::string scheme;
    for (std::size_t k = 0; k < colon; ++k) {
        char c = text[k];
        if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return std::nullopt;
        scheme += lower(c);
    }
    for (char c : text) {
        auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u == 0x7F || (u > 0x7F && !iri) || c == '"' || c == '<' || c == '>' ||
            c == '\\' || c == '^' || c == '`' || c == '{' || c == '|' || c == '}')
            return std::nullopt;
    }
    if (!valid_percents(text)) return std::nullopt;
    std::string_view rest = text.substr(colon + 1);
    if (rest.substr(0, 2) == "//") {
        std::string_view authority = rest.substr(2, rest.find_first_of("/?#", 2) - 2);
        if (!valid_authority(authority)) return std::nullopt;
        rest.remove_prefix(2 + authority.size());
    }
    if (rest.find_first_of("[]") != std::string_view::npos) return std::nullopt;
    return scheme;
}

std::optional<std::string> check_uri(std::string_view value, const SchemaOptions& options,
                                     bool iri) {
    auto scheme = uri_scheme(value, iri);
    if (!scheme) return quoted(value) + " не является адресом (URI)";
    const auto& allowed = options.uri_schemes;
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), *scheme) == allowed.end()) {
        std::string list;
        for (const auto& s : allowed) list += (list.empty() ? "" : ", ") + s;
        return "недопустимая схема адреса " + quoted(*scheme) + " в " + quoted(value) +
               ": разрешены " + list;
    }
    std::string_view rest = value.substr(scheme->size() + 1);
    if ((*scheme == "http" || *scheme == "https") &&
        (rest.substr(0, 2) != "//" || rest.size() == 2 || rest[2] == '/'))
        return quoted(value) + " не является адресом (URI): нет имени сервера";
    return std::nullopt;
}

}  // namespace

bool is_rfc3339_date(std::string_view text) {
    int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (text.size() != 10 || y < 0 || m < 0 || d < 0 || text[4] != '-' || text[7] != '-')
        return false;
    return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

bool is_known_format(std::string_view format) {
    return format == "date" || format == "date-time" || format == "email" || format == "uri" ||
           format == "iri";
}

std::optional<std::string> check_format(std::string_view format, std::string_view value,
                                        const SchemaOptions& options) {
    if (format == "date") {
        if (is_rfc3339_date(value)) return std::nullopt;
        return quoted(value) + " не является датой в формате ГГГГ-ММ-ДД";
    }
    if (format == "date-time") {
        bool ok = value.size() > 11 && is_rfc3339_date(value.substr(0, 10)) &&
                  lower(value[10]) == 't' && is_rfc3339_time(value.substr(11));
        if (ok) return std::nullopt;
        return quoted(value) + " не является датой и временем в формате ГГГГ-ММ-ДДTчч:мм:ссZ";
    }
    if (format == "email") {
        if (is_email(value)) return std::nullopt;
        return quoted(value) + " не является адресом электронной почты";
    }
    if (format == "uri" || format == "iri") return check_uri(value, options, format == "iri");
    return std::nullopt;  // unknown formats are annotations
}

}  // namespace shnor::validate
