#pragma once
// Safe YAML loading: bytes are checked first, then parser events (our
// scanner's for the common subset, else yaml-cpp's) build our own Node tree
// directly (no YAML::Node), which lets us reject duplicate keys, bound alias
// expansion and depth, and keep positions.
#include <cstddef>
#include <string>
#include <string_view>

#include "diag/diagnostic.hpp"
#include "load/node.hpp"

namespace shnor::load {

struct Limits {
    std::size_t max_bytes = 2u << 20;  // per file
    std::size_t max_nodes = 100000;    // after expanding aliases
    int max_depth = 64;                // nesting, aliases included
};

// Parses one YAML document. `file` is the path shown in diagnostics.
// Returns nullptr when the file has errors (all reported to sink).
NodePtr parse_yaml(std::string_view bytes, const std::string& file, diag::Sink& sink,
                   const Limits& limits = {});

// The same through yaml-cpp alone, never load/yaml_fast's scanner: the
// reference the fast path is tested against.
NodePtr parse_yaml_reference(std::string_view bytes, const std::string& file, diag::Sink& sink,
                             const Limits& limits = {});

}  // namespace shnor::load
