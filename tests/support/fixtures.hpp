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

using Files = std::map<std::string, std::string>;  // relative path -> bytes

// Compares `actual` with the files under golden_dir. Returns a description of
// every difference (empty when equal). When updating, rewrites golden_dir to
// match and returns empty.
std::string compare_golden(const Files& actual, const std::string& golden_dir);

// What the goldens of a rendered site hold: each HTML page's <main> element
// (the whole page when it has none), every other file whole, the frame of
// frame_page whole, and a list of what each page's frame says of its own: title,
// kind, current menu item (support/page_frame.hpp).
struct SiteGoldens {
    Files files;
    std::string frame;
    std::string pages;
};
SiteGoldens site_goldens(const Files& site, const std::string& frame_page);

// Every difference between a rendered site and its goldens, and every HTML page
// whose frame, normalised, differs from frame_page's; empty when none.
std::string diff_site(const Files& site, const SiteGoldens& want, const std::string& frame_page);

// diff_site against the goldens <golden_dir>/ (files), <golden_dir>-frame.html
// and <golden_dir>-pages.txt. When updating, rewrites them first: what is left
// is pages whose frames differ, which no golden can record.
std::string compare_site_golden(const Files& site, const std::string& golden_dir,
                                const std::string& frame_page = "index.html");

}  // namespace shnor::test
