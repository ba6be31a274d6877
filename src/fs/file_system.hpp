#pragma once
// The only door to the disk for reading content. Tests use MemoryFileSystem.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"

namespace shnor::fs {

class FileSystem {
public:
    virtual ~FileSystem() = default;
    // Relative paths ('/'-separated, sorted) of the regular files under root.
    // Symbolic links and special files are reported as errors and skipped:
    // content must not reach outside its folder.
    virtual std::vector<std::string> list(const std::string& root, diag::Sink& sink) const = 0;
    // Reads root/rel; files larger than max_bytes are reported, not read.
    virtual std::optional<std::string> read(const std::string& root, const std::string& rel,
                                            std::size_t max_bytes, diag::Sink& sink) const = 0;
    virtual bool is_dir(const std::string& path) const = 0;
};

class DiskFileSystem : public FileSystem {
public:
    std::vector<std::string> list(const std::string& root, diag::Sink& sink) const override;
    std::optional<std::string> read(const std::string& root, const std::string& rel,
                                    std::size_t max_bytes, diag::Sink& sink) const override;
    bool is_dir(const std::string& path) const override;
};

class MemoryFileSystem : public FileSystem {
public:
    std::map<std::string, std::string> files;  // "root/rel" -> bytes
    std::vector<std::string> list(const std::string& root, diag::Sink& sink) const override;
    std::optional<std::string> read(const std::string& root, const std::string& rel,
                                    std::size_t max_bytes, diag::Sink& sink) const override;
    bool is_dir(const std::string& path) const override;
};

// "content" + "a/b.yaml" -> "content/a/b.yaml" (the path users see).
std::string join(const std::string& root, const std::string& rel);

}  // namespace shnor::fs
