#pragma once
// Where a build's files go: one interface for memory (tests, the preview
// server) and the disk (a staging folder swapped in whole at the end).
// Schools render in parallel, so every implementation is thread-safe.
// Failures are recorded inside the sink (the first one wins) and reported
// by its owner once rendering is over: rendering threads never see a
// diag::Sink of the writer's.
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "write/output_set.hpp"

namespace shnor::write {

// A file written piece by piece (open data, row by row).
class OutputStream {
public:
    virtual ~OutputStream() = default;
    virtual bool write(std::string_view bytes) = 0;
    // Completes the file; false when any write or the close failed.
    virtual bool close() = 0;
};

class OutputSink {
public:
    virtual ~OutputSink() = default;
    // Adds a whole file. rel is '/'-separated and must pass
    // is_safe_output_path (write/site_writer.hpp). False after a failure.
    virtual bool put(const std::string& rel, std::string_view bytes) = 0;
    // Incremental builds: the file rel of the previous output, unchanged
    // (a hard link on disk). False when the previous output has no such
    // file; the caller then renders it.
    virtual bool reuse(const std::string& rel) = 0;
    // A file written in pieces; closed (and checked) by its close().
    virtual std::unique_ptr<OutputStream> open(const std::string& rel) = 0;
    // The first failure, in Russian, naming the file; empty when none.
    virtual std::string failure() const = 0;
};

// A file written in pieces into memory, put whole into its sink on close.
template <typename Sink>
class BufferedStream : public OutputStream {
public:
    BufferedStream(Sink& out, std::string rel) : out_(out), rel_(std::move(rel)) {}
    bool write(std::string_view bytes) override {
        text_.append(bytes);
        return true;
    }
    bool close() override { return out_.put(rel_, text_); }

private:
    Sink& out_;
    std::string rel_, text_;
};

// Everything in memory: path -> bytes. `previous` (optional) is what
// reuse() copies from.
class MemoryOutput : public OutputSink {
public:
    explicit MemoryOutput(const OutputSet* previous = nullptr) : previous_(previous) {}

    bool put(const std::string& rel, std::string_view bytes) override {
        std::lock_guard lock(mutex_);
        files_[rel] = std::string(bytes);
        return true;
    }
    bool reuse(const std::string& rel) override {
        if (!previous_) return false;
        auto it = previous_->find(rel);
        if (it == previous_->end()) return false;
        return put(rel, it->second);
    }
    std::unique_ptr<OutputStream> open(const std::string& rel) override {
        return std::make_unique<BufferedStream<MemoryOutput>>(*this, rel);
    }
    std::string failure() const override { return {}; }

    // The files so far (call once rendering is over).
    const OutputSet& files() const { return files_; }
    OutputSet take() { return std::move(files_); }

private:
    const OutputSet* previous_;
    std::mutex mutex_;
    OutputSet files_;
};

// A site kept in memory from build to build (the preview): each file is
// shared, so an unchanged one is taken from the previous site, not copied.
using SharedFiles = std::map<std::string, std::shared_ptr<const std::string>>;

class SharedMemoryOutput : public OutputSink {
public:
    explicit SharedMemoryOutput(const SharedFiles* previous = nullptr) : previous_(previous) {}

    bool put(const std::string& rel, std::string_view bytes) override {
        auto file = std::make_shared<const std::string>(bytes);
        std::lock_guard lock(mutex_);
        files_[rel] = std::move(file);
        return true;
    }
    bool reuse(const std::string& rel) override {
        if (!previous_) return false;
        auto it = previous_->find(rel);
        if (it == previous_->end()) return false;
        std::lock_guard lock(mutex_);
        files_[rel] = it->second;
        return true;
    }
    std::unique_ptr<OutputStream> open(const std::string& rel) override {
        return std::make_unique<BufferedStream<SharedMemoryOutput>>(*this, rel);
    }
    std::string failure() const override { return {}; }

    SharedFiles take() { return std::move(files_); }

private:
    const SharedFiles* previous_;
    std::mutex mutex_;
    SharedFiles files_;
};

// The same files, shared (tests, a site made whole in memory).
inline SharedFiles share(OutputSet files) {
    SharedFiles out;
    for (auto& [path, bytes] : files)
        out.emplace(path, std::make_shared<const std::string>(std::move(bytes)));
    return out;
}

}  // namespace shnor::write
