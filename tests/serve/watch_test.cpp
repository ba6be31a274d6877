// The watcher: a change ends one wait after the burst, editors' scratch
// files do not, new folders are watched too, and the stop descriptor wins.
#include "serve/watch.hpp"

#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>

using namespace shnor;
using namespace std::chrono_literals;
namespace stdfs = std::filesystem;

namespace {

// The stop descriptor, written after a delay unless the test ended first.
struct Pipe {
    int fd[2] = {-1, -1};
    std::promise<void> done;
    std::thread writer;
    Pipe() { REQUIRE(pipe(fd) == 0); }
    ~Pipe() {
        done.set_value();
        if (writer.joinable()) writer.join();
        close(fd[0]), close(fd[1]);
    }
    void stop_after(std::chrono::milliseconds delay) {
        writer = std::thread([w = fd[1], delay, ended = done.get_future()] {
            if (ended.wait_for(delay) == std::future_status::timeout) [[maybe_unused]]
                auto n = write(w, "x", 1);
        });
    }
};

stdfs::path fresh(const std::string& name) {
    auto dir = stdfs::temp_directory_path() / ("shnor-watch-" + name);
    stdfs::remove_all(dir);
    stdfs::create_directories(dir / "schools");
    return dir;
}

void write_file(const stdfs::path& p, const std::string& text) { std::ofstream(p) << text; }

}  // namespace

TEST_CASE("scratch files of editors are told apart", "[serve]") {
    CHECK(serve::is_scratch_file(".school.yaml.swp"));
    CHECK(serve::is_scratch_file("school.yaml~"));
    CHECK(serve::is_scratch_file("4913"));
    CHECK(serve::is_scratch_file("school.yaml.tmp"));
    CHECK_FALSE(serve::is_scratch_file("school.yaml"));
    CHECK_FALSE(serve::is_scratch_file("2022"));
}

TEST_CASE("a write under a watched folder ends the wait, a scratch file does not", "[serve]") {
    auto dir = fresh("change");
    serve::Watcher watcher({dir.string(), (dir / "missing").string()});
    REQUIRE(watcher.failure().empty());
    Pipe stop;
    write_file(dir / "schools" / ".x.swp", "scratch");
    stop.stop_after(400ms);  // a relevant event would end the wait well before
    CHECK(watcher.wait(stop.fd[0], 60ms, 1000ms) == serve::Watcher::Event::Stop);

    Pipe stop2;
    stop2.stop_after(5000ms);
    std::thread editor([&] {
        std::this_thread::sleep_for(50ms);
        for (int i = 0; i < 3; ++i) write_file(dir / "schools" / "a.yaml", "id: a\n");
    });
    CHECK(watcher.wait(stop2.fd[0], 60ms, 1000ms) == serve::Watcher::Event::Changed);
    editor.join();
}

TEST_CASE("folders created later are watched too", "[serve]") {
    auto dir = fresh("new-folder");
    serve::Watcher watcher({dir.string()});
    Pipe stop;
    stop.stop_after(5000ms);
    stdfs::create_directories(dir / "schools" / "new");
    CHECK(watcher.wait(stop.fd[0], 60ms, 1000ms) == serve::Watcher::Event::Changed);
    std::thread editor([&] {
        std::this_thread::sleep_for(50ms);
        write_file(dir / "schools" / "new" / "school.yaml", "id: new\n");
    });
    CHECK(watcher.wait(stop.fd[0], 60ms, 1000ms) == serve::Watcher::Event::Changed);
    editor.join();
}
