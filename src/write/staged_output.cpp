#include "write/staged_output.hpp"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <thread>
#include <vector>

#include "write/site_writer.hpp"

namespace shnor::write {

class StagedOutput::Stream final : public OutputStream {
public:
    Stream(StagedOutput& out, std::string rel, int fd) : out_(out), rel_(std::move(rel)), fd_(fd) {}
    ~Stream() override {
        if (fd_ >= 0) close();
    }
    bool write(std::string_view bytes) override {
        if (fd_ < 0 || err_) return false;
        err_ = out_.disk_.write(fd_, bytes);
        return err_ == 0;
    }
    bool close() override {
        if (fd_ < 0) return false;
        int c = out_.disk_.close(fd_);
        fd_ = -1;
        if (err_ || c) return out_.fail_file(rel_, err_ ? err_ : c);
        return true;
    }

private:
    StagedOutput& out_;
    std::string rel_;
    int fd_;
    int err_ = 0;
};

StagedOutput::StagedOutput(const std::string& out, const std::string& content, DiskOps& disk)
    : disk_(disk), shown_out_(out) {
    while (shown_out_.size() > 1 && shown_out_.back() == '/') shown_out_.pop_back();
    prepare(content);
}

StagedOutput::~StagedOutput() {
    if (spare_ && !committed_)
        save_spare();  // still a spare, with what this build changed in it
    else if (!staging_.empty() && !committed_)
        disk_.remove_tree(staging_);
    disk_.unlock(lock_fd_);
}

// What every written file needs first: a safe path, its folders and, in the
// spare, no previous entry (it may be a link to the live site's file).
bool StagedOutput::begin_writing(const std::string& rel) {
    if (!is_safe_output_path(rel)) return fail("недопустимый путь в выводе: \"" + rel + "\"");
    wrote_ = true;
    if (failed() || !ready() || (spare_ && !begin_spare()) || !make_dirs_for(rel)) return false;
    {
        std::lock_guard lock(mutex_);
        written_.insert(rel);
    }
    if (spare_) disk_.remove_tree(staging_ + "/" + rel);
    return true;
}

bool StagedOutput::put(const std::string& rel, std::string_view bytes) {
    if (!begin_writing(rel)) return false;
    return write_whole(staging_ + "/" + rel, rel, bytes);
}

// Only checked now, linked at commit(): a build that writes nothing leaves
// the old site in place and need not restage it at all.
bool StagedOutput::reuse(const std::string& rel) {
    if (!is_safe_output_path(rel)) return fail("недопустимый путь в выводе: \"" + rel + "\"");
    if (failed() || disk_.kind(out_ + "/" + rel) != EntryKind::File) return false;
    std::lock_guard lock(mutex_);
    reused_.push_back(rel);
    return true;
}

// Tens of thousands on a large site: on as many threads as the schools,
// until one fails.
bool StagedOutput::each_reused(unsigned threads, bool (StagedOutput::*f)(const std::string&)) {
    const unsigned n = std::max(1u, threads);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < reused_.size() && !failed(); i = next++)
            (this->*f)(reused_[i]);
    };
    std::vector<std::thread> helpers;
    for (unsigned t = 1; t < n && t < reused_.size(); ++t) helpers.emplace_back(work);
    work();
    for (auto& t : helpers) t.join();
    return !failed();
}

// A hard link to the previous site's file; a copy where linking fails
// (another file system, no permission to link). A file the build wrote
// since (a school rendered again over its links) wins.
bool StagedOutput::link_previous(const std::string& rel) {
    if (!make_dirs_for(rel)) return false;
    const int err = disk_.link(out_ + "/" + rel, staging_ + "/" + rel);
    if (err == 0 || err == EEXIST) return true;
    std::string bytes;
    if (int read = disk_.read(out_ + "/" + rel, bytes))
        return fail("файл прежней сборки пропал во время сборки: \"" + shown(rel) + "\" (" +
                    errno_ru(read) + ")");
    return write_whole(staging_ + "/" + rel, rel, bytes);
}

