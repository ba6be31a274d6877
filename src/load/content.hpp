#pragma once
// Finds the content files, classifies them by path and parses them.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "fs/file_system.hpp"
#include "load/node.hpp"
#include "load/yaml_loader.hpp"

namespace shnor::load {

enum class FileKind {
    Region,
    Municipalities,
    People,
    Catalogue,
    School,
    Diagnostics,
    Document,
    Measurements,
    Page,
    Unknown
};

struct ContentFile {
    std::string rel;   // relative to the content root: schools/x/school.yaml
    std::string path;  // as shown to users: content/schools/x/school.yaml
    FileKind kind = FileKind::Unknown;
    std::string school;  // folder id for school files
    int year = 0;        // catalogue/<year>.yaml, schools/<id>/<year>/...
    std::string stem;    // file name without extension (document and page ids)
    NodePtr root;        // YAML files
    std::string text;    // Markdown pages
};

struct Content {
    std::string root;                            // the content folder as given
    std::vector<ContentFile> files;              // sorted by rel; only files that parsed
    std::map<std::string, std::string> sources;  // path -> bytes, for caret display

    std::set<std::string> unreadable;  // rel paths that could not be read

    // Relative paths of the files that could not be read or did not parse.
    std::set<std::string> unparsed() const;
};

// Classifies a relative path; Unknown for anything the layout does not name.
ContentFile classify(const std::string& rel);

// The schema file (in schemas/) that describes a kind; empty for none.
std::string schema_name(FileKind kind);

Content load_content(const fs::FileSystem& fs, const std::string& root, diag::Sink& sink,
                     const Limits& limits = {});

}  // namespace shnor::load
