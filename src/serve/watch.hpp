#pragma once
// The preview's two sources of events, waited on together: changes under
// the watched folders (inotify, recursive; folders created later are added)
// and SIGINT/SIGTERM (a signalfd, so Ctrl-C ends the loop between builds
// instead of killing the process in the middle of one).
#include <signal.h>

#include <chrono>
#include <string>
#include <vector>

namespace shnor::serve {

// Blocks SIGINT and SIGTERM in the calling thread and in every thread it
// starts afterwards, and reads them from a descriptor. Construct it before
// starting the HTTP server's threads. The old mask comes back on destruction.
class StopSignals {
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;
    int fd() const { return fd_; }

private:
    int fd_ = -1;
    sigset_t old_mask_{};
};

class Watcher {
public:
    // Folders that do not exist are skipped.
    explicit Watcher(const std::vector<std::string>& roots);
    ~Watcher();
    Watcher(const Watcher&) = delete;
    Watcher& operator=(const Watcher&) = delete;

    // Empty when watching works; otherwise why not, in Russian.
    const std::string& failure() const { return failure_; }

    enum class Event { Changed, Stop };
    // Waits for a relevant change and then for `quiet` without one, so an
    // editor's burst of writes (backup, write, rename) makes one rebuild; a
    // burst longer than `longest` ends there. Stop: a signal on stop_fd.
    Event wait(int stop_fd, std::chrono::milliseconds quiet, std::chrono::milliseconds longest);

private:
    void add_tree(const std::string& dir);
    // Reads the pending events; true when one of them matters.
    bool drain();

    int fd_ = -1;
    std::vector<std::string> roots_;
    std::string failure_;
};

// Editors' temporary files (".x.swp", "x~", vim's "4913" probe) change no
// page: their events are ignored.
bool is_scratch_file(const std::string& name);

}  // namespace shnor::serve
