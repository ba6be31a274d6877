#pragma once
// The incremental build's memory of the previous build, one entry per school
// (`.shnor-cache/` beside the output, or `--cache DIR`). Safe to delete: a
// missing, unreadable or foreign entry is only a miss. Entries are keyed by
// the school's inputs (its files, the region files, the templates, the
// options and the tool's version), so a hit means the school would render
// byte for byte the same.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "compute/analysis.hpp"
#include "diag/diagnostic.hpp"
#include "fs/file_system.hpp"
#include "render/open_data.hpp"
#include "render/output_memo.hpp"

namespace shnor::cache {

struct FileVersion {
    std::string rel;
    fs::Stamp stamp;
    std::uint64_t hash = 0;  // of the bytes
    bool operator==(const FileVersion&) const = default;
};

struct CachedSchool {
    std::uint64_t key = 0;
    std::uint64_t data_hash = 0;     // of its stored open-data rows
    std::vector<FileVersion> files;  // for the stat fast path
    compute::SchoolSummary summary;
    std::vector<std::string> outputs;           // the paths it rendered
    std::vector<diag::Diagnostic> diagnostics;  // warnings, repeated on a hit
};

// The pages over all schools: reused whole when every school was and the
// shared inputs are unchanged (a rebuild with no change at all); else page by
// page, by the fingerprints of their data, while the shared inputs are.
struct CachedRegion {
    std::uint64_t key = 0;
    std::vector<std::string> outputs;
    std::vector<diag::Diagnostic> diagnostics;
    std::uint64_t shared = 0;  // the shared key the fingerprints hold for
    render::Fingerprints fingerprints;
};

// An entry must never describe outputs that are not at the output path: the
// next build would link them from there. So what a build stores is written
// aside (a pending folder of its own); retire() removes the entries it will
// replace before the output is swapped, and commit() puts the new ones in
// place after. A build killed anywhere in between leaves a miss, never a
// wrong entry. Without a commit the pending folder is removed with the last
// copy of the cache object; a killed build's is swept by the next one.
//
// Entries describe one output: the one their build landed in. commit()
// records which (`output`: write::StagedOutput::identity()), and a cache
// opened for another output (a `build --no-cache` came between, another
// --out shares the cache, serve's memory) uses none of them: every school
// is rendered, and retire() drops them all.
class BuildCache {
public:
    // output: what the output that reuse() draws from is now; empty: unknown.
    BuildCache(std::string dir, const std::string& output);
    const std::string& dir() const { return dir_; }
    // Whether the committed entries describe that output.
    bool trusted() const { return trusted_; }

    // Both return nullopt on a miss or an entry that cannot be read.
    std::optional<CachedSchool> school(const std::string& id) const;
    // The rows stored with an entry whose data_hash is `hash`.
    std::optional<render::SchoolData> data(const std::string& id, std::uint64_t hash) const;
    // Thread-safe for distinct ids. False when it could not be written (the
    // next build is then a miss, nothing worse).
    // Returns the stored rows' hash (the entry's data_hash), or nullopt.
    std::optional<std::uint64_t> store(const std::string& id, CachedSchool entry,
                                       const render::SchoolData& data) const;
    std::optional<CachedRegion> region() const;
    bool store(const CachedRegion& entry) const;

    // Before the output lands: removes the entries this build replaces.
    void retire() const;
    // After it landed in `output` (its identity now; empty: an output that
    // is gone, as a build into memory): puts this build's entries in place
    // and records the output last; false when one could not be moved (the
    // next build then misses it, nothing worse).
    bool commit(const std::string& output) const;

private:
    struct Pending;
    std::string dir_;
    bool trusted_ = false;
    std::shared_ptr<Pending> pending_;
};

// A cache of one process's own, for builds whose output lives only as long
// as the process (serve's, in memory): a folder `session-<pid>-<n>` inside
// dir, removed with this object; a killed process's is swept by the next
// cache opened on dir. The shared cache beside it stays as `build` left it.
class SessionCacheDir {
public:
    explicit SessionCacheDir(const std::string& dir);
    ~SessionCacheDir();
    SessionCacheDir(const SessionCacheDir&) = delete;
    SessionCacheDir& operator=(const SessionCacheDir&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

}  // namespace shnor::cache
