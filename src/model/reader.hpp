#pragma once
// Reads typed fields out of a loaded map. The schemas catch shape errors
// first (a file with schema errors is not built), so these only guard
// against what a schema cannot know and never crash on odd input.
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.hpp"
#include "load/node.hpp"
#include "model/date.hpp"

namespace shnor::model {

class Reader {
public:
    Reader(const load::Node* node, diag::Sink& sink);

    bool ok() const { return node_ && node_->is_map(); }
    const load::Node* node() const { return node_; }
    diag::SourceLoc loc() const;

    std::string str(const char* key, bool required = true) const;
    std::optional<double> number(const char* key, bool required = true) const;
    int integer(const char* key, int fallback = 0) const;
    bool boolean(const char* key, bool fallback = false) const;
    std::optional<Date> date(const char* key, bool required = true) const;
    std::vector<std::string> strings(const char* key) const;
    // Items of a list field (empty when absent).
    std::vector<const load::Node*> items(const char* key) const;
    const load::Node* child(const char* key) const;
    // Where a field's value is (for messages about it); the map's own place when absent.
    diag::SourceLoc at(const char* key) const;
    // Where each item of a list field is.
    std::vector<diag::SourceLoc> item_locs(const char* key) const;

private:
    const load::Node* field(const char* key, bool required) const;
    void wrong(const load::Node* v, const char* expected) const;

    const load::Node* node_;
    diag::Sink& sink_;
};

}  // namespace shnor::model
