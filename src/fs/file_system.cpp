#include "fs/file_system.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace shnor::fs {

namespace stdfs = std::filesystem;

std::string join(const std::string& root, const std::string& rel) {
    if (root.empty() || root == ".") return rel;
    return root.back() == '/' ? root + rel : root + "/" + rel;
}

std::optional<Stamp> DiskFileSystem::stamp(const std::string& root, const std::string& rel) const {
    struct stat st {};
    if (::lstat(join(root, rel).c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return Stamp{static_cast<std::uint64_t>(st.st_size),
                 static_cast<std::uint64_t>(st.st_mtim.tv_sec) * 1000000000ull +
                     static_cast<std::uint64_t>(st.st_mtim.tv_nsec),
                 static_cast<std::uint64_t>(st.st_ino)};
}

std::vector<std::string> DiskFileSystem::list(const std::string& root, diag::Sink& sink) const {
    std::vector<std::string> out;
    std::error_code ec;
    stdfs::recursive_directory_iterator it(root, stdfs::directory_options::none, ec), end;
    if (ec) {
        sink.error({root, 0, 0}, "не удалось открыть папку с данными: " + ec.message());
        return out;
    }
    // Entries are root/<rel>: cut the prefix (stdfs::relative would resolve
    // every path on disk again, tens of thousands of times on a rebuild).
    const std::string prefix = (stdfs::path(root) / "").string();
    for (; it != end; it.increment(ec)) {
        if (ec) {
            sink.error({root, 0, 0}, "ошибка чтения папки: " + ec.message());
            break;
        }
        const std::string& full = it->path().native();
        auto rel = full.compare(0, prefix.size(), prefix) == 0
                       ? full.substr(prefix.size())
                       : stdfs::relative(it->path(), root, ec).generic_string();
        auto name = it->path().filename().string();
        if (!name.empty() && name[0] == '.') {  // .git, editor files
            if (it->is_directory()) it.disable_recursion_pending();
            continue;
        }
        auto st = it->symlink_status();
        if (stdfs::is_symlink(st)) {
            sink.error({join(root, rel), 0, 0},
                       "символические ссылки не допускаются: данные должны лежать в самой папке");
        } else if (stdfs::is_regular_file(st)) {
            out.push_back(rel);
        } else if (!stdfs::is_directory(st)) {
            sink.error({join(root, rel), 0, 0}, "это не обычный файл");
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::optional<std::string> DiskFileSystem::read(const std::string& root, const std::string& rel,
                                                std::size_t max_bytes, diag::Sink& sink) const {
    auto path = join(root, rel);
    std::error_code ec;
    auto size = stdfs::file_size(path, ec);
    if (ec) {
        sink.error({path, 0, 0}, "не удалось прочитать файл: " + ec.message());
        return std::nullopt;
    }
    if (size > max_bytes) {
        sink.error({path, 0, 0}, "файл слишком большой: " + std::to_string(size) +
                                     " байт, допустимо не более " + std::to_string(max_bytes));
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::ostringstream buf;
    buf << in.rdbuf();
    if (!in) {
        sink.error({path, 0, 0}, "не удалось прочитать файл");
        return std::nullopt;
    }
    return buf.str();
}

bool DiskFileSystem::is_dir(const std::string& path) const {
    std::error_code ec;
    return stdfs::is_directory(path, ec);
}

std::vector<std::string> MemoryFileSystem::list(const std::string& root, diag::Sink&) const {
    std::vector<std::string> out;
    auto prefix = join(root, "");
    for (const auto& [path, bytes] : files)
        if (path.rfind(prefix, 0) == 0) out.push_back(path.substr(prefix.size()));
    return out;
}

std::optional<std::string> MemoryFileSystem::read(const std::string& root, const std::string& rel,
                                                  std::size_t max_bytes, diag::Sink& sink) const {
    auto path = join(root, rel);
    auto it = files.find(path);
    if (it == files.end()) {
        sink.error({path, 0, 0}, "файл не найден");
        return std::nullopt;
    }
    if (it->second.size() > max_bytes) {
        sink.error({path, 0, 0}, "файл слишком большой: " + std::to_string(it->second.size()) +
                                     " байт, допустимо не более " + std::to_string(max_bytes));
        return std::nullopt;
    }
    return it->second;
}

bool MemoryFileSystem::is_dir(const std::string& path) const {
    auto prefix = join(path, "");
    return std::any_of(files.begin(), files.end(),
                       [&](const auto& f) { return f.first.rfind(prefix, 0) == 0; });
}

}  // namespace shnor::fs
