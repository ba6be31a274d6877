#pragma once
// The preview's HTTP server (cpp-httplib) on 127.0.0.1, in its own threads:
// the routes of serve/routes.hpp and the long-poll the live script waits on.
#include <memory>
#include <thread>

#include "serve/state.hpp"

namespace httplib {
class Server;
}

namespace shnor::serve {

class HttpServer {
public:
    explicit HttpServer(State& state);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds 127.0.0.1:port, or else the first free one of the next `tries`
    // ports; returns the port bound, or 0 when none was free.
    int bind(int port, int tries);
    // Any free port; 0 when none.
    int bind_any();
    // Serves in a thread of its own until stop().
    void start();
    // Wakes the long-polls and returns once every request is answered.
    void stop();

private:
    State& state_;
    std::unique_ptr<httplib::Server> http_;
    std::thread thread_;
};

}  // namespace shnor::serve
