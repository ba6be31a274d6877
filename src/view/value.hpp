#pragma once
// A neutral tree that view-models are projected into before rendering:
// strings, booleans, lists and objects with ordered keys. Templates see only
// this; render/ shows it to the template engine value by value, so that
// only one file knows the engine, and tests can list the keys a page offers.
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace shnor::view {

class Value {
public:
    enum class Kind { String, Bool, List, Object };

    Value() : kind_(Kind::Object) {}
    Value(std::string s)
        : kind_(Kind::String), str_(std::move(s)) {}        // NOLINT: implicit on purpose
    Value(const char* s) : kind_(Kind::String), str_(s) {}  // NOLINT
    Value(bool b) : kind_(Kind::Bool), bool_(b) {}          // NOLINT
    Value(int) = delete;  // numbers are formatted by view/format, never implicitly

    static Value list() {
        Value v;
        v.kind_ = Kind::List;
        return v;
    }

    Kind kind() const { return kind_; }
    const std::string& str() const { return str_; }
    bool boolean() const { return bool_; }
    const std::vector<Value>& items() const { return list_; }
    const std::map<std::string, Value>& fields() const { return obj_; }
    // For the renderer, which takes a page's tree apart instead of copying it.
    std::vector<Value>& items() { return list_; }
    std::map<std::string, Value>& fields() { return obj_; }

    // Object: set a key (chainable). List: append. On a temporary the chain
    // stays an rvalue, so `return Value().set(..).set(..);` moves, not copies.
    Value& set(const std::string& key, Value v) & {
        obj_[key] = std::move(v);
        return *this;
    }
    Value&& set(const std::string& key, Value v) && { return std::move(set(key, std::move(v))); }
    Value& push(Value v) & {
        list_.push_back(std::move(v));
        return *this;
    }
    Value&& push(Value v) && { return std::move(push(std::move(v))); }

private:
    Kind kind_;
    std::string str_;
    bool bool_ = false;
    std::vector<Value> list_;
    std::map<std::string, Value> obj_;
};

}  // namespace shnor::view
