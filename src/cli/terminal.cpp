#include "cli/terminal.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdlib>

#include "view/format.hpp"

namespace shnor::cli {

namespace {

using Phase = app::Progress::Phase;

const char* phase_ru(Phase p) {
    switch (p) {
        case Phase::Region:
            return "данные региона";
        case Phase::Schools:
            return "школы";
        case Phase::Rollups:
            return "сводные страницы";
        case Phase::Done:
            return "готово";
    }
    return "";
}

std::string seconds_ru(double s) { return view::number_ru(s, 1) + " с"; }

std::string counted(const app::Progress& p) {
    std::string text = phase_ru(p.phase);
    if (p.phase == Phase::Schools)
        text += ": " + std::to_string(p.done) + " из " + std::to_string(p.total);
    return text;
}

double steady_seconds() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

}  // namespace

bool stderr_colour() { return isatty(STDERR_FILENO) && std::getenv("NO_COLOR") == nullptr; }

bool stderr_progress() { return isatty(STDERR_FILENO); }

ProgressLine::ProgressLine(std::ostream& err, Mode mode, Clock clock)
    : err_(err), mode_(mode), clock_(clock ? std::move(clock) : Clock(steady_seconds)) {}

app::ProgressFn ProgressLine::callback() {
    if (mode_ == Mode::Off) return {};
    return [this](const app::Progress& p) { (*this)(p); };
}

void ProgressLine::show(const std::string& text) {
    err_ << "\r\x1b[K" << text << std::flush;
    shown_ = true;
}

void ProgressLine::operator()(const app::Progress& p) {
    std::lock_guard lock(mutex_);
    const double now = clock_();
    if (p.phase == Phase::Region) start_ = now, last_ = -1, shown_ = false;
    const double elapsed = now - start_;
    const bool new_phase = p.phase != phase_;
    phase_ = p.phase;
    if (mode_ == Mode::Verbose) {
        if (new_phase)
            err_ << "[" << seconds_ru(elapsed) << "] "
                 << (p.phase == Phase::Schools ? "школы: " + std::to_string(p.total)
                                               : phase_ru(p.phase))
                 << "\n"
                 << std::flush;
        return;
    }
    if (mode_ != Mode::Line) return;
    if (p.phase == Phase::Done) {
        if (shown_) err_ << "\r\x1b[K" << std::flush;
        shown_ = false;
        return;
    }
    // Short builds print nothing; long ones redraw a few times a second.
    if (elapsed < kDelay || (!new_phase && last_ >= 0 && now - last_ < kEvery)) return;
    last_ = now;
    show(counted(p) + " · " + seconds_ru(elapsed));
}

}  // namespace shnor::cli
