#include "serve/serve.hpp"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/eventfd.h>
#include <sys/signalfd.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <functional>
#include <optional>
#include <thread>

#include "cache/build_cache.hpp"
#include "diag/report.hpp"
#include "fs/file_system.hpp"
#include "serve/http.hpp"
#include "serve/page.hpp"
#include "serve/state.hpp"
#include "serve/watch.hpp"
#include "view/format.hpp"
#include "write/output_sink.hpp"

extern char** environ;

namespace shnor::serve {

namespace {

using Clock = std::chrono::steady_clock;

// A burst of writes ends after this long without another event; the two
// together bound the latency an edit adds before the rebuild starts.
constexpr std::chrono::milliseconds kQuiet{60};
constexpr std::chrono::milliseconds kLongestBurst{1000};
// What the session cache's entries describe: the site in memory, always the
// one the last commit followed (a failed build neither publishes nor commits).
constexpr const char* kMemorySite = "memory";

std::string seconds_since(Clock::time_point start) {
    const double s = std::chrono::duration<double>(Clock::now() - start).count();
    return view::number_ru(s, s < 10 ? 2 : 1) + " с";
}

std::string schools_word(int n) {
    return std::to_string(n) + " " + view::plural_ru(n, "школа", "школы", "школ");
}

// Runs build() while a thread waits for SIGINT/SIGTERM on stop_fd: one
// that comes sets `cancel` (the engine then skips the schools not started).
void cancellable(int stop_fd, std::atomic<bool>& cancel, const std::function<void()>& build) {
    const int wake = eventfd(0, EFD_CLOEXEC);
    std::thread guard([&] {
        pollfd fds[2] = {{stop_fd, POLLIN, 0}, {wake, POLLIN, 0}};
        while (poll(fds, 2, -1) < 0 && errno == EINTR) {
        }
        if (fds[0].revents & POLLIN) {
            signalfd_siginfo info;
            [[maybe_unused]] auto n = read(stop_fd, &info, sizeof info);
            cancel = true;
        }
    });
    build();
    const std::uint64_t one = 1;
    [[maybe_unused]] auto n = ::write(wake, &one, sizeof one);
    guard.join();
    close(wake);
}

// One build into memory, reusing the previous site's unchanged files; false
// when Ctrl-C cancelled it (then the server is to stop).
bool rebuild(const Options& options, State& state, std::ostream& err, int stop_fd) {
    const auto start = Clock::now();
    const Snapshot before = state.snapshot();
    write::SharedMemoryOutput out(before.site.get());
    fs::DiskFileSystem disk;
    std::atomic<bool> cancel{false};
    app::Options build = options.build;
    build.cancel = &cancel;
    app::Result r;
    cancellable(stop_fd, cancel, [&] { r = app::run(build, disk, app::Stop::AfterRender, &out); });
    if (cancel) return false;
    if (!options.quiet || r.sink.has_errors())
        diag::report(r.sink, r.sources, diag::Format::Text, err, options.colour);
    if (r.ok()) {
        if (r.cache) r.cache->retire();
        state.publish(std::make_shared<const write::SharedFiles>(out.take()));
        if (r.cache) r.cache->commit(kMemorySite);
        if (!options.quiet)
            err << "собрано за " << seconds_since(start) << ": " << schools_word(r.schools)
                << (r.reused ? " (без изменений: " + schools_word(r.reused) + ")" : "") << "; "
                << diag::summary(r.sink.errors(), r.sink.warnings()) << "\n";
    } else {
        state.fail(overlay_html(r.sink, r.sources));
        err << "сайт не пересобран: " << diag::summary(r.sink.errors(), r.sink.warnings())
            << "; в браузере — последняя удачная сборка и список ошибок\n";
    }
    err.flush();
    return true;
}

// xdg-open when there is one; silently nothing otherwise.
void open_browser(const std::string& url) {
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    char* argv[] = {const_cast<char*>("xdg-open"), const_cast<char*>(url.c_str()), nullptr};
    if (posix_spawnp(&pid, "xdg-open", &actions, nullptr, argv, environ) == 0)
        std::thread([pid] { waitpid(pid, nullptr, 0); }).detach();
    posix_spawn_file_actions_destroy(&actions);
}

int bind_port(HttpServer& http, int port) {
    return port == 0 ? http.bind_any() : http.bind(port, kPortTries);
}

}  // namespace

bool run(const Options& given, std::ostream& out, std::ostream& err) {
    StopSignals signals;  // before any thread starts, so they all inherit the mask
    // The cache's entries describe this process's sites in memory: a cache
    // of its own, so that `build` never links its pages by them.
    Options options = given;
    std::optional<cache::SessionCacheDir> session;
    if (!options.build.cache_dir.empty()) {
        session.emplace(options.build.cache_dir);
        options.build.cache_dir = session->path();
        options.build.cache_output = kMemorySite;
    }
    State state;
    HttpServer http(state);
    const int port = bind_port(http, options.port);
    if (port == 0) {
        err << "shnor serve: порт " << options.port << " и следующие за ним (" << kPortTries - 1
            << ") заняты: укажите свободный, например --port 0 (любой)\n";
        return false;
    }
    std::vector<std::string> watched{options.build.content};
    if (!options.build.templates_dir.empty()) watched.push_back(options.build.templates_dir);
    Watcher watcher(watched);
    if (!watcher.failure().empty()) {
        err << "shnor serve: " << watcher.failure() << "\n";
        return false;
    }
    http.start();
    const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/";
    if (options.port != 0 && port != options.port)
        err << "порт " << options.port << " занят, выбран порт " << port << "\n";
    out << "Сайт: " << url << " (остановить: Ctrl-C)" << std::endl;
    bool running = rebuild(options, state, err, signals.fd());
    if (running && options.open) open_browser(url);
    while (running && watcher.wait(signals.fd(), kQuiet, kLongestBurst) == Watcher::Event::Changed)
        running = rebuild(options, state, err, signals.fd());
    http.stop();
    if (!options.quiet) err << "остановлено\n";
    return true;
}

}  // namespace shnor::serve
