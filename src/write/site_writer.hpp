#pragma once
// Puts an OutputSet on disk atomically: everything is written into a fresh
// folder next to the output folder and swapped in only when all writes
// succeeded, so a failed build never leaves a half-written or mixed site.
#include <string>

#include "diag/diagnostic.hpp"
#include "write/output_set.hpp"

namespace shnor::write {

// The marker shnor leaves in every output folder: a folder without it (and
// not empty) is never replaced, so a mistyped --out cannot wipe user files.
inline constexpr const char* kMarker = ".shnor-output";

// Checks that a relative output path stays inside the output folder.
bool is_safe_output_path(const std::string& rel);

// Returns false (with diagnostics) when nothing was changed on disk.
bool write_site(const OutputSet& files, const std::string& out_dir, diag::Sink& sink);

}  // namespace shnor::write
