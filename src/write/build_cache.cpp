#include "write/build_cache.hpp"

#include <signal.h>
#include <unistd.h>
#include <xxhash.h>

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <utility>

namespace shnor::write {
namespace {

namespace stdfs = std::filesystem;
using nlohmann::json;

constexpr int kFormat = 4;  // bump when the entry's shape changes

// Which output the committed entries describe (BuildCache::commit).
std::string output_record(const std::string& dir) { return (stdfs::path(dir) / "output").string(); }

std::string path_of(const std::string& dir, const std::string& id, const char* ext) {
    return (stdfs::path(dir) / "schools" / (id + ext)).string();
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
// this is on the incremental build's hot path.
std::optional<std::string> slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return std::nullopt;
    const std::streamoff size = in.tellg();
    if (size < 0) return std::nullopt;
    std::string bytes(static_cast<std::size_t>(size), '\0');
    in.seekg(0);
    if (!in.read(bytes.data(), size)) return std::nullopt;
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

json to_json(const compute::Counts& c) {
    return {c.measures,   c.planned,  c.in_progress, c.done,    c.cancelled, c.overdue,
            c.indicators, c.achieved, c.on_track,    c.lagging, c.no_data};
}

compute::Counts counts_of(const json& j) {
    compute::Counts c;
    int* fields[] = {&c.measures,  &c.planned, &c.in_progress, &c.done,
                     &c.cancelled, &c.overdue, &c.indicators,  &c.achieved,
                     &c.on_track,  &c.lagging, &c.no_data};
    for (std::size_t i = 0; i < std::size(fields); ++i) *fields[i] = j.at(i).get<int>();
    return c;
}

// [kind, subject, date]; a missing date as "".
json to_json(const std::vector<compute::AttentionItem>& items) {
    json out = json::array();
    for (const auto& i : items)
        out.push_back({static_cast<int>(i.kind), i.subject, i.date.valid() ? i.date.iso() : ""});
    return out;
}

std::vector<compute::AttentionItem> attention_of(const json& j) {
    std::vector<compute::AttentionItem> out;
    for (const auto& i : j) {
        compute::AttentionItem item{static_cast<compute::AttentionKind>(i.at(0).get<int>()),
                                    i.at(1).get<std::string>(),
                                    {}};
        if (auto d = model::parse_date(i.at(2).get<std::string>())) item.date = *d;
        out.push_back(std::move(item));
    }
    return out;
}

json to_json(const compute::YearSummary& y) {
    json levels = json::array();
    for (const auto& l : y.levels) levels.push_back(l ? static_cast<int>(*l) : -1);
    json indicators = json::array();
    for (const auto& v : y.indicators) indicators.push_back(v ? json(*v) : json());
    return {{"year", y.year},
            {"flags",
             {y.participates, y.exited, y.roadmap_accepted, y.both_waves, y.high_decreased,
              y.has_profile, y.no_roadmap}},
            {"curator", y.curator},
            {"counts", to_json(y.counts)},
            {"wave", static_cast<int>(y.wave)},
            {"profile", {y.high, y.medium, y.low}},
            {"levels", levels},
            {"high_initial", y.high_initial},
            {"high_final", y.high_final},
            {"visits", {y.visits, y.visits_on_site}},
            {"last_visit", y.last_visit ? y.last_visit->iso() : ""},
            {"indicators", indicators},
            {"attention", to_json(y.attention)}};
}

compute::YearSummary year_of(const json& j) {
    compute::YearSummary y;
    y.year = j.at("year").get<int>();
    const auto& f = j.at("flags");
    y.participates = f.at(0), y.exited = f.at(1), y.roadmap_accepted = f.at(2);
    y.both_waves = f.at(3), y.high_decreased = f.at(4), y.has_profile = f.at(5);
    y.no_roadmap = f.at(6);
    y.curator = j.at("curator").get<std::string>();
    y.counts = counts_of(j.at("counts"));
    y.wave = static_cast<model::Wave>(j.at("wave").get<int>());
    const auto& p = j.at("profile");
    y.high = p.at(0), y.medium = p.at(1), y.low = p.at(2);
    for (const auto& l : j.at("levels")) {
        const int v = l.get<int>();
        y.levels.push_back(v < 0 ? std::nullopt
                                 : std::optional<model::Level>(static_cast<model::Level>(v)));
    }
    y.high_initial = j.at("high_initial").get<std::vector<std::string>>();
    y.high_final = j.at("high_final").get<std::vector<std::string>>();
    y.visits = j.at("visits").at(0), y.visits_on_site = j.at("visits").at(1);
    y.last_visit = model::parse_date(j.at("last_visit").get<std::string>());
    const auto& ind = j.at("indicators");
    for (std::size_t k = 0; k < y.indicators.size() && k < ind.size(); ++k)
        if (!ind.at(k).is_null()) y.indicators[k] = ind.at(k).get<double>();
    y.attention = attention_of(j.at("attention"));
    return y;
}

json to_json(const diag::SourceLoc& l) { return {l.file, l.line, l.column}; }
diag::SourceLoc loc_of(const json& j) {
    return {j.at(0).get<std::string>(), j.at(1).get<int>(), j.at(2).get<int>()};
}

json to_json(const CachedSchool& e) {
    const auto& s = e.summary;
    json years = json::array(), files = json::array(), diags = json::array();
    for (const auto& y : s.years) years.push_back(to_json(y));
    for (const auto& f : e.files)
        files.push_back({f.rel, f.stamp.size, f.stamp.mtime_ns, f.stamp.inode, f.hash});
    for (const auto& d : e.diagnostics)
        diags.push_back({d.severity == diag::Severity::Error, to_json(d.loc), d.message});
    return {{"format", kFormat},
            {"key", e.key},
            {"data", e.data_hash},
            {"files", files},
            {"school", {s.id, s.name, s.short_name, s.municipality}},
            {"loc", to_json(s.loc)},
            {"years", years},
            {"outputs", e.outputs},
            {"diagnostics", diags}};
}

CachedSchool entry_of(const json& j) {
    CachedSchool e;
    if (j.at("format").get<int>() != kFormat) throw std::runtime_error("format");
    e.key = j.at("key").get<std::uint64_t>();
    e.data_hash = j.at("data").get<std::uint64_t>();
    for (const auto& f : j.at("files"))
        e.files.push_back({f.at(0).get<std::string>(),
                           {f.at(1).get<std::uint64_t>(), f.at(2).get<std::uint64_t>(),
                            f.at(3).get<std::uint64_t>()},
                           f.at(4).get<std::uint64_t>()});
    const auto& s = j.at("school");
    e.summary = {s.at(0), s.at(1), s.at(2), s.at(3), loc_of(j.at("loc")), {}};
    for (const auto& y : j.at("years")) e.summary.years.push_back(year_of(y));
    e.outputs = j.at("outputs").get<std::vector<std::string>>();
    for (const auto& d : j.at("diagnostics"))
        e.diagnostics.push_back(
            {d.at(0).get<bool>() ? diag::Severity::Error : diag::Severity::Warning, loc_of(d.at(1)),
             d.at(2).get<std::string>()});
    return e;
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
    auto bytes = slurp((stdfs::path(dir_) / "region.json").string());
    if (!bytes) return std::nullopt;
    try {
        const json j = json::parse(*bytes);
        if (j.at("format").get<int>() != kFormat) return std::nullopt;
        CachedRegion e{j.at("key").get<std::uint64_t>(),
                       j.at("outputs").get<std::vector<std::string>>(),
                       {},
                       j.at("shared").get<std::uint64_t>(),
                       j.at("fingerprints").get<render::Fingerprints>()};
        for (const auto& d : j.at("diagnostics"))
            e.diagnostics.push_back(
                {d.at(0).get<bool>() ? diag::Severity::Error : diag::Severity::Warning,
                 loc_of(d.at(1)), d.at(2).get<std::string>()});
        return e;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

bool BuildCache::store(const CachedRegion& e) const {
    json diags = json::array();
    for (const auto& d : e.diagnostics)
        diags.push_back({d.severity == diag::Severity::Error, to_json(d.loc), d.message});
    const json j = {{"format", kFormat},    {"key", e.key},       {"outputs", e.outputs},
                    {"diagnostics", diags}, {"shared", e.shared}, {"fingerprints", e.fingerprints}};
    return put((stdfs::path(pending_->dir) / "region.json").string(),
               j.dump(-1, ' ', false, json::error_handler_t::replace));
}

std::optional<CachedSchool> BuildCache::school(const std::string& id) const {
    if (!trusted_) return std::nullopt;
    auto bytes = slurp(path_of(dir_, id, ".json"));
    if (!bytes) return std::nullopt;
    try {
        return entry_of(json::parse(*bytes));
    } catch (const std::exception&) {
        return std::nullopt;  // a damaged or older entry: rebuild the school
    }
}

// The open-data rows are read back for every roll-up: a plain format of
// length-prefixed pieces, no parsing. A short or damaged file is a miss.
namespace {

void put_piece(std::string& out, std::string_view piece) {
    out += std::to_string(piece.size());
    out += ':';
    out += piece;
}

bool get_piece(std::string_view& in, std::string& piece) {
    auto colon = in.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 12) return false;
    std::size_t n = 0;
    for (char c : in.substr(0, colon)) {
        if (c < '0' || c > '9') return false;
        n = n * 10 + static_cast<std::size_t>(c - '0');
    }
    if (in.size() - colon - 1 < n) return false;
    piece.assign(in.substr(colon + 1, n));
    in.remove_prefix(colon + 1 + n);
    return true;
}

}  // namespace

std::optional<render::SchoolData> BuildCache::data(const std::string& id,
                                                   std::uint64_t hash) const {
    // This build's rows, else the committed ones. Another build may have
    // stored this school since: only the rows with this hash.
    auto bytes = slurp(path_of(pending_->dir, id, ".data"));
    if (!bytes || XXH3_64bits(bytes->data(), bytes->size()) != hash)
        bytes = slurp(path_of(dir_, id, ".data"));
    if (!bytes || XXH3_64bits(bytes->data(), bytes->size()) != hash) return std::nullopt;
    std::string_view in(*bytes);
    render::SchoolData d;
    std::string count;
    for (auto& table : d) {
        if (!get_piece(in, table.csv) || !get_piece(in, count) || count.empty() ||
            count.size() > 9 || count.find_first_not_of("0123456789") != std::string::npos ||
            std::stoul(count) > in.size())
            return std::nullopt;
        table.json.resize(std::stoul(count));
        for (auto& item : table.json)
            if (!get_piece(in, item)) return std::nullopt;
    }
    if (!in.empty()) return std::nullopt;
    return d;
}

std::optional<std::uint64_t> BuildCache::store(const std::string& id, CachedSchool entry,
                                               const render::SchoolData& data) const {
    std::string d;
    for (const auto& t : data) {
        put_piece(d, t.csv);
        put_piece(d, std::to_string(t.json.size()));
        for (const auto& item : t.json) put_piece(d, item);
    }
    // The data first, and the entry names its hash: an entry is only ever
    // used with the rows it was stored with.
    entry.data_hash = XXH3_64bits(d.data(), d.size());
    if (!put(path_of(pending_->dir, id, ".data"), d) ||
        !put(path_of(pending_->dir, id, ".json"),
             to_json(entry).dump(-1, ' ', false, json::error_handler_t::replace)))
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
    if (stdfs::exists(pending / "region.json", ec))
        out.emplace_back(pending / "region.json", dir / "region.json");
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
        stdfs::remove(stdfs::path(dir_) / "region.json", ignored);
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

}  // namespace shnor::write
