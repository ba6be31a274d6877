#include "serve/state.hpp"

#include <algorithm>

namespace shnor::serve {

namespace {

// Files shared with the previous site compare by pointer, without reading.
bool same_files(const write::SharedFiles& a, const write::SharedFiles& b) {
    return a.size() == b.size() &&
           std::equal(a.begin(), a.end(), b.begin(), [](const auto& x, const auto& y) {
               return x.first == y.first && (x.second == y.second || *x.second == *y.second);
           });
}

}  // namespace

State::State() { current_.site = std::make_shared<const write::SharedFiles>(); }

Snapshot State::snapshot() const {
    std::lock_guard lock(mutex_);
    return current_;
}

void State::bump() {
    ++current_.version;
    changed_.notify_all();
}

void State::publish(std::shared_ptr<const write::SharedFiles> site) {
    std::lock_guard lock(mutex_);
    const bool same = current_.overlay.empty() && same_files(*current_.site, *site);
    current_.site = std::move(site);
    current_.overlay.clear();
    if (!same) bump();
}

void State::fail(std::string overlay) {
    std::lock_guard lock(mutex_);
    if (overlay == current_.overlay) return;
    current_.overlay = std::move(overlay);
    bump();
}

unsigned long State::wait(unsigned long seen, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [&] { return closed_ || current_.version != seen; });
    return current_.version;
}

void State::close() {
    std::lock_guard lock(mutex_);
    closed_ = true;
    changed_.notify_all();
}

}  // namespace shnor::serve
