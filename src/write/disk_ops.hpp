#pragma once
// Every disk operation of the writer, behind one small interface: the real
// one (POSIX) and, in tests, one that fails a chosen call so each step of a
// build can be made to fail in turn. Calls return 0 or an errno value; they
// never throw. Implementations are thread-safe (schools write in parallel).
#include <string>
#include <string_view>
#include <vector>

namespace shnor::write {

enum class EntryKind { None, File, Dir, Other };  // Other: symlinks, devices, ...

struct DirEntry {
    std::string name;
    EntryKind kind = EntryKind::Other;
};

class DiskOps {
public:
    virtual ~DiskOps() = default;
    // One folder; EEXIST when anything is already there.
    virtual int mkdir(const std::string& path) = 0;
    // A new or truncated regular file open for writing.
    virtual int create(const std::string& path, int& fd) = 0;
    // Writes all of bytes (retrying short writes).
    virtual int write(int fd, std::string_view bytes) = 0;
    virtual int close(int fd) = 0;
    // Makes path (file or folder) durable.
    virtual int fsync(const std::string& path) = 0;
    // Flushes the whole file system holding path (syncfs).
    virtual int syncfs(const std::string& path) = 0;
    virtual int link(const std::string& from, const std::string& to) = 0;
    virtual int rename(const std::string& from, const std::string& to) = 0;
    // Swaps two existing paths in one atomic step (renameat2 RENAME_EXCHANGE).
    virtual int exchange(const std::string& a, const std::string& b) = 0;
    // Removes a file or a whole tree; symlinks are removed, not followed.
    virtual int remove_tree(const std::string& path) = 0;
    // An exclusive flock on path (created if missing), without waiting:
    // EWOULDBLOCK when another process holds it. unlock releases it.
    virtual int lock(const std::string& path, int& fd) = 0;
    virtual void unlock(int fd) = 0;
    // What path is, without following a final symlink; None when absent.
    virtual EntryKind kind(const std::string& path) = 0;
    // Which file path is, as text (device, inode, change time); empty when
    // absent. A file made later has another, even on a recycled inode.
    virtual std::string identity(const std::string& path) = 0;
    virtual int list(const std::string& dir, std::vector<DirEntry>& out) = 0;
    virtual int read(const std::string& path, std::string& out) = 0;
};

// The process's real disk.
DiskOps& real_disk();

// Why an operation failed, in Russian ("нет места на диске", "превышена квота").
std::string errno_ru(int err);

}  // namespace shnor::write
