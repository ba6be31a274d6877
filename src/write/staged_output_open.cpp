// Opening a StagedOutput: every check that must pass before a build may
// write anything, in order. See staged_output.hpp for the guarantees.
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <filesystem>

#include "write/site_writer.hpp"
#include "write/staged_output.hpp"

namespace shnor::write {

namespace stdfs = std::filesystem;

namespace {

// Absolute, with every existing symlink resolved; empty when impossible.
std::string resolved(const std::string& path) {
    std::error_code ec;
    auto abs = stdfs::absolute(path, ec);
    if (ec) return {};
    auto real = stdfs::weakly_canonical(abs, ec);
    if (ec) return {};
    auto s = real.lexically_normal().string();
    while (s.size() > 1 && s.back() == '/') s.pop_back();
    return s;
}

bool within(const std::string& inner, const std::string& outer) {
    if (outer == "/") return true;
    return inner == outer || inner.rfind(outer + "/", 0) == 0;
}

std::string shown_parent(const std::string& shown_out) {
    auto p = stdfs::path(shown_out).lexically_normal().parent_path().string();
    return p.empty() ? "." : p;
}

bool is_leftover_name(const std::string& entry, const std::string& name) {
    auto prefix = "." + name + ".shnor-";
    return entry.rfind(prefix + "new", 0) == 0 || entry.rfind(prefix + "old", 0) == 0;
}

}  // namespace

bool StagedOutput::prepare(const std::string& content) {
    if (shown_out_.empty()) return fail("не указана папка вывода");
    out_ = resolved(shown_out_);
    auto slash = out_.rfind('/');
    if (out_.empty() || slash == std::string::npos || out_ == "/")
        return fail("папка вывода \"" + shown_out_ + "\" недопустима");
    parent_ = slash == 0 ? "/" : out_.substr(0, slash);
    name_ = out_.substr(slash + 1);
    return check_overlap(content) && make_parent_dirs() && take_lock() &&
           (clean_leftovers(), check_replaceable()) && (has_spare() || make_staging());
}

// Building into the content folder (or content into the output folder)
// would replace the content with the site.
bool StagedOutput::check_overlap(const std::string& content) {
    if (content.empty()) return true;
    auto c = resolved(content);
    if (c.empty()) return true;  // no such folder: loading reports it
    if (within(out_, c))
        return fail("папка вывода \"" + shown_out_ + "\" находится внутри папки содержимого \"" +
                    content + "\": укажите папку вывода вне её");
    if (within(c, out_))
        return fail("папка содержимого \"" + content + "\" находится внутри папки вывода \"" +
                    shown_out_ + "\": сборка заменила бы её, укажите другую папку вывода");
    return true;
}

bool StagedOutput::make_parent_dirs() {
    std::string at;
    for (const auto& part : stdfs::path(parent_)) {
        if (part == "/") {
            at = "/";
            continue;
        }
        at += (at == "/" ? "" : "/") + part.string();
        auto k = disk_.kind(at);
        if (k == EntryKind::Dir) continue;
        int err = k == EntryKind::None ? disk_.mkdir(at) : ENOTDIR;
        if (err == EEXIST && disk_.kind(at) == EntryKind::Dir) continue;
        if (err)
            return fail("не удалось создать папку вывода \"" + shown_out_ + "\": " + errno_ru(err) +
                        " (" + at + ")");
    }
    return true;
}

bool StagedOutput::take_lock() {
    std::string lock = "." + name_ + ".shnor-lock";
    int err = disk_.lock(parent_ + "/" + lock, lock_fd_);
    if (err == EWOULDBLOCK)
        return fail("в папку вывода \"" + shown_out_ +
                    "\" сейчас пишет другая сборка shnor (блокировка \"" + lock +
                    "\"): дождитесь её окончания");
    if (err)
        return fail("не удалось создать папку вывода \"" + shown_out_ + "\": " + errno_ru(err) +
                    " в папке \"" + shown_parent(shown_out_) + "\"");
    return true;
}

// What killed or failed builds left: staging folders and (from the two-rename
// fallback) a stranded old site, which goes back first if the output is gone.
void StagedOutput::clean_leftovers() {
    std::vector<DirEntry> entries;
    if (disk_.list(parent_, entries) != 0) return;
    std::sort(entries.begin(), entries.end(),
              [](const DirEntry& a, const DirEntry& b) { return a.name < b.name; });
    for (const auto& e : entries) {
        auto path = parent_ + "/" + e.name;
        if (e.kind != EntryKind::Dir || !is_leftover_name(e.name, name_)) continue;
        if (!ours_or_empty(path)) continue;
        if (e.name.find(".shnor-old") != std::string::npos && disk_.kind(out_) == EntryKind::None)
            disk_.rename(path, out_);
        else
            disk_.remove_tree(path);
    }
}

// Shnor made it (the marker), or it holds nothing but a regular file
// README.md (carried over): replacing or removing it loses nothing. A
// *folder* named README.md is user data.
bool StagedOutput::ours_or_empty(const std::string& dir) {
    if (disk_.kind(dir + "/" + kMarker) == EntryKind::File) return true;
    std::vector<DirEntry> entries;
    if (disk_.list(dir, entries) != 0) return false;
    return std::all_of(entries.begin(), entries.end(), [](const DirEntry& e) {
        return e.name == "README.md" && e.kind == EntryKind::File;
    });
}

bool StagedOutput::check_replaceable() {
    auto k = disk_.kind(out_);
    if (k == EntryKind::None) return true;
    if (k != EntryKind::Dir) return fail("\"" + shown_out_ + "\" не является папкой");
    if (ours_or_empty(out_)) return true;
    return fail("папка вывода \"" + shown_out_ +
                "\" не пуста и создана не shnor: укажите другую папку или очистите эту");
}

bool StagedOutput::make_staging() {
    static std::atomic<int> counter{0};
    auto base = parent_ + "/." + name_ + ".shnor-new-" + std::to_string(::getpid()) + "-";
    int err = EEXIST;
    std::string path;
    while (err == EEXIST) {
        path = base + std::to_string(counter++);
        err = disk_.mkdir(path);
    }
    if (err)
        return fail("не удалось создать папку вывода \"" + shown_out_ + "\": " + errno_ru(err) +
                    " в папке \"" + shown_parent(shown_out_) + "\"");
    staging_ = path;  // from here on the destructor removes it
    return write_whole(staging_ + "/" + kMarker, shown(kMarker), "shnor\n");
}

}  // namespace shnor::write
