#pragma once
// The spare site: after a swap, the old site is kept beside the output folder
// (`.<name>.shnor-spare`) when the build reused most of its files, and the
// next build updates it in place instead of restaging every file. Unchanged
// files are hard links shared with the live site, so the spare costs little
// disk; a rebuild after one edit then touches only what changed (at 40,000
// schools, tens of files instead of 45,000 links and as many unlinks).
//
// The manifest (`.shnor-spare` inside the spare) says which live site the
// spare pairs with (its marker's identity), which files the spare holds and
// which the live site holds. It is removed before the spare is changed and
// written again only when the spare is consistent, so a spare without one
// (a killed build) is never trusted: the next build removes it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "write/disk_ops.hpp"

namespace shnor::write {

inline constexpr const char* kSpareManifest = ".shnor-spare";

struct SpareManifest {
    std::string pair;                      // identity of the live site's marker
    std::vector<std::string> spare_files;  // relative paths, the manifest itself excluded
    std::vector<std::string> live_files;
    bool operator==(const SpareManifest&) const = default;
};

std::string encode_spare(const SpareManifest& m);
// Empty when text is not a whole manifest or names an unsafe path.
std::optional<SpareManifest> decode_spare(std::string_view text);

// Every regular file under dir, relative, sorted; false when a folder could
// not be listed.
bool list_files(DiskOps& disk, const std::string& dir, std::vector<std::string>& out);

}  // namespace shnor::write
