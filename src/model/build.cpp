#include "model/build.hpp"

#include <map>
#include <tuple>

#include "fs/file_system.hpp"
#include "model/build_parts.hpp"

namespace shnor::model {

using load::FileKind;

namespace {

void sort_project(Project& p) {
    std::stable_sort(p.municipalities.begin(), p.municipalities.end(),
                     [](const auto& a, const auto& b) { return a.name < b.name; });
    std::stable_sort(p.people.begin(), p.people.end(),
                     [](const auto& a, const auto& b) { return a.id < b.id; });
    std::stable_sort(p.pages.begin(), p.pages.end(), [](const auto& a, const auto& b) {
        return std::tie(a.order, a.id) < std::tie(b.order, b.id);
    });
    for (School& s : p.schools) {
        std::stable_sort(s.documents.begin(), s.documents.end(), [](const auto& a, const auto& b) {
            return std::tie(a.year, a.kind, a.id) < std::tie(b.year, b.kind, b.id);
        });
        std::stable_sort(s.measurements.begin(), s.measurements.end(),
                         [](const auto& a, const auto& b) {
                             return std::tie(a.indicator, a.date) < std::tie(b.indicator, b.date);
                         });
    }
}

}  // namespace

Project build_project(const load::Content& content, diag::Sink& sink) {
    Project p;
    std::map<std::string, School> schools;  // by folder id: ordered
    bool has_region = false;
    for (const auto& f : content.files) {
        switch (f.kind) {
            case FileKind::Region:
                build_region(f, p, sink), has_region = true;
                break;
            case FileKind::Municipalities:
                build_municipalities(f, p, sink);
                break;
            case FileKind::People:
                build_people(f, p, sink);
                break;
            case FileKind::Catalogue:
                build_catalogue(f, p, sink);
                break;
            case FileKind::School:
                build_school(f, schools[f.school], sink);
                break;
            case FileKind::Diagnostics:
                build_diagnostics(f, schools[f.school], sink);
                break;
            case FileKind::Document:
                build_document(f, schools[f.school], sink);
                break;
            case FileKind::Measurements:
                build_measurements(f, schools[f.school], sink);
                break;
            case FileKind::Page:
                build_page(f, p, sink);
                break;
            case FileKind::Unknown:
                break;
        }
    }
    if (!has_region && !sink.has_errors())
        sink.error({fs::join(content.root, "region.yaml"), 0, 0},
                   "нет файла region.yaml с описанием региона");
    for (auto& [id, school] : schools) {
        if (school.id.empty()) {             // no (valid) school.yaml
            const std::string& folder = id;  // clang 14 cannot capture a structured binding
            bool present =
                std::any_of(content.sources.begin(), content.sources.end(), [&](const auto& s) {
                    return s.first.size() >= folder.size() + 20 &&
                           s.first.compare(s.first.size() - folder.size() - 20, std::string::npos,
                                           "schools/" + folder + "/school.yaml") == 0;
                });
            if (!present)
                sink.error({fs::join(content.root, "schools/" + id + "/school.yaml"), 0, 0},
                           "нет файла school.yaml: у папки школы должен быть паспорт");
            continue;
        }
        p.schools.push_back(std::move(school));
    }
    sort_project(p);
    return p;
}

}  // namespace shnor::model
