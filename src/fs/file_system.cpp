#include "fs/file_system.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace shnor::fs {

namespace stdfs = std::filesystem;

std::string join(const std::string& root, const std::string& rel) {
    if (root.empty() || root == ".") return rel;
    return root.back() == '/' ? root + rel : root + "/" + rel;
}

namespace {

std::optional<Stamp> stamp_of(int err, const struct stat& st) {
    if (err != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
    return Stamp{static_cast<std::uint64_t>(st.st_size),
                 static_cast<std::uint64_t>(st.st_mtim.tv_sec) * 1000000000ull +
                     static_cast<std::uint64_t>(st.st_mtim.tv_nsec),
                 static_cast<std::uint64_t>(st.st_ino)};
}

}  // namespace

std::optional<Stamp> DiskFileSystem::stamp(const std::string& root, const std::string& rel) const {
    struct stat st {};
    return stamp_of(::lstat(join(root, rel).c_str(), &st), st);
}

namespace {

std::string system_message(int err) {
    return std::error_code(err, std::generic_category()).message();
}

// What an entry is: the folder listing's d_type spares a stat per file (a
// rebuild lists half a million of them); lstat only where the file system
// leaves it unknown.
unsigned char type_of(const std::string& root, const std::string& rel, unsigned char type) {
    if (type != DT_UNKNOWN) return type;
    struct stat st {};
    if (::lstat(join(root, rel).c_str(), &st) != 0) return DT_UNKNOWN;
    return S_ISLNK(st.st_mode)   ? DT_LNK
           : S_ISDIR(st.st_mode) ? DT_DIR
           : S_ISREG(st.st_mode) ? DT_REG
                                 : DT_UNKNOWN;
}

// Calls f(name, d_type) for each entry of the open folder fd but . and ..;
// 0 or errno. getdents64 itself, not readdir: opendir costs an fstat and a
// 32 KB buffer per folder, and a rebuild opens a hundred thousand folders.
template <typename F>
int each_entry(int fd, F f) {
    alignas(struct dirent64) char buf[16384];
    for (;;) {
        const ssize_t n = ::getdents64(fd, buf, sizeof buf);
        if (n == 0) return 0;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno;
        for (ssize_t off = 0; off < n;) {
            const auto* e = reinterpret_cast<const struct dirent64*>(buf + off);
            off += e->d_reclen;
            const std::string_view name(e->d_name);
            if (name != "." && name != "..") f(name, e->d_type);
        }
    }
}

using Found = std::vector<std::pair<std::string, std::optional<Stamp>>>;

// The files under root/rel, depth first; one folder open at a time.
void walk(const std::string& root, const std::string& rel, const Scope& scope, Found& files,
          Listed& out, diag::Sink& sink) {
    const std::string dir = rel.empty() ? root : join(root, rel);
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        const int err = errno;
        sink.error({dir, 0, 0}, (rel.empty() ? "не удалось открыть папку с данными: "
                                             : "ошибка чтения папки: ") +
                                    system_message(err));
        return;
    }
    const bool stop = !scope.stop_below.empty() && rel == scope.stop_below;
    std::vector<std::string> folders;
    const int err = each_entry(fd, [&](std::string_view name, unsigned char type) {
        if (name[0] == '.') return;  // .git, editor files
        std::string path = rel.empty() ? std::string(name) : rel + "/" + std::string(name);
        switch (type_of(root, path, type)) {
            case DT_REG: {
                struct stat st {};
                const std::string n(name);
                files.emplace_back(
                    std::move(path),
                    stamp_of(::fstatat(fd, n.c_str(), &st, AT_SYMLINK_NOFOLLOW), st));
                break;
            }
            case DT_DIR:
                (stop ? out.folders : folders).push_back(std::move(path));
                break;
            case DT_LNK:
                sink.error(
                    {join(root, path), 0, 0},
                    "символические ссылки не допускаются: данные должны лежать в самой папке");
                break;
            default:
                sink.error({join(root, path), 0, 0}, "это не обычный файл");
        }
    });
    if (err != 0) sink.error({dir, 0, 0}, "ошибка чтения папки: " + system_message(err));
    ::close(fd);
    for (const auto& f : folders) walk(root, f, scope, files, out, sink);
}

}  // namespace

Listed DiskFileSystem::list(const std::string& root, const Scope& scope, diag::Sink& sink) const {
    Listed out;
    Found files;
    walk(root, scope.under, scope, files, out, sink);
    std::sort(files.begin(), files.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& [rel, stamp] : files) {
        out.files.push_back(std::move(rel));
        out.stamps.push_back(stamp);
    }
    std::sort(out.folders.begin(), out.folders.end());
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

Listed MemoryFileSystem::list(const std::string& root, const Scope& scope, diag::Sink&) const {
    Listed out;
    const auto prefix = join(root, "");
    const auto under = scope.under.empty() ? prefix : join(prefix, scope.under + "/");
    const auto stop = scope.stop_below.empty() ? "" : scope.stop_below + "/";
    for (const auto& [path, bytes] : files) {
        if (path.rfind(under, 0) != 0) continue;
        auto rel = path.substr(prefix.size());
        auto slash = stop.empty() || rel.rfind(stop, 0) != 0 ? std::string::npos
                                                             : rel.find('/', stop.size());
        if (slash == std::string::npos)
            out.files.push_back(std::move(rel));
        else if (out.folders.empty() || out.folders.back() != rel.substr(0, slash))
            out.folders.push_back(rel.substr(0, slash));
    }
    // "a-b/" sorts before "a/" among paths, after "a" among names.
    std::sort(out.folders.begin(), out.folders.end());
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
