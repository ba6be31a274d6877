#pragma once
// What the server shows, shared between the build loop (one writer) and the
// HTTP threads (readers): the last good site, the overlay of the last failed
// build, and a version that changes whenever either does. Readers take a
// snapshot; long-poll requests wait for the version to move.
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

#include "write/output_sink.hpp"

namespace shnor::serve {

struct Snapshot {
    std::shared_ptr<const write::SharedFiles> site;  // never null
    std::string overlay;                             // empty: the last build succeeded
    unsigned long version = 0;
};

class State {
public:
    State();
    Snapshot snapshot() const;
    // A successful build: its site replaces the old one, the overlay goes.
    // A site and overlay equal to the current ones change nothing (an editor's
    // no-op save does not reload the page).
    void publish(std::shared_ptr<const write::SharedFiles> site);
    // A failed build: the last good site stays, the overlay shows the errors.
    void fail(std::string overlay);
    // Blocks until the version differs from `seen`, the timeout passes or
    // close() is called; returns the current version.
    unsigned long wait(unsigned long seen, std::chrono::milliseconds timeout) const;
    // Wakes every waiter for good (the server is stopping).
    void close();

private:
    void bump();  // with mutex_ held

    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    Snapshot current_;
    bool closed_ = false;
};

}  // namespace shnor::serve
