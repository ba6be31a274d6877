#pragma once
// Incremental builds: what decides that a school's previous outputs can be
// reused. A school's key hashes its own files' bytes, the region-level files,
// the templates, the options that change output and the running tool itself;
// a file whose stamp (size, mtime, inode) is unchanged since the last build
// keeps its recorded hash without being read.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "app/pipeline.hpp"
#include "cache/build_cache.hpp"
#include "load/content.hpp"
#include "render/templates.hpp"

namespace shnor::app {

std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed = 0);

// The part of every school's key that is shared: options, region-level
// sources (path -> bytes), templates, the tool, and whether open data is
// split by municipality (every page's footer says which).
std::uint64_t shared_key(const Options& options, const std::map<std::string, std::string>& region,
                         const render::TemplateSet& templates, bool open_data_by_municipality);

struct SchoolKey {
    std::uint64_t key = 0;
    std::vector<cache::FileVersion> files;
    bool ok = false;  // false: a file could not be read (no reuse; the job reports it)
};

// previous: the cached entry, for the stat fast path (may be null).
SchoolKey school_key(const fs::FileSystem& fs, const std::string& root,
                     const std::vector<load::ContentFile>& files, std::uint64_t shared,
                     const cache::CachedSchool* previous);

}  // namespace shnor::app
