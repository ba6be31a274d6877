#pragma once
// The disk OutputSink: a build writes into a fresh staging folder beside the
// output folder and commit() swaps it in whole.
//
// Guarantees (README, «Что гарантирует сборка»):
// - One build per output folder at a time: opening takes an exclusive flock
//   on `.<name>.shnor-lock` beside the output folder; a second build fails at
//   once with a clear message instead of waiting (a build may take minutes,
//   and two writers to one folder are a misconfiguration worth seeing).
// - The output folder must not contain, or lie inside, the content folder
//   (compared after resolving symlinks), and a non-empty folder is replaced
//   only when shnor made it (`.shnor-output` marker) or it holds nothing but
//   a regular file README.md, which is carried over.
// - Every write is checked through close(); before the swap the staging
//   folder is flushed to disk (syncfs). The swap is one renameat2
//   RENAME_EXCHANGE (a plain rename when there was no old output), so at
//   every instant the output path holds either the whole old site or the
//   whole new one. A build killed at any point leaves at most folders
//   `.<name>.shnor-new-<pid>-<n>` that carry the marker or hold nothing but
//   a README; the next build removes them under the lock. Where the file system cannot exchange,
//   two renames are used and the next build first puts a stranded old site back.
// - Without commit() (an error, an exception) the staging folder is removed
//   and the output folder is untouched.
// - A build that reused more files than it wrote keeps the old site as the
//   spare (spare_site.hpp), and the next build stages into the spare: it
//   replaces the files it writes (never writing through a link shared with
//   the live site), relinks reused files whose spare entry is not the live
//   file, removes files the new site lacks, and swaps as above. The spare is
//   never the output; a build killed while changing it leaves it without its
//   manifest, and the next build removes it and stages afresh.
#include <atomic>
#include <mutex>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "write/disk_ops.hpp"
#include "write/output_sink.hpp"
#include "write/spare_site.hpp"

namespace shnor::write {

class StagedOutput : public OutputSink {
public:
    // out: the output folder as the user wrote it (messages name it);
    // content: the content folder, refused when it overlaps out (empty: none).
    // A failure to open is reported by failure(); every later call fails.
    StagedOutput(const std::string& out, const std::string& content, DiskOps& disk = real_disk());
    ~StagedOutput() override;
    StagedOutput(const StagedOutput&) = delete;
    StagedOutput& operator=(const StagedOutput&) = delete;

    bool put(const std::string& rel, std::string_view bytes) override;
    bool reuse(const std::string& rel) override;
    std::unique_ptr<OutputStream> open(const std::string& rel) override;
    std::string failure() const override;

    // Links the reused files into the staging folder (on `threads`) and
    // swaps it in. False (see failure()) when anything failed so far or
    // now; the old output is then untouched.
    bool commit(unsigned threads = 1);
    // Whether any file was written (put or open) rather than reused. A build
    // that wrote none, from a cache that describes the site in place
    // (app::Result::unchanged), need not commit: that site is its result.
    bool wrote() const { return wrote_; }

    // Which site the output folder holds (its marker's identity): the old
    // one until commit(), the new one after; empty when there is none. The
    // build cache trusts only entries committed for the site in place.
    std::string identity() const;

    // The staging folder (absolute; empty until opened, and where a spare is
    // there, until the first write). For tests.
    const std::string& staging() const { return staging_; }
    // Whether this build stages into the spare kept by the previous one.
    bool updates_spare() const { return spare_; }

private:
    class Stream;
    bool prepare(const std::string& content);
    bool check_overlap(const std::string& content);
    bool make_parent_dirs();
    bool take_lock();
    void clean_leftovers();
    bool ours_or_empty(const std::string& dir);
    bool check_replaceable();
    bool make_staging();
    std::string spare_path() const;
    bool has_spare();
    bool ready();
    bool open_spare();
    bool begin_writing(const std::string& rel);
    bool begin_spare();
    bool settle_spare(unsigned threads);
    bool relink_if_stale(const std::string& rel);
    void remove_extra(const std::string& rel);
    int replace_with_dir(const std::string& path);
    void keep_spare(bool exchanged);
    void save_spare();
    void write_manifest(const SpareManifest& m);
    std::vector<std::string> new_files() const;
    bool make_dirs_for(const std::string& rel);
    bool write_whole(const std::string& path, const std::string& shown, std::string_view bytes);
    bool each_reused(unsigned threads, bool (StagedOutput::*f)(const std::string&));
    bool link_previous(const std::string& rel);
    bool swap_in();

    bool fail(const std::string& message);
    bool fail_file(const std::string& rel, int err);
    bool failed() const;
    std::string shown(const std::string& rel) const;

    DiskOps& disk_;
    std::string shown_out_;  // as given, for messages
    std::string out_;        // absolute, symlinks resolved
    std::string parent_, name_, staging_;
    int lock_fd_ = -1;
    bool committed_ = false;
    mutable std::mutex mutex_;
    std::string failure_;
    std::set<std::string> dirs_;               // folders made in staging so far
    std::vector<std::string> reused_;          // linked from the old site at commit()
    std::unordered_set<std::string> written_;  // put or opened by this build
    std::atomic<bool> wrote_{false};
    // The spare (when staging_ is it): its manifest as read, and whether this
    // build has begun changing it (its manifest is then gone until saved).
    bool maybe_spare_ = false;  // a spare of ours is there: chosen or not at ready()
    std::once_flag chosen_;
    bool spare_ = false;
    SpareManifest manifest_;
    std::once_flag begun_;
    bool begun_ok_ = false;
    std::mutex replacing_;  // one file at a time turned into a folder
};

}  // namespace shnor::write
