#pragma once
// A link on a page: shared by every view-model.
#include <string>

namespace shnor::view {

struct Link {
    std::string href, text;
    bool current = false;
};

}  // namespace shnor::view
