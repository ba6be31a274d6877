#pragma once
// `shnor serve`: builds the site into memory, serves it on 127.0.0.1, and
// rebuilds (incrementally) whenever the content or the templates change,
// until SIGINT/SIGTERM. The open pages reload after each build that changed
// the site; a failed build keeps the last good site and shows its errors as
// an overlay.
#include <ostream>

#include "app/pipeline.hpp"

namespace shnor::serve {

struct Options {
    app::Options build;   // content, templates, cache, report date...
    int port = 8000;      // 0: any free port
    bool open = false;    // open the browser (xdg-open) once the site is built
    bool colour = false;  // the terminal report in colour
    bool quiet = false;   // errors only
};

// How many ports after a busy --port are tried before giving up.
inline constexpr int kPortTries = 20;

// Returns false when the server could not start (every port tried was busy,
// or watching failed); true after a clean stop.
bool run(const Options& options, std::ostream& out, std::ostream& err);

}  // namespace shnor::serve
