#pragma once
// The built-in templates and assets, embedded at build time by
// cmake/embed.cmake (the definitions live in the generated .cpp).
#include <cstddef>

namespace shnor::render::builtin {

struct Embedded {
    const char* name;           // path relative to templates/, e.g. "school.mustache"
    const unsigned char* data;  // NUL-terminated for convenience; size excludes it
    std::size_t size;
};

extern const Embedded files[];
extern const std::size_t file_count;

}  // namespace shnor::render::builtin
