#include "diag/source_loc.hpp"

#include <mutex>
#include <unordered_set>

namespace shnor::diag {

FilePath::FilePath(std::string_view path) {
    if (path.empty()) return;
    // Never destroyed: positions may be read during static destruction.
    static auto* paths = new std::unordered_set<std::string>;
    static std::mutex lock;
    std::string key(path);
    std::lock_guard<std::mutex> hold(lock);
    p_ = &*paths->insert(std::move(key)).first;  // nodes never move
}

const std::string& FilePath::empty_string() {
    static const std::string none;
    return none;
}

}  // namespace shnor::diag
