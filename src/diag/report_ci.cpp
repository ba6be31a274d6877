#include "diag/report_ci.hpp"

#include <xxhash.h>

#include <map>
#include <nlohmann/json.hpp>
#include <tuple>

namespace shnor::diag {

namespace {

// GitHub's workflow-command encoding: % CR LF everywhere, and in a property
// value also the `:` and `,` that would end it.
std::string github_escape(const std::string& s, bool property) {
    std::string out;
    for (char c : s) {
        if (c == '%')
            out += "%25";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else if (property && c == ':')
            out += "%3A";
        else if (property && c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

bool is_error(const Diagnostic& d) { return d.severity == Severity::Error; }

// GitLab links location.path to the repository: relative to its root, which
// is where the pipeline runs `shnor check --content content`.
std::string repo_path(const std::string& file) {
    std::string_view p = file;
    while (p.substr(0, 2) == "./") p.remove_prefix(2);
    return escape_hidden(p);
}

// GitLab compares the fingerprints of the base and the merge request to tell
// new problems from old ones, and shows one issue per fingerprint. So the
// line is left out (an edit above a problem must not make it "new") and the
// n-th repeat of the same message in a file gets its own.
std::string fingerprint(const std::string& path, const std::string& check,
                        const std::string& message, int repeat) {
    std::string key = path + '\0' + check + '\0' + message + '\0' + std::to_string(repeat);
    XXH128_canonical_t canon;
    XXH128_canonicalFromHash(&canon, XXH3_128bits(key.data(), key.size()));
    static const char* digits = "0123456789abcdef";
    std::string hex;
    for (unsigned char b : canon.digest) {
        hex += digits[b >> 4];
        hex += digits[b & 15];
    }
    return hex;
}

}  // namespace

void report_github(const std::vector<Diagnostic>& sorted, std::ostream& out) {
    for (const auto& d : sorted) {
        out << "::" << (is_error(d) ? "error" : "warning")
            << " file=" << github_escape(escape_hidden(d.loc.file.str(), true), true);
        if (d.loc.line > 0) out << ",line=" << d.loc.line << ",col=" << d.loc.column;
        out << ",title="
            << github_escape(is_error(d) ? "shnor: ошибка" : "shnor: предупреждение", true)
            << "::" << github_escape(escape_hidden(d.message, true), false) << "\n";
    }
}

void report_gitlab(const std::vector<Diagnostic>& sorted, std::ostream& out) {
    auto issues = nlohmann::json::array();
    std::map<std::tuple<std::string, std::string, std::string>, int> repeats;
    for (const auto& d : sorted) {
        std::string path = repo_path(d.loc.file), message = escape_hidden(d.message);
        std::string check = is_error(d) ? "shnor/error" : "shnor/warning";
        int repeat = repeats[{path, check, message}]++;
        issues.push_back(
            {{"description", message},
             {"check_name", check},
             {"fingerprint", fingerprint(path, check, message, repeat)},
             {"severity", is_error(d) ? "major" : "minor"},
             {"location", {{"path", path}, {"lines", {{"begin", std::max(1, d.loc.line)}}}}}});
    }
    // escape_hidden() has already shown invalid UTF-8 as \xHH; replace is a
    // second guard, so that dump() can never throw.
    out << issues.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace shnor::diag
