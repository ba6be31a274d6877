#pragma once
// What a person at a terminal sees besides the report: colour, and a
// progress line on long builds. Both only when stderr is a terminal, so logs,
// pipes and CI get plain text; colour never when NO_COLOR is set.
#include <functional>
#include <mutex>
#include <ostream>

#include "app/pipeline.hpp"

namespace shnor::cli {

// Colour for stderr: a terminal, and no NO_COLOR in the environment (set at
// all, even empty: the user asked for none).
bool stderr_colour();
// A progress line for stderr: a terminal.
bool stderr_progress();

class ProgressLine {
public:
    // Off: nothing. Line: one line rewritten in place (a terminal), shown once
    // a build has run for kDelay, cleared at the end. Verbose: a line per
    // phase with its start time, for logs.
    enum class Mode { Off, Line, Verbose };
    using Clock = std::function<double()>;  // seconds, monotonic
    static constexpr double kDelay = 0.5, kEvery = 0.1;

    ProgressLine(std::ostream& err, Mode mode, Clock clock = {});
    // The callback for app::Options::progress (thread-safe).
    app::ProgressFn callback();
    void operator()(const app::Progress& p);

private:
    void show(const std::string& text);

    std::ostream& err_;
    Mode mode_;
    Clock clock_;
    std::mutex mutex_;
    double start_ = 0, last_ = -1;
    bool shown_ = false;
    app::Progress::Phase phase_ = app::Progress::Phase::Done;
};

}  // namespace shnor::cli
