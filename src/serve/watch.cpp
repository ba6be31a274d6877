#include "serve/watch.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

namespace shnor::serve {

namespace {

constexpr std::uint32_t kMask = IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM |
                                IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;

sigset_t stop_set() {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    return set;
}

bool ends_with(const std::string& s, const char* tail) {
    const std::size_t n = std::strlen(tail);
    return s.size() >= n && s.compare(s.size() - n, n, tail) == 0;
}

}  // namespace

StopSignals::StopSignals() {
    sigset_t set = stop_set();
    pthread_sigmask(SIG_BLOCK, &set, &old_mask_);
    fd_ = signalfd(-1, &set, SFD_CLOEXEC | SFD_NONBLOCK);
}

StopSignals::~StopSignals() {
    if (fd_ >= 0) close(fd_);
    pthread_sigmask(SIG_SETMASK, &old_mask_, nullptr);
}

bool is_scratch_file(const std::string& name) {
    return name.empty() || name[0] == '.' || ends_with(name, "~") || ends_with(name, ".swp") ||
           ends_with(name, ".swx") || ends_with(name, ".tmp") || name == "4913";
}

Watcher::Watcher(const std::vector<std::string>& roots) : roots_(roots) {
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ < 0) {
        failure_ = std::string("не удалось следить за файлами (inotify): ") + std::strerror(errno);
        return;
    }
    for (const auto& root : roots_) add_tree(root);
}

Watcher::~Watcher() {
    if (fd_ >= 0) close(fd_);
}

// Adding a folder that is already watched returns its old watch: calling
// this again after a burst picks up only the folders created since.
void Watcher::add_tree(const std::string& dir) {
    namespace stdfs = std::filesystem;
    std::error_code ec;
    if (!stdfs::is_directory(stdfs::symlink_status(dir, ec))) return;
    inotify_add_watch(fd_, dir.c_str(), kMask);
    for (stdfs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec) && !it->is_symlink(ec))
            inotify_add_watch(fd_, it->path().c_str(), kMask);
}

bool Watcher::drain() {
    alignas(inotify_event) char buf[16384];
    bool relevant = false;
    for (;;) {
        const ssize_t n = read(fd_, buf, sizeof buf);
        if (n <= 0) break;
        for (ssize_t at = 0; at < n;) {
            const auto* e = reinterpret_cast<const inotify_event*>(buf + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + e->len);
            if (e->mask & IN_IGNORED) continue;
            const std::string name = e->len ? std::string(e->name) : std::string();
            if ((e->mask & IN_ISDIR) || (e->len == 0) || !is_scratch_file(name)) relevant = true;
        }
    }
    return relevant;
}

Watcher::Event Watcher::wait(int stop_fd, std::chrono::milliseconds quiet,
                             std::chrono::milliseconds longest) {
    using Clock = std::chrono::steady_clock;
    bool changed = false;
    Clock::time_point first{};
    for (;;) {
        int timeout = -1;
        if (changed) {
            const auto left = longest - (Clock::now() - first);
            const auto wait = std::min<Clock::duration>(quiet, left);
            timeout = static_cast<int>(
                std::max<long long>(0, std::chrono::ceil<std::chrono::milliseconds>(wait).count()));
        }
        pollfd fds[2] = {{stop_fd, POLLIN, 0}, {fd_, POLLIN, 0}};
        const int ready = poll(fds, fd_ >= 0 ? 2 : 1, timeout);
        if (ready < 0 && errno == EINTR) continue;
        if (ready < 0) return Event::Stop;  // cannot wait any more: end cleanly
        if (fds[0].revents & POLLIN) {
            // Taken, so it is not delivered when the old mask comes back.
            signalfd_siginfo info;
            [[maybe_unused]] auto n = read(stop_fd, &info, sizeof info);
            return Event::Stop;
        }
        if (ready == 0 && changed) break;
        if (ready > 0 && (fds[1].revents & POLLIN) && drain() && !changed) {
            changed = true;
            first = Clock::now();
        }
        if (changed && Clock::now() - first >= longest) break;
    }
    for (const auto& root : roots_) add_tree(root);
    return Event::Changed;
}

}  // namespace shnor::serve
