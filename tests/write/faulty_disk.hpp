#pragma once
// A DiskOps that fails one chosen call (or, simulating a kill, every call
// from it on) and passes the rest to the real disk.
#include <unistd.h>

#include <mutex>
#include <string>

#include "write/disk_ops.hpp"

namespace shnor::test {

class FaultyDisk : public write::DiskOps {
public:
    // Fails the fail_at-th (1-based) changing call with err. With `killed`,
    // every later changing call fails too, removals included: the disk stays
    // as a process killed at that instant would leave it.
    FaultyDisk(int fail_at, int err, bool killed = false)
        : fail_at_(fail_at), err_(err), killed_(killed) {}

    bool fired() const { return !fired_op_.empty(); }
    const std::string& fired_op() const { return fired_op_; }

    int mkdir(const std::string& p) override {
        return run("mkdir", [&] { return real().mkdir(p); });
    }
    int create(const std::string& p, int& fd) override {
        return run("create", [&] { return real().create(p, fd); });
    }
    int write(int fd, std::string_view b) override {
        return run("write", [&] { return real().write(fd, b); });
    }
    int close(int fd) override {
        int e = step("close");
        int c = real().close(fd);  // the descriptor is gone either way
        return e ? e : c;
    }
    int fsync(const std::string& p) override {
        return run("fsync", [&] { return real().fsync(p); });
    }
    int syncfs(const std::string& p) override {
        return run("syncfs", [&] { return real().syncfs(p); });
    }
    int link(const std::string& a, const std::string& b) override {
        return run("link", [&] { return real().link(a, b); });
    }
    int rename(const std::string& a, const std::string& b) override {
        return run("rename", [&] { return real().rename(a, b); });
    }
    int exchange(const std::string& a, const std::string& b) override {
        return run("exchange", [&] { return real().exchange(a, b); });
    }
    int remove_tree(const std::string& p) override {
        if (killed_ && fired()) return err_;
        return real().remove_tree(p);
    }
    int lock(const std::string& p, int& fd) override {
        return run("lock", [&] { return real().lock(p, fd); });
    }
    void unlock(int fd) override { real().unlock(fd); }
    write::EntryKind kind(const std::string& p) override { return real().kind(p); }
    std::string identity(const std::string& p) override { return real().identity(p); }
    int list(const std::string& d, std::vector<write::DirEntry>& out) override {
        return real().list(d, out);
    }
    int read(const std::string& p, std::string& out) override { return real().read(p, out); }

private:
    static write::DiskOps& real() { return write::real_disk(); }
    template <class F>
    int run(const char* op, F f) {
        int e = step(op);
        return e ? e : f();
    }
    int step(const char* op) {
        std::lock_guard lock(mutex_);
        ++calls_;
        if (calls_ == fail_at_) fired_op_ = op;
        return calls_ == fail_at_ || (killed_ && calls_ > fail_at_) ? err_ : 0;
    }

    int fail_at_, err_;
    bool killed_;
    std::mutex mutex_;
    int calls_ = 0;
    std::string fired_op_;
};

}  // namespace shnor::test
