#pragma once
// A loaded YAML file as text: every node's kind, position and value, and
// every diagnostic, so the fast path and yaml-cpp can be compared whole
// (tests/load/yaml_fast_test.cpp, tests/fuzz/fuzz_yaml.cpp).
#include <ostream>
#include <sstream>
#include <string>

#include "diag/diagnostic.hpp"
#include "load/node.hpp"

namespace shnor::test {

inline void dump_node(const load::Node* n, std::ostream& out) {
    if (!n) {
        out << "(none)";
        return;
    }
    out << static_cast<int>(n->kind) << '@' << n->loc.line << ':' << n->loc.column
        << (n->plain ? "p" : "") << '[' << n->b << ',' << n->i << ',' << n->f << ',' << n->s << ']';
    for (const auto& item : n->seq) dump_node(item.get(), out << "\n-");
    for (std::size_t k = 0; k < n->map.size(); ++k) {
        out << "\n"
            << n->map[k].first << '@' << n->key_locs[k].line << ':' << n->key_locs[k].column << '=';
        dump_node(n->map[k].second.get(), out);
    }
    out << "\n.";
}

inline std::string yaml_outcome(const load::NodePtr& root, const diag::Sink& sink) {
    std::ostringstream out;
    dump_node(root.get(), out);
    for (const auto& d : sink.all())
        out << "\n"
            << static_cast<int>(d.severity) << ' ' << d.loc.line << ':' << d.loc.column << ' '
            << d.message;
    return out.str();
}

}  // namespace shnor::test
