#pragma once
// Incremental roll-ups: for each output over all schools (home, municipality,
// factor and people pages, the annexes, the monitoring reports), the
// fingerprint of what it was made from. An output whose fingerprint is the
// same as in the previous build is taken from the previous output (a hard
// link on disk) instead of being made again, so one edited school remakes
// only the pages that show something of it.
//
// A fingerprint covers the output's view-model only; the caller keeps a memo
// only while the templates, options and tool are unchanged (the build cache
// drops it otherwise). Outputs whose making reported a diagnostic are never
// remembered: they are made again, so their warnings are repeated.
#include <cstdint>
#include <map>
#include <string>

#include "diag/diagnostic.hpp"
#include "write/output_sink.hpp"

namespace shnor::render {

using Fingerprints = std::map<std::string, std::uint64_t>;  // path -> fingerprint

class OutputMemo {
public:
    explicit OutputMemo(Fingerprints previous = {}) : previous_(std::move(previous)) {}

    // True when rel was made from `fingerprint` last time and `out` took the
    // previous file; it is then remembered for the next build too.
    bool reuse(const std::string& rel, std::uint64_t fingerprint, write::OutputSink& out) {
        auto it = previous_.find(rel);
        if (it == previous_.end() || it->second != fingerprint || !out.reuse(rel)) return false;
        made_[rel] = fingerprint;
        return true;
    }
    // rel was made from `fingerprint` without a diagnostic.
    void made(const std::string& rel, std::uint64_t fingerprint) { made_[rel] = fingerprint; }

    const Fingerprints& current() const { return made_; }

    // Puts rel made by make(sink) -> bytes ("" after an error), unless the
    // memo reuses it. Its diagnostics go to sink; it is remembered only when
    // it was made without any.
    template <typename Make>
    static void put(OutputMemo* memo, const std::string& rel, std::uint64_t fingerprint,
                    write::OutputSink& out, diag::Sink& sink, Make&& make) {
        if (memo && memo->reuse(rel, fingerprint, out)) return;
        diag::Sink own;
        const std::string bytes = make(own);
        if (!bytes.empty()) out.put(rel, bytes);
        for (const auto& d : own.all()) sink.add(d);
        if (memo && own.all().empty() && !bytes.empty()) memo->made(rel, fingerprint);
    }

private:
    Fingerprints previous_;
    Fingerprints made_;
};

}  // namespace shnor::render
