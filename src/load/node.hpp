#pragma once
// The loaded YAML tree. yaml-cpp never leaves load/: everything downstream
// sees this typed tree, where scalars are already typed by the YAML 1.2 core
// schema and every node keeps its SourceLoc.
#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "diag/source_loc.hpp"

namespace shnor::load {

struct Node;
using NodePtr = std::shared_ptr<const Node>;

enum class Kind { Null, Bool, Int, Float, String, Seq, Map };

struct Node {
    Kind kind = Kind::Null;
    diag::SourceLoc loc;
    bool plain = false;  // an unquoted scalar: its text sits verbatim at loc
    bool b = false;
    std::int64_t i = 0;
    double f = 0;
    std::string s;  // String; for Int/Float also the original text
    std::vector<NodePtr> seq;
    // Keys keep document order; duplicates are rejected by the loader.
    std::vector<std::pair<std::string, NodePtr>> map;
    std::vector<diag::SourceLoc> key_locs;  // parallel to map

    bool is_null() const { return kind == Kind::Null; }
    bool is_map() const { return kind == Kind::Map; }
    bool is_seq() const { return kind == Kind::Seq; }
    bool is_string() const { return kind == Kind::String; }
    bool is_number() const { return kind == Kind::Int || kind == Kind::Float; }
    double number() const { return kind == Kind::Int ? static_cast<double>(i) : f; }

    // Map lookup; nullptr when absent or when this is not a map.
    const Node* get(std::string_view key) const;
    // Location of a key (for "unknown key" messages); loc when absent.
    diag::SourceLoc key_loc(std::string_view key) const;
};

// A kind name in Russian for messages: "строка", "число", ...
const char* kind_name(Kind k);

}  // namespace shnor::load
