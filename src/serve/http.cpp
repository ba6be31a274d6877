#include "serve/http.hpp"

#include <httplib.h>

#include "serve/routes.hpp"

namespace shnor::serve {

namespace {

// A long-poll answers at least this often, so a closed tab frees its thread.
constexpr std::chrono::seconds kLongPoll{20};
// Each open tab holds one thread in its long-poll.
constexpr std::size_t kThreads = 16;

void reply(const Reply& r, httplib::Response& res) {
    res.status = r.status;
    res.set_header("Cache-Control", "no-store");
    if (!r.location.empty()) res.set_header("Location", r.location);
    if (!r.content_type.empty()) res.set_content(r.body, r.content_type.c_str());
}

}  // namespace

HttpServer::HttpServer(State& state) : state_(state), http_(std::make_unique<httplib::Server>()) {
    http_->new_task_queue = [] { return new httplib::ThreadPool(kThreads); };
    // httplib's default adds SO_REUSEPORT, with which a second server binds a
    // port already served and the kernel splits the connections between
    // them: a busy port must fail to bind. SO_REUSEADDR alone lets a restart
    // bind while old connections linger.
    http_->set_socket_options([](int sock) {
        int yes = 1;
        setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    http_->Get("/__shnor/wait", [this](const httplib::Request& req, httplib::Response& res) {
        unsigned long seen = 0;
        try {
            seen = std::stoul(req.get_param_value("v"));
        } catch (const std::exception&) {
            seen = 0;  // an unknown version: answer at once with the current one
        }
        const unsigned long now = state_.wait(seen, kLongPoll);
        res.set_header("Cache-Control", "no-store");
        res.set_content(std::to_string(now), "text/plain");
    });
    http_->Get(".*", [this](const httplib::Request& req, httplib::Response& res) {
        reply(route(state_.snapshot(), req.path), res);
    });
}

HttpServer::~HttpServer() { stop(); }

int HttpServer::bind(int port, int tries) {
    for (int p = port; p < port + tries && p <= 65535; ++p)
        if (http_->bind_to_port("127.0.0.1", p)) return p;
    return 0;
}

int HttpServer::bind_any() {
    const int p = http_->bind_to_any_port("127.0.0.1");
    return p > 0 ? p : 0;
}

void HttpServer::start() {
    thread_ = std::thread([this] { http_->listen_after_bind(); });
}

void HttpServer::stop() {
    state_.close();
    http_->stop();
    if (thread_.joinable()) thread_.join();
}

}  // namespace shnor::serve
