// The state the HTTP threads read: versions move only on a real change, and
// long-polls wake on a change or on close.
#include "serve/state.hpp"

#include <catch2/catch.hpp>
#include <thread>

using namespace shnor;
using namespace std::chrono_literals;

namespace {

std::shared_ptr<const write::SharedFiles> site(const std::string& home) {
    return std::make_shared<const write::SharedFiles>(write::share({{"index.html", home}}));
}

}  // namespace

TEST_CASE("the version moves when the site or the overlay changes, only then", "[serve]") {
    serve::State state;
    CHECK(state.snapshot().version == 0);
    CHECK(state.snapshot().site->empty());
    state.publish(site("a"));
    CHECK(state.snapshot().version == 1);
    state.publish(site("a"));  // an editor's no-op save
    CHECK(state.snapshot().version == 1);
    state.fail("<div>err</div>");
    CHECK(state.snapshot().version == 2);
    CHECK(*state.snapshot().site->at("index.html") == "a");  // the last good site stays
    state.fail("<div>err</div>");
    CHECK(state.snapshot().version == 2);
    state.publish(site("a"));  // fixed: same site, but the overlay goes
    CHECK(state.snapshot().version == 3);
    CHECK(state.snapshot().overlay.empty());
}

TEST_CASE("a long-poll returns on a change, at once when behind, and on close", "[serve]") {
    serve::State state;
    CHECK(state.wait(5, 10s) == 0);  // behind: at once
    std::thread later([&] {
        std::this_thread::sleep_for(50ms);
        state.publish(site("b"));
    });
    CHECK(state.wait(0, 10s) == 1);
    later.join();
    std::thread closer([&] {
        std::this_thread::sleep_for(50ms);
        state.close();
    });
    const auto start = std::chrono::steady_clock::now();
    CHECK(state.wait(1, 10s) == 1);
    CHECK(std::chrono::steady_clock::now() - start < 5s);
    closer.join();
}

TEST_CASE("a site built over the previous one shares its unchanged files", "[serve]") {
    const auto before = write::share({{"index.html", "a"}, {"schools/x/index.html", "x"}});
    write::SharedMemoryOutput out(&before);
    CHECK(out.reuse("schools/x/index.html"));
    CHECK_FALSE(out.reuse("nope.html"));
    out.put("index.html", "b");
    const auto after = out.take();
    CHECK(after.at("schools/x/index.html") == before.at("schools/x/index.html"));  // one copy
    CHECK(*after.at("index.html") == "b");

    serve::State state;
    state.publish(std::make_shared<const write::SharedFiles>(before));
    const auto v = state.snapshot().version;
    // Equal bytes in other copies are the same site: no reload.
    state.publish(std::make_shared<const write::SharedFiles>(
        write::share({{"index.html", "a"}, {"schools/x/index.html", "x"}})));
    CHECK(state.snapshot().version == v);
    state.publish(std::make_shared<const write::SharedFiles>(after));
    CHECK(state.snapshot().version == v + 1);
}
