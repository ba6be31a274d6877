#include "load/content.hpp"

#include <algorithm>
#include <charconv>

#include "load/text.hpp"

namespace shnor::load {

namespace {

// Views into rel: classify() runs for every listed file of every rebuild.
std::vector<std::string_view> split(std::string_view rel) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        auto slash = rel.find('/', start);
        parts.push_back(rel.substr(start, slash - start));
        if (slash == std::string_view::npos) break;
        start = slash + 1;
    }
    return parts;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

int parse_year(std::string_view s) {
    int y = 0;
    if (s.size() != 4) return 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), y);
    return ec == std::errc{} && p == s.data() + s.size() ? y : 0;
}

std::string_view stem_of(std::string_view name) { return name.substr(0, name.rfind('.')); }

// The folder of the schools' folders: classify() and the listing.
constexpr std::string_view kSchools = "schools";

// Classifies listed files into `into`; files the layout does not name are
// warned about (YAML) or ignored.
void add_listed(const std::string& root, const fs::Listed& listed, std::vector<ContentFile>& into,
                diag::Sink& sink) {
    into.reserve(into.size() + listed.files.size());
    for (std::size_t i = 0; i < listed.files.size(); ++i) {
        const std::string& rel = listed.files[i];
        ContentFile f = classify(rel);
        f.path = fs::join(root, rel);
        if (i < listed.stamps.size()) f.stamp = listed.stamps[i];
        if (f.kind == FileKind::Unknown) {
            if (ends_with(rel, ".yaml") || ends_with(rel, ".yml"))
                sink.warning({f.path, 0, 0},
                             "файл не используется: его расположение не предусмотрено форматом "
                             "(см. docs/content-format.md)");
            continue;
        }
        into.push_back(std::move(f));
    }
}

}  // namespace

ContentFile classify(const std::string& rel) {
    ContentFile f;
    f.rel = rel;
    auto p = split(rel);
    auto name = p.back();
    f.stem = std::string(stem_of(name));
    bool yaml = ends_with(name, ".yaml");
    if (p.size() == 1 && name == "region.yaml")
        f.kind = FileKind::Region;
    else if (p.size() == 1 && name == "municipalities.yaml")
        f.kind = FileKind::Municipalities;
    else if (p.size() == 1 && name == "people.yaml")
        f.kind = FileKind::People;
    else if (p.size() == 1 && name == "leaders.yaml")
        f.kind = FileKind::Leaders;
    else if (p.size() == 2 && p[0] == "partnerships" && yaml && parse_year(f.stem)) {
        f.kind = FileKind::Partnerships;
        f.year = parse_year(f.stem);
    } else if (p.size() == 2 && p[0] == "practices" && yaml)
        f.kind = FileKind::Practice;
    else if (p.size() == 2 && p[0] == "catalogue" && yaml && parse_year(f.stem)) {
        f.kind = FileKind::Catalogue;
        f.year = parse_year(f.stem);
    } else if (p.size() == 2 && p[0] == "pages" && ends_with(name, ".md")) {
        f.kind = FileKind::Page;
    } else if (p.size() == 3 && p[0] == kSchools && name == "school.yaml") {
        f.kind = FileKind::School;
    } else if (p.size() == 3 && p[0] == kSchools && name == "diagnostics.yaml") {
        f.kind = FileKind::Diagnostics;
    } else if (p.size() == 4 && p[0] == kSchools && yaml && parse_year(p[2])) {
        f.year = parse_year(p[2]);
        f.kind = name == "measurements.yaml" ? FileKind::Measurements
                 : name == "visits.yaml"     ? FileKind::Visits
                 : name == "results.yaml"    ? FileKind::Results
                                             : FileKind::Document;
    }
    if (p.size() >= 3 && p[0] == kSchools) f.school = std::string(p[1]);
    return f;
}

