#pragma once
// Test helpers: fixture folders loaded into a MemoryFileSystem, and golden
// files compared or rewritten (SHNOR_UPDATE_GOLDENS=1, see tests/README.md).
#include <map>
#include <string>

#include "fs/file_system.hpp"

namespace shnor::test {

std::string test_dir();  // tests/ in the source tree
std::string read_file(const std::string& path);

// Adds every file under disk_dir to fs as mem_root/<relative path>.
// A file named "<name>.delete" removes mem_root/<name> instead.
void add_dir(fs::MemoryFileSystem& fs, const std::string& disk_dir, const std::string& mem_root);

bool updating_goldens();

// Compares `actual` (relative path -> bytes) with the files under golden_dir.
// Returns a description of every difference (empty when equal). When
// updating, rewrites golden_dir to match and returns empty.
std::string compare_golden(const std::map<std::string, std::string>& actual,
                           const std::string& golden_dir);

}  // namespace shnor::test
