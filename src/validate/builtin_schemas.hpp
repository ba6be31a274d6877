#pragma once
// The schemas of schemas/, embedded in the binary at build time
// (cmake/embed.cmake), so shnor validates the same way wherever it runs.
#include <cstddef>

namespace shnor::validate::builtin {

struct Embedded {
    const char* name;  // relative to schemas/
    const unsigned char* data;
    std::size_t size;
};

extern const Embedded files[];
extern const std::size_t file_count;

}  // namespace shnor::validate::builtin
