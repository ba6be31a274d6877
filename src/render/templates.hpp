#pragma once
// The fixed registry of template files: the built-ins embedded in the binary,
// replaced file by file by a project's own templates/ folder. Partials are
// resolved only here, never from page data.
#include <map>
#include <string>

#include "diag/diagnostic.hpp"
#include "fs/file_system.hpp"

namespace shnor::render {

struct Template {
    std::string name;  // relative to templates/: "school.mustache", "assets/style.css"
    std::string text;
    std::string origin;  // shown in diagnostics
    bool is_mustache() const;
};

class TemplateSet {
public:
    static TemplateSet builtin();

    // Replaces built-ins with same-named files under dir. Files that match
    // no built-in are reported and ignored, so a project cannot smuggle in
    // new partials.
    void override_from(const std::string& dir, const fs::FileSystem& files, diag::Sink& sink);

    void put(const std::string& name, std::string text, std::string origin);
    const Template* find(const std::string& name) const;
    const std::map<std::string, Template>& all() const { return files_; }

    // Syntax (with line:column), delimiter changes, unescaped output of
    // anything but *_html, partials that do not exist and partial cycles.
    // False when any template is unusable.
    bool check(diag::Sink& sink) const;

private:
    std::map<std::string, Template> files_;
};

}  // namespace shnor::render
