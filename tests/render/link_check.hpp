#pragma once
// Link checks shared by the site and bundle tests: every href/src of a page,
// and where a relative one lands in the output set.
#include <regex>
#include <string>
#include <vector>

namespace shnor::testing {

// "schools/x/index.html" + "../../a/./b.html" -> "a/b.html"; "" when it climbs out.
inline std::string resolve(const std::string& from, const std::string& href) {
    std::vector<std::string> parts;
    std::string dir = from.substr(0, from.rfind('/') + 1);
    std::string path = dir + href;
    std::size_t start = 0;
    while (start <= path.size()) {
        std::size_t slash = path.find('/', start);
        if (slash == std::string::npos) slash = path.size();
        std::string seg = path.substr(start, slash - start);
        if (seg == "..") {
            if (parts.empty()) return "";
            parts.pop_back();
        } else if (!seg.empty() && seg != ".") {
            parts.push_back(seg);
        }
        start = slash + 1;
    }
    std::string out;
    for (const auto& p : parts) out += (out.empty() ? "" : "/") + p;
    return out;
}

// The values of every href="..." and src="..." in a page, in order.
inline std::vector<std::string> links_of(const std::string& html) {
    static const std::regex attr(R"re((?:href|src)="([^"]*)")re");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), attr);
         it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

}  // namespace shnor::testing