std::unique_ptr<OutputStream> StagedOutput::open(const std::string& rel) {
    int fd = -1;
    if (begin_writing(rel)) {
        if (int err = disk_.create(staging_ + "/" + rel, fd)) fail_file(rel, err);
    }
    return std::make_unique<Stream>(*this, rel, fd);
}

std::string StagedOutput::identity() const {
    if (out_.empty()) return {};
    return disk_.identity(out_ + "/" + kMarker);
}

std::string StagedOutput::failure() const {
    std::lock_guard lock(mutex_);
    return failure_;
}

bool StagedOutput::commit(unsigned threads) {
    if (failed() || committed_ || !ready()) return !failed() && committed_;
    // A README committed in the output folder stays (the build's own wins).
    if (!written_.count("README.md") && disk_.kind(out_ + "/README.md") == EntryKind::File)
        reused_.push_back("README.md");
    if (spare_ ? !(begin_spare() && settle_spare(threads))
               : !each_reused(threads, &StagedOutput::link_previous))
        return false;
    if (int err = disk_.syncfs(staging_))
        return fail("не удалось сохранить сборку на диск \"" + shown_out_ + "\": " + errno_ru(err));
    return swap_in();
}

bool StagedOutput::swap_in() {
    // The old tree lands at the staging path. Should this build be killed
    // before removing it, the next one recognises it: by its marker, or as
    // holding nothing but a README (already carried into the new site).
    bool had_old = disk_.kind(out_) != EntryKind::None;
    int err = had_old ? disk_.exchange(staging_, out_) : disk_.rename(staging_, out_);
    const bool exchanged = had_old && err == 0;
    if (had_old && (err == EINVAL || err == ENOSYS)) {
        // No RENAME_EXCHANGE here: two renames; a kill between them leaves
        // the old site beside, and the next build puts it back first.
        auto old = parent_ + "/." + name_ + ".shnor-old-" + std::to_string(::getpid());
        err = disk_.rename(out_, old);
        if (!err && (err = disk_.rename(staging_, out_)) != 0) disk_.rename(old, out_);
        if (!err) staging_ = old;
    }
    if (err)
        return fail("не удалось заменить папку вывода \"" + shown_out_ + "\": " + errno_ru(err));
    committed_ = true;
    disk_.fsync(parent_);                // the swap is done either way; this only hastens it
    if (had_old) keep_spare(exchanged);  // the old site, now at staging_
    return true;
}

bool StagedOutput::make_dirs_for(const std::string& rel) {
    for (auto slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1)) {
        auto dir = rel.substr(0, slash);
        {
            std::lock_guard lock(mutex_);
            if (dirs_.count(dir)) continue;
        }
        auto path = staging_ + "/" + dir;
        int err = disk_.mkdir(path);
        // Another thread may have made it a moment ago: fine if it is a folder.
        if (err == EEXIST && disk_.kind(path) == EntryKind::Dir) err = 0;
        if (err == EEXIST && spare_) err = replace_with_dir(path);
        if (err) return fail("не удалось создать папку \"" + shown(dir) + "\": " + errno_ru(err));
        std::lock_guard lock(mutex_);
        dirs_.insert(dir);
    }
    return true;
}

bool StagedOutput::write_whole(const std::string& path, const std::string& rel,
                               std::string_view bytes) {
    int fd = -1;
    if (int err = disk_.create(path, fd)) return fail_file(rel, err);
    int err = disk_.write(fd, bytes);
    int closed = disk_.close(fd);
    if (err || closed) return fail_file(rel, err ? err : closed);
    return true;
}

bool StagedOutput::fail(const std::string& message) {
    std::lock_guard lock(mutex_);
    if (failure_.empty()) failure_ = message;
    return false;
}

bool StagedOutput::fail_file(const std::string& rel, int err) {
    return fail("не удалось записать файл \"" + shown(rel) + "\": " + errno_ru(err));
}

bool StagedOutput::failed() const {
    std::lock_guard lock(mutex_);
    return !failure_.empty();
}

std::string StagedOutput::shown(const std::string& rel) const { return shown_out_ + "/" + rel; }

}  // namespace shnor::write
