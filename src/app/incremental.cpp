#include "app/incremental.hpp"

#include <xxhash.h>

#include <filesystem>

namespace shnor::app {

std::uint64_t hash_bytes(std::string_view bytes, std::uint64_t seed) {
    return XXH3_64bits_withSeed(bytes.data(), bytes.size(), seed);
}

namespace {

// A new build of shnor renders differently: its own executable's stamp
// stands for its version while developing (SHNOR_VERSION alone would not
// change).
std::string tool_identity() {
    std::string id = SHNOR_VERSION;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (ec) return id;
    fs::DiskFileSystem disk;
    if (auto st = disk.stamp("", exe.string()))
        id += ":" + std::to_string(st->size) + ":" + std::to_string(st->mtime_ns);
    return id;
}

std::uint64_t mix(std::uint64_t h, std::string_view s) { return hash_bytes(s, h); }

}  // namespace

std::uint64_t shared_key(const Options& options, const std::map<std::string, std::string>& region,
                         const render::TemplateSet& templates) {
    std::uint64_t h = mix(0, tool_identity());
    h = mix(h, options.content);
    h = mix(h, options.as_of ? options.as_of->iso() : "-");
    h = mix(h, options.font);
    h = mix(h, options.pdf ? "pdf" : "no-pdf");
    h = mix(h, options.strict ? "strict" : "-");
    for (const auto& [path, bytes] : region) h = mix(mix(h, path), bytes);
    for (const auto& [name, t] : templates.all()) h = mix(mix(h, name), t.text);
    return h;
}

SchoolKey school_key(const fs::FileSystem& fs, const std::string& root,
                     const std::vector<load::ContentFile>& files, std::uint64_t shared,
                     const cache::CachedSchool* previous) {
    std::map<std::string, const cache::FileVersion*> known;
    if (previous)
        for (const auto& f : previous->files) known[f.rel] = &f;
    SchoolKey k;
    k.key = shared;
    for (const auto& f : files) {
        cache::FileVersion v{f.rel, {}, 0};
        auto stamp = fs.stamp(root, f.rel);
        auto it = known.find(f.rel);
        if (stamp && it != known.end() && it->second->stamp == *stamp) {
            v = *it->second;
        } else {
            diag::Sink ignored;  // a file that cannot be read: the job reports it
            auto bytes = fs.read(root, f.rel, load::Limits{}.max_bytes, ignored);
            if (!bytes) return k;
            v.stamp = stamp.value_or(fs::Stamp{});
            v.hash = hash_bytes(*bytes);
        }
        k.key = mix(mix(k.key, v.rel), std::to_string(v.hash));
        k.files.push_back(std::move(v));
    }
    k.ok = true;
    return k;
}

}  // namespace shnor::app