std::string schema_name(FileKind kind) {
    switch (kind) {
        case FileKind::Region:
            return "region.schema.yaml";
        case FileKind::Municipalities:
            return "municipalities.schema.yaml";
        case FileKind::People:
            return "people.schema.yaml";
        case FileKind::Catalogue:
            return "catalogue.schema.yaml";
        case FileKind::School:
            return "school.schema.yaml";
        case FileKind::Diagnostics:
            return "diagnostics.schema.yaml";
        case FileKind::Document:
            return "document.schema.yaml";
        case FileKind::Measurements:
            return "measurements.schema.yaml";
        case FileKind::Visits:
            return "visits.schema.yaml";
        case FileKind::Results:
            return "results.schema.yaml";
        case FileKind::Leaders:
            return "leaders.schema.yaml";
        case FileKind::Partnerships:
            return "partnerships.schema.yaml";
        case FileKind::Practice:
            return "practice.schema.yaml";
        case FileKind::Page:
        case FileKind::Unknown:
            return "";
    }
    return "";
}

std::set<std::string> Content::unparsed() const {
    std::set<std::string> parsed, out = unreadable;
    for (const auto& f : files) parsed.insert(f.path);
    auto prefix = fs::join(root, "");
    for (const auto& [path, bytes] : sources)
        if (!parsed.count(path)) out.insert(path.substr(prefix.size()));
    return out;
}

Listing list_content(const fs::FileSystem& fs, const std::string& root, diag::Sink& sink,
                     const ForEach& for_each) {
    Listing listing;
    if (!fs.is_dir(root)) {
        sink.error({root, 0, 0}, "папка с данными не найдена");
        return listing;
    }
    listing.found = true;
    // Everything but the schools' folders, which are only named here.
    auto top = fs.list(root, fs::Scope{"", std::string(kSchools)}, sink);
    add_listed(root, top, listing.region, sink);
    const std::size_t n = top.folders.size();
    std::vector<std::vector<ContentFile>> files(n);
    std::vector<diag::Sink> sinks(n);
    auto job = [&](std::size_t i) {
        add_listed(root, fs.list(root, fs::Scope{top.folders[i], ""}, sinks[i]), files[i],
                   sinks[i]);
    };
    if (for_each)
        for_each(n, job);
    else
        for (std::size_t i = 0; i < n; ++i) job(i);
    for (std::size_t i = 0; i < n; ++i) {
        for (const auto& d : sinks[i].all()) sink.add(d);
        // A folder with no file the layout names is no school (as before).
        if (!files[i].empty()) listing.schools[files[i].front().school] = std::move(files[i]);
    }
    return listing;
}

std::vector<ContentFile> list_school(const fs::FileSystem& fs, const std::string& root,
                                     const std::string& id, diag::Sink& sink) {
    std::vector<ContentFile> files;
    const std::string folder = std::string(kSchools) + "/" + id;
    add_listed(root, fs.list(root, fs::Scope{folder, ""}, sink), files, sink);
    return files;
}

Content load_files(const fs::FileSystem& fs, const std::string& root,
                   std::vector<ContentFile> files, diag::Sink& sink, const Limits& limits) {
    Content content;
    content.root = root;
    for (auto& f : files) {
        auto bytes = fs.read(root, f.rel, limits.max_bytes, sink);
        if (!bytes) {
            content.unreadable.insert(f.rel);
            continue;
        }
        if (f.kind == FileKind::Page) {
            LineIndex index(*bytes, f.path);
            if (!check_text(*bytes, index, sink)) {
                content.sources[f.path] = std::move(*bytes);
                continue;
            }
            f.text = *bytes;
        } else {
            f.root = parse_yaml(*bytes, f.path, sink, limits);
        }
        content.sources[f.path] = std::move(*bytes);
        if (f.kind == FileKind::Page || f.root) content.files.push_back(std::move(f));
    }
    return content;
}

Content load_content(const fs::FileSystem& fs, const std::string& root, diag::Sink& sink,
                     const Limits& limits) {
    Listing listing = list_content(fs, root, sink);
    if (!listing.found) {
        Content content;
        content.root = root;
        return content;
    }
    std::vector<ContentFile> all = std::move(listing.region);
    for (auto& [id, files] : listing.schools)
        for (auto& f : files) all.push_back(std::move(f));
    std::sort(all.begin(), all.end(),
              [](const ContentFile& a, const ContentFile& b) { return a.rel < b.rel; });
    return load_files(fs, root, std::move(all), sink, limits);
}

}  // namespace shnor::load
