#pragma once
// A fixed pool of threads over an index range: each worker takes the next
// index until none is left. Work items must not depend on each other; their
// results go to slots by index, so the outcome never depends on the order in
// which threads finish.
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace shnor::app {

// The number of workers for `jobs` (0: one per core) and n items.
inline unsigned worker_count(unsigned jobs, std::size_t n) {
    unsigned w = jobs ? jobs : std::max(1u, std::thread::hardware_concurrency());
    return static_cast<unsigned>(std::max<std::size_t>(1, std::min<std::size_t>(w, n)));
}

// Calls fn(worker, i) for every i < n on `workers` threads (worker < workers).
// An exception in any call is rethrown here once all threads have stopped.
template <typename Fn>
void parallel_for(std::size_t n, unsigned workers, Fn fn) {
    std::atomic<std::size_t> next{0};
    std::exception_ptr error;
    std::mutex error_mutex;
    auto run = [&](unsigned worker) {
        try {
            for (std::size_t i; (i = next++) < n;) fn(worker, i);
        } catch (...) {
            std::lock_guard lock(error_mutex);
            if (!error) error = std::current_exception();
            next = n;  // stop the others early
        }
    };
    std::vector<std::thread> threads;
    for (unsigned w = 1; w < workers; ++w) threads.emplace_back(run, w);
    run(0);
    for (auto& t : threads) t.join();
    if (error) std::rethrow_exception(error);
}

}  // namespace shnor::app
