#include "serve/routes.hpp"

#include "serve/page.hpp"

namespace shnor::serve {

namespace {

Reply html(int status, const Snapshot& now, std::string_view page) {
    return {status, content_type("x.html"), inject(page, now.version, now.overlay), {}};
}

}  // namespace

Reply route(const Snapshot& now, std::string_view path) {
    if (path == "/__shnor/live.js")
        return {200, content_type("x.js"), std::string(live_script()), {}};
    std::string rel(path.substr(path.empty() || path[0] != '/' ? 0 : 1));
    if (rel.empty() || rel.back() == '/') rel += "index.html";
    const auto& site = *now.site;
    if (site.empty()) return html(503, now, placeholder("Сайт ещё не собран"));
    if (auto it = site.find(rel); it != site.end()) {
        const auto type = content_type(rel);
        if (type.rfind("text/html", 0) == 0) return html(200, now, *it->second);
        return {200, type, *it->second, {}};
    }
    // "/schools/x" is the folder "/schools/x/": links resolve from there.
    if (site.count(rel + "/index.html")) return {301, {}, {}, std::string(path) + "/"};
    return html(404, now, placeholder("Страница не найдена"));
}

}  // namespace shnor::serve
