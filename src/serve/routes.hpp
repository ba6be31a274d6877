#pragma once
// From a request path to a reply, over a snapshot of the state: the site's
// files from memory, with the live-reload script (and the error overlay)
// injected into HTML. No disk and no HTTP library here, so tests call it
// directly.
#include <string>
#include <string_view>

#include "serve/state.hpp"

namespace shnor::serve {

struct Reply {
    int status = 200;
    std::string content_type;
    std::string body;
    std::string location;  // for a redirect
};

// path: the decoded URL path, starting with '/'.
Reply route(const Snapshot& now, std::string_view path);

}  // namespace shnor::serve
