#include "serve/page.hpp"

#include <sstream>

#include "diag/report.hpp"

namespace shnor::serve {

namespace {

constexpr std::string_view kScript = R"JS((function () {
  // Waits for the next build (long-poll) and reloads the page when the site
  // or its errors changed. A failed request (the server restarting) retries.
  var me = document.currentScript;
  var version = me ? me.getAttribute("data-version") : "0";
  function poll() {
    fetch("/__shnor/wait?v=" + version, { cache: "no-store" })
      .then(function (r) { return r.text(); })
      .then(function (v) { if (v !== version) location.reload(); else poll(); })
      .catch(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
)JS";

// Inline styles keep the overlay readable whatever the site's stylesheet.
constexpr std::string_view kOverlayStyle =
    "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5em;"
    "background:rgba(20,20,20,.93);color:#f8f8f2;font:14px/1.45 monospace";

}  // namespace

std::string_view live_script() { return kScript; }

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string overlay_html(const diag::Sink& sink,
                         const std::map<std::string, std::string>& sources) {
    if (!sink.has_errors()) return {};
    // Warnings stay in the terminal: here they would hide what blocks the site.
    std::ostringstream text;
    diag::report(sink.errors_only(), sources, diag::Format::Text, text);
    return "<div id=\"shnor-overlay\" role=\"alert\" style=\"" + std::string(kOverlayStyle) +
           "\"><p style=\"margin:0 0 1em;font-weight:bold;color:#ff6b6b\">Сайт не пересобран: " +
           html_escape(diag::summary(sink.errors(), 0)) +
           ". Исправьте файл и сохраните его — страница обновится сама. Под этим окном — "
           "последняя удачная сборка.</p>"
           "<pre style=\"margin:0;white-space:pre-wrap\">" +
           html_escape(text.str()) + "</pre></div>";
}

std::string inject(std::string_view page, unsigned long version, const std::string& overlay) {
    const std::string tags = overlay + "<script src=\"/__shnor/live.js\" data-version=\"" +
                             std::to_string(version) + "\"></script>";
    const auto at = page.rfind("</body>");
    if (at == std::string_view::npos) return std::string(page) + tags;
    std::string out(page.substr(0, at));
    out += tags;
    out += page.substr(at);
    return out;
}

std::string placeholder(const std::string& title) {
    return "<!DOCTYPE html><html lang=\"ru\"><head><meta charset=\"utf-8\"><title>" +
           html_escape(title) + "</title></head><body><h1>" + html_escape(title) +
           "</h1><p><a href=\"/\">На главную</a></p></body></html>";
}

std::string content_type(std::string_view path) {
    static const std::map<std::string_view, std::string_view> types = {
        {"html", "text/html; charset=utf-8"},
        {"css", "text/css; charset=utf-8"},
        {"js", "text/javascript; charset=utf-8"},
        {"json", "application/json"},
        {"svg", "image/svg+xml"},
        {"pdf", "application/pdf"},
        {"csv", "text/csv; charset=utf-8"},
        {"xml", "application/xml"},
        {"txt", "text/plain; charset=utf-8"},
        {"md", "text/markdown; charset=utf-8"},
        {"png", "image/png"},
        {"ico", "image/x-icon"},
        {"woff2", "font/woff2"},
        {"docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"},
        {"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
    };
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
        return "application/octet-stream";
    auto it = types.find(path.substr(dot + 1));
    return std::string(it == types.end() ? "application/octet-stream" : it->second);
}

}  // namespace shnor::serve
