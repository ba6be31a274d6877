// The spare site (spare_site.hpp): taken as the staging folder, updated in
// place, and kept after the swap. See staged_output.hpp for the guarantees.
#include <algorithm>

#include "write/site_writer.hpp"
#include "write/staged_output.hpp"

namespace shnor::write {

std::string StagedOutput::spare_path() const { return parent_ + "/." + name_ + ".shnor-spare"; }

// Whether a spare of ours is there (a folder by that name without our
// marker is left alone, and no spare is kept beside it). Which folder the
// build stages into is chosen at its first write (ready()): a build that
// writes nothing never reads the spare's manifest.
bool StagedOutput::has_spare() {
    const std::string path = spare_path();
    maybe_spare_ = disk_.kind(path) == EntryKind::Dir && ours_or_empty(path);
    return maybe_spare_;
}

bool StagedOutput::ready() {
    std::call_once(chosen_, [this] {
        if (maybe_spare_ && !open_spare()) make_staging();
    });
    std::lock_guard lock(mutex_);
    return failure_.empty() && !staging_.empty();
}

// A spare is taken only with a whole manifest that pairs it with the site in
// place; any other spare of ours is removed.
bool StagedOutput::open_spare() {
    const std::string path = spare_path();
    std::string text;
    std::optional<SpareManifest> m;
    if (disk_.read(path + "/" + kSpareManifest, text) == 0) m = decode_spare(text);
    const std::string live = disk_.identity(out_ + "/" + kMarker);
    if (!m || live.empty() || m->pair != live) {
        disk_.remove_tree(path);
        return false;
    }
    manifest_ = std::move(*m);
    staging_ = path;
    spare_ = true;
    return true;
}

// Before the first change: the manifest goes (durably), so a build killed
// from here on leaves a spare the next build will not trust; the marker is
// made anew, so the two sites' markers differ.
bool StagedOutput::begin_spare() {
    std::call_once(begun_, [this] {
        // Nothing is changed while the manifest is still there.
        begun_ok_ = disk_.remove_tree(staging_ + "/" + kSpareManifest) == 0 &&
                    disk_.fsync(staging_) == 0 &&
                    disk_.remove_tree(staging_ + "/" + kMarker) == 0 &&
                    write_whole(staging_ + "/" + kMarker, shown(kMarker), "shnor\n");
        if (!begun_ok_) fail("не удалось подготовить папку сборки \"" + staging_ + "\"");
    });
    return begun_ok_;
}

int StagedOutput::replace_with_dir(const std::string& path) {
    std::lock_guard lock(replacing_);
    if (disk_.kind(path) == EntryKind::Dir) return 0;
    disk_.remove_tree(path);
    return disk_.mkdir(path);
}

// The spare made equal to the new site: every reused file is the live one,
// and no file the new site lacks is left.
bool StagedOutput::settle_spare(unsigned threads) {
    if (!each_reused(threads, &StagedOutput::relink_if_stale)) return false;
    std::vector<std::string> keep = new_files();
    for (const auto& rel : manifest_.spare_files)
        if (!std::binary_search(keep.begin(), keep.end(), rel)) remove_extra(rel);
    return !failed();
}

bool StagedOutput::relink_if_stale(const std::string& rel) {
    if (written_.count(rel)) return true;  // written since: the new file wins
    const std::string live = disk_.identity(out_ + "/" + rel);
    if (!live.empty() && live == disk_.identity(staging_ + "/" + rel)) return true;
    disk_.remove_tree(staging_ + "/" + rel);
    return link_previous(rel);
}

// The file, then each folder above it that it leaves empty.
void StagedOutput::remove_extra(const std::string& rel) {
    disk_.remove_tree(staging_ + "/" + rel);
    for (auto slash = rel.rfind('/'); slash != std::string::npos && slash > 0;
         slash = rel.rfind('/', slash - 1)) {
        const std::string dir = staging_ + "/" + rel.substr(0, slash);
        std::vector<DirEntry> entries;
        if (disk_.list(dir, entries) != 0 || !entries.empty()) return;
        disk_.remove_tree(dir);
        std::lock_guard lock(mutex_);
        dirs_.erase(rel.substr(0, slash));
    }
}

// Every file of the new site, sorted.
std::vector<std::string> StagedOutput::new_files() const {
    std::vector<std::string> all(written_.begin(), written_.end());
    all.insert(all.end(), reused_.begin(), reused_.end());
    all.push_back(kMarker);
    std::sort(all.begin(), all.end());
    all.erase(std::unique(all.begin(), all.end()), all.end());
    return all;
}

// After the swap the old site is at staging_. It stays as the spare when
// this build reused more files than it wrote (the spare then shares most
// files with the new site); otherwise it is removed, as a spare would cost
// a second copy of the site's disk space.
void StagedOutput::keep_spare(bool exchanged) {
    std::vector<std::string> old_files;
    bool keep = exchanged && reused_.size() > written_.size();
    if (keep && !spare_) {  // the first spare: the old site's files are listed once
        keep = disk_.rename(staging_, spare_path()) == 0;
        if (keep) staging_ = spare_path();
        keep = keep && list_files(disk_, staging_, old_files);
    }
    if (!keep) {
        disk_.remove_tree(staging_);
        return;
    }
    SpareManifest m;
    m.pair = identity();
    m.spare_files = spare_ ? std::move(manifest_.live_files) : std::move(old_files);
    m.live_files = new_files();
    write_manifest(m);
}

// Not a failure of the build when it cannot be written: the next build only
// removes the spare and stages afresh. A half-written one does not decode.
void StagedOutput::write_manifest(const SpareManifest& m) {
    int fd = -1;
    if (disk_.create(staging_ + "/" + kSpareManifest, fd) != 0) return;
    int err = disk_.write(fd, encode_spare(m));
    if ((disk_.close(fd) | err) != 0) disk_.remove_tree(staging_ + "/" + kSpareManifest);
}

// A build that changed the spare and did not swap: the spare holds what it
// held, plus what this build wrote into it.
void StagedOutput::save_spare() {
    if (!begun_ok_) return;  // untouched, or its manifest could not be removed
    SpareManifest m = std::move(manifest_);
    m.spare_files.insert(m.spare_files.end(), written_.begin(), written_.end());
    std::sort(m.spare_files.begin(), m.spare_files.end());
    m.spare_files.erase(std::unique(m.spare_files.begin(), m.spare_files.end()),
                        m.spare_files.end());
    write_manifest(m);
}

}  // namespace shnor::write
