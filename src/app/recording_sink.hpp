#pragma once
// An OutputSink that passes everything on and remembers the paths written:
// the incremental cache records which files the region's pages made.
#include <algorithm>
#include <mutex>
#include <string>
#include <vector>

#include "write/output_sink.hpp"

namespace shnor::app {

class RecordingSink : public write::OutputSink {
public:
    explicit RecordingSink(write::OutputSink& inner) : inner_(inner) {}

    bool put(const std::string& rel, std::string_view bytes) override {
        note(rel);
        return inner_.put(rel, bytes);
    }
    bool reuse(const std::string& rel) override {
        note(rel);
        return inner_.reuse(rel);
    }
    std::unique_ptr<write::OutputStream> open(const std::string& rel) override {
        note(rel);
        return inner_.open(rel);
    }
    std::string failure() const override { return inner_.failure(); }

    // Sorted, each once.
    std::vector<std::string> paths() const {
        std::lock_guard lock(mutex_);
        auto out = paths_;
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

private:
    void note(const std::string& rel) {
        std::lock_guard lock(mutex_);
        paths_.push_back(rel);
    }

    write::OutputSink& inner_;
    mutable std::mutex mutex_;
    std::vector<std::string> paths_;
};

}  // namespace shnor::app
