#include "support/fixtures.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/page_frame.hpp"

namespace shnor::test {

namespace stdfs = std::filesystem;

std::string test_dir() { return SHNOR_TEST_DIR; }

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void add_dir(fs::MemoryFileSystem& fs, const std::string& disk_dir, const std::string& mem_root) {
    std::vector<stdfs::path> paths;
    for (const auto& e : stdfs::recursive_directory_iterator(disk_dir))
        if (e.is_regular_file()) paths.push_back(e.path());
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
        auto rel = stdfs::relative(p, disk_dir).generic_string();
        const std::string suffix = ".delete";
        if (rel.size() > suffix.size() &&
            rel.compare(rel.size() - suffix.size(), suffix.size(), suffix) == 0)
            fs.files.erase(mem_root + "/" + rel.substr(0, rel.size() - suffix.size()));
        else
            fs.files[mem_root + "/" + rel] = read_file(p.string());
    }
}

bool updating_goldens() {
    const char* v = std::getenv("SHNOR_UPDATE_GOLDENS");
    return v && std::string(v) == "1";
}

namespace {

Files read_tree(const std::string& dir) {
    Files files;
    if (stdfs::exists(dir))
        for (const auto& e : stdfs::recursive_directory_iterator(dir))
            if (e.is_regular_file())
                files[stdfs::relative(e.path(), dir).generic_string()] =
                    read_file(e.path().string());
    return files;
}

void write_tree(const Files& files, const std::string& dir) {
    stdfs::remove_all(dir);
    for (const auto& [rel, bytes] : files) {
        auto path = stdfs::path(dir) / rel;
        stdfs::create_directories(path.parent_path());
        std::ofstream(path, std::ios::binary) << bytes;
    }
}

std::string diff_files(const Files& actual, const Files& expected) {
    std::string diff;
    for (const auto& [rel, bytes] : expected) {
        auto it = actual.find(rel);
        if (it == actual.end())
            diff += "no longer produced: " + rel + "\n";
        else if (it->second != bytes)
            diff += "differs: " + rel + ", " + first_difference(bytes, it->second) + "\n";
    }
    for (const auto& [rel, bytes] : actual)
        if (!expected.count(rel)) diff += "new file (not in goldens): " + rel + "\n";
    return diff;
}

const char* const kUpdateHint =
    "(run `make update-goldens` after an intended change, review the diff)\n";

bool is_html(const std::string& path) {
    return path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0;
}

// Pages whose frame is not frame_page's, once both are normalised.
std::string frame_mismatches(const Files& site, const std::string& frame_page) {
    auto home = site.find(frame_page);
    auto home_parts = home == site.end() ? std::nullopt : split_page(home->second);
    if (!home_parts) return {};
    const auto want = normalise_frame(home_parts->frame, frame_page).shared;
    std::string diff;
    for (const auto& [rel, bytes] : site) {
        auto parts = is_html(rel) ? split_page(bytes) : std::nullopt;
        if (!parts) continue;
        auto got = normalise_frame(parts->frame, rel).shared;
        if (got != want)
            diff += "frame of " + rel + " differs from " + frame_page + "'s (normalised), " +
                    first_difference(want, got) + "\n";
    }
    return diff;
}

}  // namespace

std::string compare_golden(const Files& actual, const std::string& golden_dir) {
    if (updating_goldens()) {
        write_tree(actual, golden_dir);
        return {};
    }
    auto diff = diff_files(actual, read_tree(golden_dir));
    return diff.empty() ? diff : diff + kUpdateHint;
}

SiteGoldens site_goldens(const Files& site, const std::string& frame_page) {
    SiteGoldens goldens;
    for (const auto& [rel, bytes] : site) {
        auto parts = is_html(rel) ? split_page(bytes) : std::nullopt;
        goldens.files[rel] = parts ? parts->main : bytes;
        if (!parts) continue;
        if (rel == frame_page) goldens.frame = parts->frame;
        goldens.pages += rel + ": " + normalise_frame(parts->frame, rel).own + "\n";
    }
    return goldens;
}

std::string diff_site(const Files& site, const SiteGoldens& want, const std::string& frame_page) {
    const auto got = site_goldens(site, frame_page);
    auto diff = diff_files(got.files, want.files);
    if (got.frame != want.frame)
        diff += "frame differs: " + frame_page + " outside <main>, " +
                first_difference(want.frame, got.frame) + "\n";
    if (got.pages != want.pages)
        diff += "pages' own frame parts differ (title, kind, current menu item), " +
                first_difference(want.pages, got.pages) + "\n";
    if (!diff.empty()) diff += kUpdateHint;
    // Not fixed by updating the goldens: the pages' frames themselves disagree.
    return diff + frame_mismatches(site, frame_page);
}

std::string compare_site_golden(const Files& site, const std::string& golden_dir,
                                const std::string& frame_page) {
    const auto frame = golden_dir + "-frame.html", pages = golden_dir + "-pages.txt";
    if (updating_goldens()) {
        auto goldens = site_goldens(site, frame_page);
        write_tree(goldens.files, golden_dir);
        std::ofstream(frame, std::ios::binary) << goldens.frame;
        std::ofstream(pages, std::ios::binary) << goldens.pages;
    }
    return diff_site(site, {read_tree(golden_dir), read_file(frame), read_file(pages)}, frame_page);
}

}  // namespace shnor::test
