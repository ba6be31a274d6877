// The progress line: nothing for short builds, one line rewritten in place
// for long ones and cleared at the end; a line per phase when verbose.
#include "cli/terminal.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace shnor;
using Phase = app::Progress::Phase;

namespace {

struct Run {
    std::ostringstream err;
    double now = 100;
    cli::ProgressLine line;
    explicit Run(cli::ProgressLine::Mode mode) : line(err, mode, [this] { return now; }) {}
    void at(double t, Phase phase, std::size_t done = 0, std::size_t total = 0) {
        now = 100 + t;
        line(app::Progress{phase, done, total});
    }
};

}  // namespace

TEST_CASE("a short build prints no progress", "[cli]") {
    Run r(cli::ProgressLine::Mode::Line);
    r.at(0, Phase::Region);
    r.at(0.1, Phase::Schools, 0, 2);
    r.at(0.2, Phase::Schools, 2, 2);
    r.at(0.3, Phase::Rollups);
    r.at(0.4, Phase::Done);
    CHECK(r.err.str().empty());
}

TEST_CASE("a long build rewrites one line and clears it", "[cli]") {
    Run r(cli::ProgressLine::Mode::Line);
    r.at(0, Phase::Region);
    r.at(0.2, Phase::Schools, 0, 1000);
    r.at(0.6, Phase::Schools, 10, 1000);
    r.at(0.65, Phase::Schools, 11, 1000);  // too soon after the last redraw
    r.at(1.3, Phase::Schools, 500, 1000);
    r.at(2, Phase::Rollups);
    r.at(3, Phase::Done);
    CHECK(r.err.str() ==
          "\r\x1b[Kшколы: 10 из 1000 · 0,6 с"
          "\r\x1b[Kшколы: 500 из 1000 · 1,3 с"
          "\r\x1b[Kсводные страницы · 2 с"
          "\r\x1b[K");
}

TEST_CASE("verbose: a line per phase with its start", "[cli]") {
    Run r(cli::ProgressLine::Mode::Verbose);
    r.at(0, Phase::Region);
    r.at(0.3, Phase::Schools, 0, 3);
    r.at(0.5, Phase::Schools, 1, 3);
    r.at(1.5, Phase::Rollups);
    r.at(2, Phase::Done);
    CHECK(r.err.str() ==
          "[0 с] данные региона\n[0,3 с] школы: 3\n[1,5 с] сводные страницы\n[2 с] готово\n");
}

TEST_CASE("off: nothing, and no callback at all", "[cli]") {
    std::ostringstream err;
    cli::ProgressLine line(err, cli::ProgressLine::Mode::Off);
    CHECK_FALSE(line.callback());
}
