#include "support/fixtures.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

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

std::string compare_golden(const std::map<std::string, std::string>& actual,
                           const std::string& golden_dir) {
    if (updating_goldens()) {
        stdfs::remove_all(golden_dir);
        for (const auto& [rel, bytes] : actual) {
            auto path = stdfs::path(golden_dir) / rel;
            stdfs::create_directories(path.parent_path());
            std::ofstream(path, std::ios::binary) << bytes;
        }
        return {};
    }
    std::string diff;
    std::map<std::string, std::string> expected;
    if (stdfs::exists(golden_dir))
        for (const auto& e : stdfs::recursive_directory_iterator(golden_dir))
            if (e.is_regular_file())
                expected[stdfs::relative(e.path(), golden_dir).generic_string()] =
                    read_file(e.path().string());
    for (const auto& [rel, bytes] : expected) {
        auto it = actual.find(rel);
        if (it == actual.end())
            diff += "no longer produced: " + rel + "\n";
        else if (it->second != bytes)
            diff += "differs: " + rel + "\n";
    }
    for (const auto& [rel, bytes] : actual)
        if (!expected.count(rel)) diff += "new file (not in goldens): " + rel + "\n";
    if (!diff.empty())
        diff += "(run `make update-goldens` after an intended change, review the diff)\n";
    return diff;
}

}  // namespace shnor::test
