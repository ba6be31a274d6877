#include "model/build.hpp"

#include <algorithm>
#include <map>
#include <tuple>

#include "fs/file_system.hpp"
#include "model/build_parts.hpp"

namespace shnor::model {

using load::FileKind;

namespace {

void sort_region(Project& p) {
    std::stable_sort(p.municipalities.begin(), p.municipalities.end(),
                     [](const auto& a, const auto& b) { return a.name < b.name; });
    std::stable_sort(p.people.begin(), p.people.end(),
                     [](const auto& a, const auto& b) { return a.id < b.id; });
    std::stable_sort(p.pages.begin(), p.pages.end(), [](const auto& a, const auto& b) {
        return std::tie(a.order, a.id) < std::tie(b.order, b.id);
    });
    std::stable_sort(p.leaders.begin(), p.leaders.end(),
                     [](const auto& a, const auto& b) { return a.id < b.id; });
    std::stable_sort(
        p.partnerships.begin(), p.partnerships.end(), [](const auto& a, const auto& b) {
            return std::tie(a.year, a.date, a.number) < std::tie(b.year, b.date, b.number);
        });
    std::stable_sort(p.practices.begin(), p.practices.end(), [](const auto& a, const auto& b) {
        return std::tie(a.year, a.id) < std::tie(b.year, b.id);
    });
}

void sort_school(School& s) {
    std::stable_sort(s.documents.begin(), s.documents.end(), [](const auto& a, const auto& b) {
        return std::tie(a.year, a.kind, a.id) < std::tie(b.year, b.kind, b.id);
    });
    std::stable_sort(s.measurements.begin(), s.measurements.end(),
                     [](const auto& a, const auto& b) {
                         return std::tie(a.indicator, a.date) < std::tie(b.indicator, b.date);
                     });
}

// Adds a school's file to its School; false for any other kind.
bool add_school_file(const load::ContentFile& f, School& school, diag::Sink& sink) {
    switch (f.kind) {
        case FileKind::School:
            build_school(f, school, sink);
            return true;
        case FileKind::Diagnostics:
            build_diagnostics(f, school, sink);
            return true;
        case FileKind::Document:
            build_document(f, school, sink);
            return true;
        case FileKind::Measurements:
            build_measurements(f, school, sink);
            return true;
        case FileKind::Visits:
            build_visits(f, school, sink);
            return true;
        case FileKind::Results:
            build_results(f, school, sink);
            return true;
        default:
            return false;
    }
}

bool has_source(const load::Content& content, const std::string& id) {
    const std::string tail = "schools/" + id + "/school.yaml";
    return std::any_of(content.sources.begin(), content.sources.end(), [&](const auto& s) {
        return s.first.size() >= tail.size() &&
               s.first.compare(s.first.size() - tail.size(), std::string::npos, tail) == 0;
    });
}

}  // namespace

Project build_region_project(const load::Content& content, diag::Sink& sink) {
    Project p;
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
            case FileKind::Page:
                build_page(f, p, sink);
                break;
            case FileKind::Leaders:
                build_leaders(f, p, sink);
                break;
            case FileKind::Partnerships:
                build_partnerships(f, p, sink);
                break;
            case FileKind::Practice:
                build_practice(f, p, sink);
                break;
            default:
                break;
        }
    }
    if (!has_region && !sink.has_errors())
        sink.error({fs::join(content.root, "region.yaml"), 0, 0},
                   "нет файла region.yaml с описанием региона");
    sort_region(p);
    p.reindex();
    return p;
}

std::optional<School> build_school_files(const load::Content& content, const std::string& id,
                                         diag::Sink& sink) {
    School school;
    for (const auto& f : content.files)
        if (f.school == id) add_school_file(f, school, sink);
    if (school.id.empty()) {  // no (valid) school.yaml
        if (!has_source(content, id))
            sink.error({fs::join(content.root, "schools/" + id + "/school.yaml"), 0, 0},
                       "нет файла school.yaml: у папки школы должен быть паспорт");
        return std::nullopt;
    }
    sort_school(school);
    return school;
}

Project build_project(const load::Content& content, diag::Sink& sink) {
    Project p = build_region_project(content, sink);
    std::map<std::string, bool> ids;  // ordered
    for (const auto& f : content.files)
        if (!f.school.empty()) ids[f.school] = true;
    for (const auto& [id, _] : ids) p.school_ids.push_back(id);
    for (const auto& [id, _] : ids)
        if (auto school = build_school_files(content, id, sink))
            p.schools.push_back(std::move(*school));
    p.reindex();
    return p;
}

}  // namespace shnor::model
