#include "cache/build_cache.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <utility>

#include "cache/cache_codec.hpp"

namespace shnor::cache {
namespace {

namespace stdfs = std::filesystem;
// Which output the committed entries describe (BuildCache::commit).
std::string output_record(const std::string& dir) { return (stdfs::path(dir) / "output").string(); }

// A school's entry and its open-data rows (cache/cache_codec).
constexpr const char* kEntry = ".entry";
constexpr const char* kRows = ".data";

std::string path_of(const std::string& dir, const std::string& id, const char* ext) {
    return (stdfs::path(dir) / "schools" / (id + ext)).string();
}

// The region's entry; it names the schools' keys.
std::string region_path(const std::string& dir) {
    return (stdfs::path(dir) / "region.entry").string();
}

constexpr std::string_view kPendingPrefix = "pending-";
constexpr std::string_view kSessionPrefix = "session-";

// `<prefix><pid>-<n>`: a folder of one process's own.
std::string own_folder(const std::string& dir, std::string_view prefix) {
    static std::atomic<unsigned> counter{0};
    return (stdfs::path(dir) /
            (std::string(prefix) + std::to_string(::getpid()) + "-" + std::to_string(counter++)))
        .string();
}

// Pending and session folders of processes that were killed: gone now.
void sweep_dead(const std::string& dir) {
    std::error_code ec;
    for (stdfs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::size_t skip = 0;
        for (auto prefix : {kPendingPrefix, kSessionPrefix})
            if (name.rfind(prefix, 0) == 0) skip = prefix.size();
        if (skip == 0) continue;
        const long pid = std::strtol(name.c_str() + skip, nullptr, 10);
        if (pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 && errno == ESRCH) {
            std::error_code ignored;
            stdfs::remove_all(it->path(), ignored);
        }
    }
}

// Read in one piece: every roll-up reads each school's entry and rows, so
// this is on the incremental build's hot path (plain calls: a stream's
// seeks cost three system calls per file).
std::optional<std::string> slurp(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return std::nullopt;
    struct stat st {};
    std::optional<std::string> bytes;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        bytes.emplace(static_cast<std::size_t>(st.st_size), '\0');
        std::size_t got = 0;
        while (got < bytes->size()) {
            const ssize_t n = ::read(fd, bytes->data() + got, bytes->size() - got);
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) break;
            got += static_cast<std::size_t>(n);
        }
        if (got != bytes->size()) bytes.reset();  // shrank or failed: a miss
    }
    ::close(fd);
    return bytes;
}

// Written beside, then renamed: a reader never sees half an entry.
bool put(const std::string& path, const std::string& bytes) {
    std::error_code ec;
    stdfs::create_directories(stdfs::path(path).parent_path(), ec);
    // Unique per writer: builds into other folders may share a cache.
    static std::atomic<unsigned> counter{0};
    const std::string tmp =
        path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(counter++);
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
        out.close();
        if (!out) return false;
    }
    stdfs::rename(tmp, path, ec);
    return !ec;
}

}  // namespace

struct BuildCache::Pending {
    std::string dir;
    ~Pending() {
        std::error_code ignored;
        stdfs::remove_all(dir, ignored);
    }
};

std::optional<CachedRegion> BuildCache::region() const {
    if (!trusted_) return std::nullopt;
    auto bytes = slurp(region_path(dir_));
    if (!bytes) return std::nullopt;
    return decode_region(*bytes);  // damaged or older: a miss, the pages are made again
}

bool BuildCache::store(const CachedRegion& e) const {
    return put(region_path(pending_->dir), encode(e));
}

std::optional<CachedSchool> BuildCache::school(const std::string& id) const {
    if (!trusted_) return std::nullopt;
    auto bytes = slurp(path_of(dir_, id, kEntry));
    if (!bytes) return std::nullopt;
    return decode_school(*bytes);  // damaged or older: a miss, the school is made again
}

