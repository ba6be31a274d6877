#include "diag/report.hpp"

#include <nlohmann/json.hpp>
#include <sstream>

#include "diag/plural.hpp"
#include "diag/report_ci.hpp"
#include "diag/utf8.hpp"

namespace shnor::diag {

namespace {

std::string_view line_of(const std::string& text, int line) {
    std::size_t pos = 0;
    for (int l = 1; l < line; ++l) {
        pos = text.find('\n', pos);
        if (pos == std::string::npos) return {};
        ++pos;
    }
    auto end = text.find('\n', pos);
    std::string_view out(text.data() + pos, (end == std::string::npos ? text.size() : end) - pos);
    if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
    return out;
}

// What escape_hidden() shows as \xHH / \uHHHH (see report_ci.hpp).
bool is_hidden(char32_t cp) {
    return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || cp == 0x2028 || cp == 0x2029 ||
           (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
}

// The offending line may hold the very bytes we complain about: show invalid
// UTF-8, control characters (C1 too: 0x9B is a terminal's CSI), line
// separators and bidirectional overrides (which would reorder the line as
// shown, «Trojan Source») as U+FFFD, one per character so the caret stays
// under its column, and the terminal is not garbled.
std::string printable(std::string_view line) {
    std::string out;
    for (std::size_t i = 0; i < line.size();) {
        char32_t cp = 0;
        std::size_t len = utf8_sequence(line, i, cp);
        if (len > 0 && (cp == '\t' || !is_hidden(cp))) {
            out.append(line.substr(i, len));
            i += len;
        } else {
            out += "\uFFFD";
            i += len > 0 ? len : 1;
        }
    }
    return out;
}

std::string hex(unsigned value, int digits) {
    static const char* d = "0123456789ABCDEF";
    std::string out(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0; --i, value >>= 4)
        out[static_cast<std::size_t>(i)] = d[value & 15];
    return out;
}

std::string location(const SourceLoc& loc) {
    std::string s = escape_hidden(loc.file.str());
    if (loc.line > 0) s += ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
    return s;
}

// SGR sequences, or nothing when colour is off.
struct Paint {
    bool on;
    const char* operator()(const char* sgr) const { return on ? sgr : ""; }
};

void text_one(const Diagnostic& d, const std::map<std::string, std::string>& sources,
              std::ostream& out, Paint paint) {
    const bool error = d.severity == Severity::Error;
    out << paint("\x1b[1m") << location(d.loc) << ": " << paint(error ? "\x1b[31m" : "\x1b[35m")
        << (error ? "ошибка" : "предупреждение") << paint("\x1b[0m") << ": "
        << escape_hidden(d.message) << "\n";
    auto it = sources.find(d.loc.file);
    if (it == sources.end() || d.loc.line <= 0) return;
    auto line = line_of(it->second, d.loc.line);
    if (line.empty() || line.size() > 500) return;
    std::string num = std::to_string(d.loc.line);
    out << " " << num << " | " << printable(line) << "\n";
    out << " " << std::string(num.size(), ' ') << " | ";
    // Pad with the line's own tabs so the caret lines up under any tab width.
    int col = 1;
    for (std::size_t i = 0; i < line.size() && col < d.loc.column; ++i) {
        auto c = static_cast<unsigned char>(line[i]);
        if ((c & 0xC0) == 0x80) continue;
        out << (c == '\t' ? '\t' : ' ');
        ++col;
    }
    out << paint("\x1b[32m") << "^" << paint("\x1b[0m") << "\n";
}

void compose(const Sink& sink, const std::map<std::string, std::string>& sources, Format format,
             std::ostream& out, bool colour) {
    auto all = sink.sorted();
    if (format == Format::Json) {
        auto arr = nlohmann::json::array();
        for (const auto& d : all)
            arr.push_back({{"severity", d.severity == Severity::Error ? "error" : "warning"},
                           {"file", d.loc.file},
                           {"line", d.loc.line},
                           {"column", d.loc.column},
                           {"message", d.message}});
        out << nlohmann::json{{"diagnostics", arr},
                              {"errors", sink.errors()},
                              {"warnings", sink.warnings()}}
                   // JSON escapes control characters itself; invalid UTF-8
                   // would make dump() throw, so it is replaced.
                   .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
            << "\n";
        return;
    }
    if (format == Format::Github) return report_github(all, out);
    if (format == Format::Gitlab) return report_gitlab(all, out);
    for (const auto& d : all) text_one(d, sources, out, Paint{colour});
}

}  // namespace

std::string escape_hidden(std::string_view s, bool keep_line_breaks) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        std::size_t len = utf8_sequence(s, i, cp);
        if (len == 0) {
            out += "\\x" + hex(static_cast<unsigned char>(s[i]), 2);
            ++i;
            continue;
        }
        if (!is_hidden(cp) || (keep_line_breaks && (cp == '\n' || cp == '\r')))
            out.append(s.substr(i, len));
        else if (cp < 0x80)
            out += "\\x" + hex(static_cast<unsigned>(cp), 2);
        else
            out += "\\u" + hex(static_cast<unsigned>(cp), 4);
        i += len;
    }
    return out;
}

std::string summary(int errors, int warnings) {
    if (errors == 0 && warnings == 0) return "ошибок нет";
    std::string s;
    if (errors) s += std::to_string(errors) + " " + plural_ru(errors, "ошибка", "ошибки", "ошибок");
    if (warnings) {
        if (!s.empty()) s += ", ";
        s += std::to_string(warnings) + " " +
             plural_ru(warnings, "предупреждение", "предупреждения", "предупреждений");
    }
    return s;
}

// The report is composed first and handed over in one piece: std::cerr is
// unit-buffered, and writing it piece by piece made one system call per
// fragment (one per column of a caret's padding) on a terminal.
void report(const Sink& sink, const std::map<std::string, std::string>& sources, Format format,
            std::ostream& out, bool colour) {
    std::ostringstream text;
    compose(sink, sources, format, text, colour);
    out << text.str() << std::flush;
}

}  // namespace shnor::diag
