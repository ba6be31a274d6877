#pragma once
// Finds the content files, classifies them by path and parses them.
#include <functional>
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
    Visits,        // schools/<id>/<year>/visits.yaml
    Results,       // schools/<id>/<year>/results.yaml
    Leaders,       // leaders.yaml
    Partnerships,  // partnerships/<year>.yaml
    Practice,      // practices/<id>.yaml
    Page,
    Unknown
};

struct ContentFile {
    std::string rel;   // relative to the content root: schools/x/school.yaml
    std::string path;  // as shown to users: content/schools/x/school.yaml
    FileKind kind = FileKind::Unknown;
    std::string school;              // folder id for school files
    int year = 0;                    // catalogue/<year>.yaml, schools/<id>/<year>/...
    std::string stem;                // file name without extension (document and page ids)
    std::optional<fs::Stamp> stamp;  // as listed, when the file system gave one
    NodePtr root;                    // YAML files
    std::string text;                // Markdown pages
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

// The content folder's files, classified but not read: region-level files
// (region, municipalities, people, catalogues, pages) and each school's
// files by folder id. Files the layout does not name are warned about here.
struct Listing {
    std::vector<ContentFile> region;
    std::map<std::string, std::vector<ContentFile>> schools;  // ordered by id
    bool found = false;  // the folder exists (else an error is in the sink)
};
// Runs job(i) for every i < count, in any order and on any threads (the
// caller's pool); each job touches only its own slot.
using ForEach = std::function<void(std::size_t count, const std::function<void(std::size_t)>& job)>;
// Each school's folder is listed by a job of its own.
Listing list_content(const fs::FileSystem& fs, const std::string& root, diag::Sink& sink,
                     const ForEach& for_each = {});

// School id's folder listed again, as list_content lists it (for a school
// whose file list was let go after its job).
std::vector<ContentFile> list_school(const fs::FileSystem& fs, const std::string& root,
                                     const std::string& id, diag::Sink& sink);

// Reads and parses the given files into a Content (what failed is reported
// and left out, see Content).
Content load_files(const fs::FileSystem& fs, const std::string& root,
                   std::vector<ContentFile> files, diag::Sink& sink, const Limits& limits = {});

// Everything at once: list_content, then load_files of all of it.
Content load_content(const fs::FileSystem& fs, const std::string& root, diag::Sink& sink,
                     const Limits& limits = {});

}  // namespace shnor::load
