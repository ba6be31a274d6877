#pragma once
// Writes what a `shnor new` command planned into the content folder, all or
// nothing: no new file may replace an existing one, an edited file must
// still be there, and a failure part-way removes what was already written.
#include <map>
#include <string>

#include "diag/diagnostic.hpp"
#include "write/disk_ops.hpp"

namespace shnor::write {

struct ContentChanges {
    std::map<std::string, std::string> created;  // content-relative path -> bytes
    std::map<std::string, std::string> edited;   // existing files, their new bytes
};

// Returns false (with Russian errors in sink, at the file) when nothing was
// written. Paths stay inside `root`: "..", absolute paths and symlinks are refused.
bool write_content(const std::string& root, const ContentChanges& changes, diag::Sink& sink,
                   DiskOps& disk = real_disk());

}  // namespace shnor::write