std::optional<render::SchoolData> BuildCache::data(const std::string& id,
                                                   std::uint64_t hash) const {
    // This build's rows, else the committed ones. Another build may have
    // stored this school since: only the rows with this hash.
    auto bytes = slurp(path_of(pending_->dir, id, kRows));
    if (!bytes || XXH3_64bits(bytes->data(), bytes->size()) != hash)
        bytes = slurp(path_of(dir_, id, kRows));
    if (!bytes || XXH3_64bits(bytes->data(), bytes->size()) != hash) return std::nullopt;
    return decode_rows(*bytes);
}

std::optional<std::uint64_t> BuildCache::store(const std::string& id, CachedSchool entry,
                                               const render::SchoolData& data) const {
    const std::string rows = encode(data);
    // The rows first, and the entry names their hash: an entry is only ever
    // used with the rows it was stored with.
    entry.data_hash = XXH3_64bits(rows.data(), rows.size());
    if (!put(path_of(pending_->dir, id, kRows), rows) ||
        !put(path_of(pending_->dir, id, kEntry), encode(entry)))
        return std::nullopt;
    return entry.data_hash;
}

BuildCache::BuildCache(std::string dir, const std::string& output) : dir_(std::move(dir)) {
    sweep_dead(dir_);
    const auto recorded = slurp(output_record(dir_));
    trusted_ = !output.empty() && recorded && *recorded == output;
    pending_ = std::make_shared<Pending>();
    pending_->dir = own_folder(dir_, kPendingPrefix);
}

SessionCacheDir::SessionCacheDir(const std::string& dir) {
    sweep_dead(dir);
    path_ = own_folder(dir, kSessionPrefix);
}

SessionCacheDir::~SessionCacheDir() {
    std::error_code ignored;
    stdfs::remove_all(path_, ignored);
}

namespace {

// What a build stored aside, each with the place it takes when committed:
// the schools' files, then the region's entry (it names the schools' keys,
// so it goes in last).
std::vector<std::pair<stdfs::path, stdfs::path>> pending_entries(const stdfs::path& pending,
                                                                 const stdfs::path& dir) {
    std::vector<std::pair<stdfs::path, stdfs::path>> out;
    std::error_code ec;
    for (stdfs::directory_iterator it(pending / "schools", ec), end; !ec && it != end;
         it.increment(ec))
        out.emplace_back(it->path(), dir / "schools" / it->path().filename());
    if (stdfs::exists(region_path(pending), ec))
        out.emplace_back(region_path(pending), region_path(dir));
    return out;
}

}  // namespace

// The output record goes first: from here until commit() the output may be
// either site, and no entry is to be trusted. Entries for another output are
// all dropped; they would describe files this build does not leave.
void BuildCache::retire() const {
    std::error_code ignored;
    stdfs::remove(output_record(dir_), ignored);
    if (!trusted_) {
        stdfs::remove(region_path(dir_), ignored);
        stdfs::remove(stdfs::path(dir_) / "region.json", ignored);  // older versions' name
        stdfs::remove_all(stdfs::path(dir_) / "schools", ignored);
        return;
    }
    for (const auto& [from, to] : pending_entries(pending_->dir, dir_)) stdfs::remove(to, ignored);
}

bool BuildCache::commit(const std::string& output) const {
    std::error_code ec;
    const auto entries = pending_entries(pending_->dir, dir_);
    stdfs::create_directories(stdfs::path(dir_) / "schools", ec);
    bool ok = true;
    for (const auto& [from, to] : entries) {
        std::error_code moved;
        stdfs::rename(from, to, moved);
        ok = ok && !moved;
    }
    stdfs::remove_all(pending_->dir, ec);
    // Last: the entries are complete before anyone may trust them.
    if (!output.empty()) ok = put(output_record(dir_), output) && ok;
    return ok;
}

}  // namespace shnor::cache
