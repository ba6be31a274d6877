// The HTTP server in-process: binding (a busy port moves on), the site and
// the long-poll over real sockets, and a stop that wakes a waiting poll.
#include "serve/http.hpp"

#include <httplib.h>

#include <catch2/catch.hpp>
#include <future>

#include "serve/serve.hpp"

using namespace shnor;
using namespace std::chrono_literals;

TEST_CASE("the server serves the state, long-polls, moves off a busy port, stops", "[serve]") {
    serve::State state;
    serve::HttpServer http(state);
    const int port = http.bind_any();
    REQUIRE(port > 0);
    http.start();
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(30, 0);

    auto none = client.Get("/");
    REQUIRE(none);
    CHECK(none->status == 503);
    state.publish(std::make_shared<const write::SharedFiles>(
        write::share({{"index.html", "<html><body>home</body></html>"}})));
    auto home = client.Get("/");
    REQUIRE(home);
    CHECK(home->status == 200);
    CHECK(home->get_header_value("Content-Type") == "text/html; charset=utf-8");
    CHECK(home->get_header_value("Cache-Control") == "no-store");
    CHECK(home->body.find("home<script src=\"/__shnor/live.js\" data-version=\"1\">") !=
          std::string::npos);
    auto now = client.Get("/__shnor/wait?v=0");
    REQUIRE(now);
    CHECK(now->body == "1");

    // Another server on the same port moves to a free one after it.
    serve::State other_state;
    serve::HttpServer other(other_state);
    CHECK(other.bind(port, 1) == 0);
    const int moved = other.bind(port, serve::kPortTries);
    CHECK(moved > port);

    // A long-poll waiting on the current version is answered by stop().
    auto waiting = std::async(std::launch::async, [port] {
        httplib::Client c("127.0.0.1", port);
        c.set_read_timeout(30, 0);
        return c.Get("/__shnor/wait?v=1");
    });
    std::this_thread::sleep_for(100ms);
    const auto start = std::chrono::steady_clock::now();
    http.stop();
    CHECK(std::chrono::steady_clock::now() - start < 10s);
    auto answered = waiting.get();
    REQUIRE(answered);
    CHECK(answered->body == "1");
}
