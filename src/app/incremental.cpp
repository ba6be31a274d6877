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
                         const render::TemplateSet& templates, bool open_data_by_municipality) {
    std::uint64_t h = mix(0, tool_identity());
    h = mix(h, options.content);
    h = mix(h, options.as_of ? options.as_of->iso() : "-");
    h = mix(h, options.font);
    h = mix(h, options.pdf ? "pdf" : "no-pdf");
    h = mix(h, options.strict ? "strict" : "-");
    h = mix(h, open_data_by_municipality ? "open-data-by-municipality" : "-");
    for (const auto& [path, bytes] : region) h = mix(mix(h, path), bytes);
    for (const auto& [name, t] : templates.all()) h = mix(mix(h, name), t.text);
    return h;
}

SchoolKey school_key(const fs::FileSystem& fs, const std::string& root,
                     const std::vector<load::ContentFile>& files, std::uint64_t shared,
                     const cache::CachedSchool* previous) {
    // Both lists are in the listing's order: the previous version of a file
    // is usually the next one (a search only after files came or went).
    const std::vector<cache::FileVersion> none;
    const auto& before = previous ? previous->files : none;
    std::size_t next = 0;
    auto find = [&](const std::string& rel) -> const cache::FileVersion* {
        if (next < before.size() && before[next].rel == rel) return &before[next++];
        for (std::size_t i = 0; i < before.size(); ++i)
            if (before[i].rel == rel) return next = i + 1, &before[i];
        return nullptr;
    };
    SchoolKey k;
    k.key = shared;
    for (const auto& f : files) {
        cache::FileVersion v{f.rel, {}, 0};
        auto stamp = f.stamp ? f.stamp : fs.stamp(root, f.rel);
        const cache::FileVersion* known = find(f.rel);
        if (stamp && known && known->stamp == *stamp) {
            v = *known;
        } else {
            diag::Sink ignored;  // a file that cannot be read: the job reports it
            auto bytes = fs.read(root, f.rel, load::Limits{}.max_bytes, ignored);
            if (!bytes) return k;
            v.stamp = stamp.value_or(fs::Stamp{});
            v.hash = hash_bytes(*bytes);
        }
        // The hash as its 8 bytes: no number text per file.
        k.key = mix(mix(k.key, v.rel), {reinterpret_cast<const char*>(&v.hash), sizeof v.hash});
        k.files.push_back(std::move(v));
    }
    k.ok = true;
    return k;
}

}  // namespace shnor::app
