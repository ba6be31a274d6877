#pragma once
// What a `shnor new` command writes into the content folder: new files
// (never over an existing one) and existing files with lines added. The
// caller writes all of it or nothing (write/content_writer.hpp).
#include <map>
#include <string>
#include <vector>

#include "load/content.hpp"
#include "model/project.hpp"

namespace shnor::scaffold {

struct Plan {
    std::map<std::string, std::string> created;  // content-relative path -> bytes
    std::map<std::string, std::string> edited;   // existing files, their new bytes
    std::vector<std::string> report;             // one line per thing done, for the user
    // Non-empty: the command is refused (a usage error, exit 2) and nothing
    // else in the plan counts. Russian, like every message.
    std::string refusal;
};

// What the commands read: the loaded content (texts and trees of the files
// to edit) and the project built from it.
struct Input {
    const load::Content& content;
    const model::Project& project;
    const load::ContentFile* file(const std::string& rel) const;
    const std::string& source(const load::ContentFile& f) const;
};

// "2022-12-27" -> "2023-12-27"; 29 February becomes the 28th.
model::Date shift_years(const model::Date& d, int years);

}  // namespace shnor::scaffold
