#include "write/disk_ops.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <filesystem>

namespace shnor::write {

namespace {

// Opens path read-only, runs f on the descriptor, closes it.
template <class F>
int with_fd(const std::string& path, int flags, F f) {
    int fd = ::open(path.c_str(), flags | O_RDONLY | O_CLOEXEC);
    if (fd < 0) return errno;
    int err = f(fd) == 0 ? 0 : errno;
    ::close(fd);
    return err;
}

EntryKind kind_of(mode_t mode) {
    if (S_ISREG(mode)) return EntryKind::File;
    if (S_ISDIR(mode)) return EntryKind::Dir;
    return EntryKind::Other;
}

class RealDisk : public DiskOps {
public:
    int mkdir(const std::string& path) override {
        return ::mkdir(path.c_str(), 0777) == 0 ? 0 : errno;
    }
    int create(const std::string& path, int& fd) override {
        // Never truncate in place: the file may be a hard link into the
        // previous site (StagedOutput::reuse).
        ::unlink(path.c_str());
        fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0666);
        return fd < 0 ? errno : 0;
    }
    int write(int fd, std::string_view bytes) override {
        while (!bytes.empty()) {
            auto n = ::write(fd, bytes.data(), bytes.size());
            if (n < 0 && errno == EINTR) continue;
            if (n < 0) return errno;
            if (n == 0) return EIO;
            bytes.remove_prefix(static_cast<std::size_t>(n));
        }
        return 0;
    }
    int close(int fd) override { return ::close(fd) == 0 ? 0 : errno; }
    int fsync(const std::string& path) override {
        return with_fd(path, 0, [](int fd) { return ::fsync(fd); });
    }
    int syncfs(const std::string& path) override {
        return with_fd(path, O_DIRECTORY, [](int fd) { return ::syncfs(fd); });
    }
    int link(const std::string& from, const std::string& to) override {
        return ::link(from.c_str(), to.c_str()) == 0 ? 0 : errno;
    }
    int rename(const std::string& from, const std::string& to) override {
        return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
    }
    int exchange(const std::string& a, const std::string& b) override {
        return ::renameat2(AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), RENAME_EXCHANGE) == 0 ? 0
                                                                                           : errno;
    }
    int remove_tree(const std::string& path) override {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
        return ec ? ec.value() : 0;
    }
    int lock(const std::string& path, int& fd) override {
        fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
        if (fd < 0) return errno;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return 0;
        int err = errno;
        ::close(fd);
        fd = -1;
        return err;
    }
    void unlock(int fd) override {
        if (fd >= 0) ::close(fd);  // closing the descriptor releases the flock
    }
    EntryKind kind(const std::string& path) override {
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) return EntryKind::None;
        return kind_of(st.st_mode);
    }
    std::string identity(const std::string& path) override {
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) return {};
        const auto ns =
            static_cast<long long>(st.st_ctim.tv_sec) * 1000000000LL + st.st_ctim.tv_nsec;
        return std::to_string(st.st_dev) + ":" + std::to_string(st.st_ino) + ":" +
               std::to_string(ns);
    }
    int list(const std::string& dir, std::vector<DirEntry>& out) override {
        DIR* d = ::opendir(dir.c_str());
        if (!d) return errno;
        while (auto* e = ::readdir(d)) {
            std::string name = e->d_name;
            if (name == "." || name == "..") continue;
            out.push_back({name, kind(dir + "/" + name)});
        }
        ::closedir(d);
        return 0;
    }
    int read(const std::string& path, std::string& out) override {
        int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0) return errno;
        char buf[65536];
        for (;;) {
            auto n = ::read(fd, buf, sizeof buf);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                int err = n < 0 ? errno : 0;
                ::close(fd);
                return err;
            }
            out.append(buf, static_cast<std::size_t>(n));
        }
    }
};

}  // namespace

DiskOps& real_disk() {
    static RealDisk disk;
    return disk;
}

std::string errno_ru(int err) {
    switch (err) {
        case ENOSPC:
            return "нет места на диске";
        case EDQUOT:
            return "превышена квота";
        case EACCES:
        case EPERM:
            return "нет прав на запись";
        case EROFS:
            return "файловая система только для чтения";
        case ENOENT:
            return "нет такого файла или папки";
        case ENOTDIR:
            return "часть пути не является папкой";
        case EEXIST:
            return "уже существует";
        case ENAMETOOLONG:
            return "слишком длинное имя";
        case EIO:
            return "ошибка ввода-вывода";
        case EMFILE:
        case ENFILE:
            return "открыто слишком много файлов";
        default:
            return "системная ошибка " + std::to_string(err);
    }
}

}  // namespace shnor::write
