#include "support/page_frame.hpp"

#include <algorithm>
#include <sstream>
#include <vector>

namespace shnor::test {

namespace {

// Where "<main" opens a tag (not "<mainx"), or npos.
std::size_t find_main_tag(const std::string& html) {
    for (auto at = html.find("<main"); at != std::string::npos; at = html.find("<main", at + 1)) {
        const char next = at + 5 < html.size() ? html[at + 5] : '\0';
        if (next == ' ' || next == '>' || next == '\n') return at;
    }
    return std::string::npos;
}

// A URL the page's folder changes: no scheme, not from the root, not a fragment.
bool is_relative(const std::string& url) {
    if (!url.empty() && (url[0] == '/' || url[0] == '#')) return false;
    const auto colon = url.find(':');
    const auto slash = url.find('/');
    return colon == std::string::npos || (slash != std::string::npos && slash < colon);
}

// The page's folder joined with a relative URL, "." and ".." collapsed. A ".."
// above the root is kept, so a link that climbs too far still shows.
std::string resolve(const std::string& page_path, const std::string& url) {
    const std::string joined = page_path.substr(0, page_path.rfind('/') + 1) + url;
    std::vector<std::string> parts;
    std::istringstream in(joined);
    for (std::string seg; std::getline(in, seg, '/');) {
        if (seg == ".." && !parts.empty() && parts.back() != "..")
            parts.pop_back();
        else if (!seg.empty() && seg != ".")
            parts.push_back(seg);
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    if (!out.empty() && !joined.empty() && joined.back() == '/') out += '/';
    return out;
}

// Every relative URL in an href, src or data-root attribute resolved.
std::string resolve_urls(std::string frame, const std::string& page_path) {
    for (const std::string attr : {" href=\"", " src=\"", " data-root=\""})
        for (auto at = frame.find(attr); at != std::string::npos; at = frame.find(attr, at + 1)) {
            const auto from = at + attr.size(), to = frame.find('"', from);
            if (to == std::string::npos) break;
            const auto url = frame.substr(from, to - from);
            if (is_relative(url)) frame.replace(from, to - from, resolve(page_path, url));
        }
    return frame;
}

// Replaces frame[from, to) with `with` and returns what was there.
std::string cut(std::string& frame, std::size_t from, std::size_t to, const std::string& with) {
    auto was = frame.substr(from, to - from);
    frame.replace(from, to - from, with);
    return was;
}

// About 100 bytes of a line from a little before byte `at`, where it differs,
// never starting or ending inside a UTF-8 character.
std::string excerpt(const std::string& line, std::size_t at) {
    auto continues = [&](std::size_t i) {
        return i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80;
    };
    std::size_t from = at > 40 ? at - 30 : 0, to = std::min(from + 100, line.size());
    while (continues(from)) ++from;
    while (continues(to)) --to;
    return (from > 0 ? "…" : "") + line.substr(from, to - from) + (to < line.size() ? "…" : "");
}

}  // namespace

std::optional<PageParts> split_page(const std::string& html) {
    const auto open = find_main_tag(html);
    const auto close = html.rfind("</main>");
    if (open == std::string::npos || close == std::string::npos || close < open) return {};
    const auto content = html.find('>', open) + 1;
    const auto end = close + std::string("</main>").size();
    return PageParts{html.substr(open, end - open) + "\n",
                     html.substr(0, content) + "\n" + kMainPlaceholder + "\n" + html.substr(close)};
}

NormalFrame normalise_frame(const std::string& frame, const std::string& page_path) {
    // Each part goes into `own` as it is cut out, so nothing a page says is lost.
    NormalFrame out{resolve_urls(frame, page_path), {}};
    auto& f = out.shared;
    const std::string title = "<title>", dash = " — ", kind = "<body class=\"page-",
                      current = " aria-current=\"page\"", href = " href=\"";
    const auto open = f.find(title), close = f.find("</title>");
    const auto name = close == std::string::npos ? close : f.rfind(dash, close);
    if (open != std::string::npos && name != std::string::npos && name > open)
        out.own += "«" + cut(f, open + title.size(), name, "…") + "»";
    if (const auto at = f.find(kind); at != std::string::npos)
        out.own += ", page-" + cut(f, at + kind.size(), f.find('"', at + kind.size()), "…");
    for (auto at = f.find(current); at != std::string::npos; at = f.find(current, at)) {
        const auto link = f.rfind(href, at);
        out.own +=
            ", current: " + (link == std::string::npos
                                 ? std::string("?")
                                 : f.substr(link + href.size(), at - 1 - link - href.size()));
        f.erase(at, current.size());
    }
    return out;
}

std::string first_difference(const std::string& want, const std::string& got) {
    if (want == got) return {};
    std::istringstream a(want), b(got);
    std::string la, lb;
    for (int line = 1;; ++line) {
        const bool more_a = static_cast<bool>(std::getline(a, la));
        const bool more_b = static_cast<bool>(std::getline(b, lb));
        if (!more_a && !more_b) return "line " + std::to_string(line) + ": final newline differs";
        if (more_a && more_b && la == lb) continue;
        std::size_t at = 0;
        while (at < la.size() && at < lb.size() && la[at] == lb[at]) ++at;
        return "line " + std::to_string(line) + ": want «" + (more_a ? excerpt(la, at) : "(end)") +
               "», got «" + (more_b ? excerpt(lb, at) : "(end)") + "»";
    }
}

}  // namespace shnor::test
