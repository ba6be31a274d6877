#pragma once
// Puts a whole OutputSet on disk through a StagedOutput (staged_output.hpp:
// locked, checked, swapped in whole), so a failed build never leaves a
// half-written or mixed site.
#include <string>

#include "diag/diagnostic.hpp"
#include "write/disk_ops.hpp"
#include "write/output_set.hpp"

namespace shnor::write {

// The marker shnor leaves in every output folder: a folder without it (and
// not empty) is never replaced, so a mistyped --out cannot wipe user files.
inline constexpr const char* kMarker = ".shnor-output";

// Checks that a relative output path stays inside the output folder.
bool is_safe_output_path(const std::string& rel);

// Returns false (with an error in sink) when nothing was changed on disk.
// content: the content folder, which must not overlap out_dir (empty: none).
bool write_site(const OutputSet& files, const std::string& out_dir, const std::string& content,
                diag::Sink& sink, DiskOps& disk = real_disk());

}  // namespace shnor::write
