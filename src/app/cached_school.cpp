#include "app/cached_school.hpp"

#include "app/incremental.hpp"
#include "cache/cache_codec.hpp"

namespace shnor::app {
namespace {

// Every output of the previous build, or none usable (then the school is
// rendered again and its files are simply written over the links).
bool reuse_all(const std::vector<std::string>& outputs, write::OutputSink& out) {
    for (const auto& path : outputs)
        if (!out.reuse(path)) return false;
    return true;
}

SchoolOutcome from_cache(cache::CachedSchool entry, const RegionContext& ctx) {
    SchoolOutcome r;
    r.built = r.reused = true;
    for (auto& d : entry.diagnostics) r.sink.add(std::move(d));
    // The files its warnings point at, for the caret lines: read again.
    for (const auto& d : r.sink.all()) {
        if (r.sources.count(d.loc.file)) continue;
        const std::string& file = d.loc.file;
        const std::string prefix = fs::join(ctx.content, "");
        if (file.compare(0, prefix.size(), prefix) != 0) continue;
        diag::Sink ignored;
        if (auto bytes = ctx.fs.read(ctx.content, file.substr(prefix.size()),
                                     load::Limits{}.max_bytes, ignored))
            r.sources[file] = std::move(*bytes);
    }
    r.outputs = std::move(entry.outputs);
    r.data_hash = entry.data_hash;
    r.summary = std::move(entry.summary);
    return r;
}

}  // namespace

SchoolOutcome run_cached_school(const RegionContext& ctx, const cache::BuildCache& cache,
                                std::uint64_t shared_key, const std::string& id,
                                std::vector<load::ContentFile> files,
                                render::SchoolRenderer& renderer, write::OutputSink& out) {
    auto previous = cache.school(id);
    const SchoolKey key =
        school_key(ctx.fs, ctx.content, files, shared_key, previous ? &*previous : nullptr);
    if (key.ok && previous && previous->key == key.key && reuse_all(previous->outputs, out)) {
        SchoolOutcome r = from_cache(std::move(*previous), ctx);
        r.key = key.key;
        return r;
    }
    SchoolOutcome r = run_school(ctx, id, std::move(files), &renderer, &out, false);
    if (!key.ok || !r.summary || r.sink.has_errors()) return r;
    r.key = key.key;
    cache::CachedSchool entry{key.key, 0, key.files, *r.summary, r.outputs, r.sink.all()};
    // Stored, the fragments need not stay in memory until the roll-ups.
    if (auto hash = cache.store(id, entry, r.data)) {
        r.data_hash = *hash;
        // Swapped out, not assigned: `= {}` keeps each CSV string's buffer
        // (a short string moves in by copy), ~6 KB per school until the end.
        render::SchoolData().swap(r.data);
        r.data_in_memory = false;
    }
    return r;
}

std::optional<render::SchoolData> school_data(const SchoolOutcome& outcome,
                                              const cache::BuildCache* cache,
                                              const std::string& id) {
    if (outcome.data_in_memory) return outcome.data;
    if (!cache) return std::nullopt;
    return cache->data(id, outcome.data_hash);
}

// Rows kept in memory are hashed as the cache would store them, so the
// digest is the data_hash the same rows get once stored.
std::uint64_t data_digest(const SchoolOutcome& outcome) {
    if (!outcome.data_in_memory) return outcome.data_hash;
    return hash_bytes(cache::encode(outcome.data));
}

}  // namespace shnor::app
