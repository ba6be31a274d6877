#pragma once
// A deterministic zip archive in memory (libzip): entries in the order given,
// stored uncompressed, every timestamp fixed, so the same entries give the
// same bytes on any machine, time zone or zlib version.
#include <string>
#include <utility>
#include <vector>

namespace shnor::render::docx {

using ZipEntry = std::pair<std::string, std::string>;  // name, bytes

// The archive's bytes; empty when libzip fails (`why` says how).
std::string zip_archive(const std::vector<ZipEntry>& entries, std::string* why);

}  // namespace shnor::render::docx
