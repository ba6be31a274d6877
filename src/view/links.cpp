#include "view/links.hpp"

#include <algorithm>
#include <cctype>

namespace shnor::view {

std::string school_path(const std::string& id) { return "schools/" + id + "/index.html"; }
std::string municipality_path(const std::string& id) { return "municipalities/" + id + ".html"; }
std::string factor_path(int year, const std::string& id) {
    return "factors/" + std::to_string(year) + "/" + id + ".html";
}
std::string page_path(const std::string& id) { return "pages/" + id + ".html"; }
std::string practices_path(int year, const std::string& factor) {
    return "practices/" + std::to_string(year) + "/" + factor + ".html";
}
std::string partnerships_path() { return "partnerships.html"; }
std::string roadmap_pdf_path(const std::string& school, int year) {
    return "schools/" + school + "/roadmap-" + std::to_string(year) + ".pdf";
}
std::string annex_pdf_path(int year) { return "documents/annex-" + std::to_string(year) + ".pdf"; }
std::string annex_docx_path(int year) {
    return "documents/annex-" + std::to_string(year) + ".docx";
}

std::string person_path(const model::Person& person) {
    const char* folder = person.role == model::Role::Curator ? "curators/" : "coordinators/";
    return folder + person.id + ".html";
}
std::string monitoring_pdf_path(int year) {
    return "documents/monitoring-" + std::to_string(year) + ".pdf";
}
std::string monitoring_xlsx_path(int year) {
    return "documents/monitoring-" + std::to_string(year) + ".xlsx";
}

std::string root_of(const std::string& from) {
    std::string up;
    for (char c : from)
        if (c == '/') up += "../";
    return up;
}

std::string relative(const std::string& from, const std::string& to) {
    // Drop the folders both paths share, then climb out of the rest of from.
    std::size_t common = 0;
    for (std::size_t i = 0; i < from.size() && i < to.size() && from[i] == to[i]; ++i)
        if (from[i] == '/') common = i + 1;
    return root_of(from.substr(common)) + to.substr(common);
}

bool safe_segment(const std::string& id) {
    if (id.empty() || id[0] == '.') return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

std::string safe_url(const std::string& url) {
    std::string lower;
    for (char c : url.substr(0, 8))
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    bool scheme_ok = lower.rfind("http://", 0) == 0 || lower.rfind("https://", 0) == 0;
    bool chars_ok = std::none_of(url.begin(), url.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return u <= 0x20 || u == 0x7f || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\';
    });
    std::size_t prefix = lower.rfind("https://", 0) == 0 ? 8 : 7;
    return scheme_ok && chars_ok && url.size() > prefix ? url : std::string();
}

bool has_roadmap_pdf(const model::School& school, int year) {
    return std::any_of(
        school.documents.begin(), school.documents.end(),
        [year](const model::Document& d) { return d.year == year && !d.measures.empty(); });
}

}  // namespace shnor::view
