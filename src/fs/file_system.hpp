#pragma once
// The only door to the disk for reading content. Tests use MemoryFileSystem.
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace shnor::fs {

// What identifies a file's version without reading it (the incremental
// build's fast path): equal stamps are taken to mean equal bytes.
struct Stamp {
    std::uint64_t size = 0, mtime_ns = 0, inode = 0;
    bool operator==(const Stamp&) const = default;
};

// Which part of a tree to list: root/under only ("" is all of root), and
// the folders directly inside root/stop_below named rather than entered
// (a build lists each school's folder on its own, in parallel).
struct Scope {
    std::string under;
    std::string stop_below;
};

struct Listed {
    std::vector<std::string> files;    // relative to root, sorted
    std::vector<std::string> folders;  // the stopped folders, relative to root, sorted
    // files[i]'s stamp, taken while listing (a stat beside the folder's
    // entry, not along the whole path); empty where the file system has none.
    std::vector<std::optional<Stamp>> stamps;
};

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // root/rel's stamp; nullopt when unknown (then the bytes are read).
    virtual std::optional<Stamp> stamp(const std::string& root, const std::string& rel) const {
        (void)root, (void)rel;
        return std::nullopt;
    }
    // Relative paths ('/'-separated, sorted) of the regular files under root.
    // Symbolic links and special files are reported as errors and skipped:
    // content must not reach outside its folder.
    std::vector<std::string> list(const std::string& root, diag::Sink& sink) const {
        return list(root, Scope{}, sink).files;
    }
    virtual Listed list(const std::string& root, const Scope& scope, diag::Sink& sink) const = 0;
    // Reads root/rel; files larger than max_bytes are reported, not read.
    virtual std::optional<std::string> read(const std::string& root, const std::string& rel,
                                            std::size_t max_bytes, diag::Sink& sink) const = 0;
    virtual bool is_dir(const std::string& path) const = 0;
};

class DiskFileSystem : public FileSystem {
public:
    std::optional<Stamp> stamp(const std::string& root, const std::string& rel) const override;
    using FileSystem::list;
    Listed list(const std::string& root, const Scope& scope, diag::Sink& sink) const override;
    std::optional<std::string> read(const std::string& root, const std::string& rel,
                                    std::size_t max_bytes, diag::Sink& sink) const override;
    bool is_dir(const std::string& path) const override;
};

class MemoryFileSystem : public FileSystem {
public:
    std::map<std::string, std::string> files;  // "root/rel" -> bytes
    using FileSystem::list;
    Listed list(const std::string& root, const Scope& scope, diag::Sink& sink) const override;
    std::optional<std::string> read(const std::string& root, const std::string& rel,
                                    std::size_t max_bytes, diag::Sink& sink) const override;
    bool is_dir(const std::string& path) const override;
};

// "content" + "a/b.yaml" -> "content/a/b.yaml" (the path users see).
std::string join(const std::string& root, const std::string& rel);

}  // namespace shnor::fs
