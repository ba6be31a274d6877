#include "load/yaml_fast.hpp"

#include <yaml-cpp/emitterstyle.h>
#include <yaml-cpp/mark.h>

#include <cstddef>
#include <string>

#include "load/scalar.hpp"

namespace shnor::load {
namespace {

struct Unsupported {};  // the text leaves the subset: yaml-cpp takes over

constexpr std::size_t kNone = std::string_view::npos;
constexpr int kMaxDepth = 100;  // the handler's own limit is lower

// Reads the document line by line. The current line starts at line_start_;
// it is always a content line (not blank, not a comment) or the end.
class Scanner {
public:
    Scanner(std::string_view text, YAML::EventHandler& out) : t_(text), out_(out) {}

    void document() {
        seek_content();
        if (eof_ || indent_ != 0) throw Unsupported{};
        out_.OnDocumentStart(mark(line_start_));
        block(0);
        if (!eof_) throw Unsupported{};
        out_.OnDocumentEnd();
    }

private:
    std::string_view t_;
    YAML::EventHandler& out_;
    std::size_t line_start_ = 0;
    int line_ = 0;  // 0-based number of the current line
    std::size_t indent_ = 0;
    bool eof_ = false;
    int depth_ = 0;

    // Past the end reads as a line break: every scan stops there.
    char at(std::size_t p) const { return p < t_.size() ? t_[p] : '\n'; }
    bool eol(std::size_t p) const { return at(p) == '\n'; }
    std::size_t skip_spaces(std::size_t p) const {
        while (at(p) == ' ') ++p;
        return p;
    }

    YAML::Mark mark(std::size_t p) const {
        YAML::Mark m;
        m.pos = static_cast<int>(p);
        m.line = line_;
        m.column = static_cast<int>(p - line_start_);
        return m;
    }

    void next_line(std::size_t p) {
        auto nl = t_.find('\n', p);
        if (nl == kNone || nl + 1 >= t_.size()) {
            eof_ = true;
            line_start_ = t_.size();
            return;
        }
        line_start_ = nl + 1;
        ++line_;
    }

    // Skips blank and comment lines from the current one.
    void seek_content() {
        while (!eof_) {
            std::size_t p = skip_spaces(line_start_);
            if (!eol(p) && at(p) != '#') {
                indent_ = p - line_start_;
                if (indent_ == 0 &&
                    (t_.compare(p, 3, "---") == 0 || t_.compare(p, 3, "...") == 0 || at(p) == '%'))
                    throw Unsupported{};  // documents and directives
                return;
            }
            next_line(p);
        }
    }

    // After a value: only spaces and a comment may follow on its line.
    void end_line(std::size_t p) {
        std::size_t q = skip_spaces(p);
        if (!eol(q) && !(at(q) == '#' && q > p)) throw Unsupported{};
        next_line(q);
        seek_content();
    }

    // One level of nesting for as long as it lives.
    struct Nest {
        int& depth;
        explicit Nest(int& d) : depth(d) {
            if (++depth > kMaxDepth) throw Unsupported{};
        }
        ~Nest() { --depth; }
        Nest(const Nest&) = delete;
        Nest& operator=(const Nest&) = delete;
    };

    // A plain scalar may start here. A dash only before a digit (-5); the
    // other indicators mean constructs left to yaml-cpp.
    bool plain_start(std::size_t p) const {
        char ch = at(p);
        if (ch == '-') return at(p + 1) >= '0' && at(p + 1) <= '9';
        return std::string_view("?:,[]{}#&*!|>'\"%@` \n").find(ch) == kNone;
    }

    // The colon that ends a simple block key starting at p, or kNone.
    std::size_t key_end(std::size_t p) const {
        if (!plain_start(p)) return kNone;
        for (std::size_t q = p;; ++q) {
            char ch = at(q);
            switch (ch) {
                case ':':
                    return at(q + 1) == ' ' || eol(q + 1) ? q : kNone;
                case '\n':
                case ' ':
                case '#':
                case ',':
                case '?':
                case '[':
                case ']':
                case '{':
                case '}':
                case '"':
                case '\'':
                    return kNone;
                default:
                    break;
            }
        }
    }

    void plain(std::size_t p, std::string_view s) {
        if (is_null_word(s))
            out_.OnNull(mark(p), 0);
        else
            out_.OnScalar(mark(p), "?", 0, std::string(s));
    }

    bool dash(std::size_t p) const { return at(p) == '-' && (at(p + 1) == ' ' || eol(p + 1)); }

    void block(std::size_t c) {
        Nest nest(depth_);
        if (dash(line_start_ + c))
            seq(c, false);
        else
            map(c);
    }

    void map(std::size_t c) {
        out_.OnMapStart(mark(line_start_ + c), "?", 0, YAML::EmitterStyle::Block);
        while (true) {
            std::size_t p = line_start_ + c;
            std::size_t colon = key_end(p);
            if (colon == kNone) throw Unsupported{};
            plain(p, t_.substr(p, colon - p));
            std::size_t v = skip_spaces(colon + 1);
            if (eol(v) || at(v) == '#') {
                end_line(colon + 1);
                if (!eof_ && indent_ == c && dash(line_start_ + c)) {
                    Nest nest(depth_);
                    seq(c, true);  // a list at its key's indent
                } else {
                    if (eof_ || indent_ <= c) throw Unsupported{};  // an empty value
                    block(indent_);
                }
            } else {
                value(v, c);
            }
            if (eof_ || indent_ < c) break;
            if (indent_ > c) throw Unsupported{};
        }
        out_.OnMapEnd();
    }

    // A block list at column c. An indentless one (its key at the same
    // column) ends at the first line there that is not an item.
    void seq(std::size_t c, bool indentless) {
        out_.OnSequenceStart(mark(line_start_ + c), "?", 0, YAML::EmitterStyle::Block);
        while (true) {
            std::size_t p = line_start_ + c;
            if (at(p + 1) != ' ') throw Unsupported{};  // "-" alone: the item below
            std::size_t v = skip_spaces(p + 1);
            if (key_end(v) != kNone) {  // "- key: value" opens a map at the key
                Nest nest(depth_);
                map(v - line_start_);
            } else {
                value(v, c);
            }
            if (eof_ || indent_ < c) break;
            if (indent_ > c) throw Unsupported{};
            if (!dash(line_start_ + c)) {
                if (indentless) break;
                throw Unsupported{};
            }
        }
        out_.OnSequenceEnd();
    }

    // A value on its key's or dash's line; c is its collection's indent.
    void value(std::size_t v, std::size_t c) {
        char ch = at(v);
        if (ch == '{' || ch == '[') {
            end_line(flow(v));
        } else if (ch == '"' || ch == '\'') {
            end_line(quoted(v));
        } else {
            end_line(plain_block(v, c));
        }
    }

    std::size_t plain_block(std::size_t v, std::size_t c) {
        if (!plain_start(v)) throw Unsupported{};
        std::size_t e = v;
        for (;; ++e) {  // to the line's end or a comment; a key or brackets inside: give up
            char ch = at(e);
            if (ch == '\n' || (ch == '#' && at(e - 1) == ' ')) break;
            if (ch == '[' || ch == ']' || ch == '{' || ch == '}' ||
                (ch == ':' && (at(e + 1) == ' ' || eol(e + 1))))
                throw Unsupported{};
        }
        while (at(e - 1) == ' ') --e;
        std::string_view s = t_.substr(v, e - v);
        no_continuation(e, c);
        plain(v, s);
        return e;
    }

    // Lines after a plain value indented deeper than its collection would
    // continue it (folded into one line): left to yaml-cpp.
    void no_continuation(std::size_t p, std::size_t c) const {
        for (p = t_.find('\n', p); p != kNone; p = t_.find('\n', p + 1)) {
            std::size_t q = skip_spaces(p + 1);
            if (q >= t_.size()) return;
            if (!eol(q)) {
                if (q - (p + 1) > c) throw Unsupported{};
                return;
            }
        }
    }

    // One-line quoted text without escapes; returns the end of it.
    std::size_t quoted(std::size_t v) {
        char q = at(v);
        std::string s;
        std::size_t p = v + 1;
        for (;; ++p) {
            char ch = at(p);
            if (ch == '\n' || (q == '"' && ch == '\\')) throw Unsupported{};
            if (ch != q) {
                s += ch;
            } else if (q == '\'' && at(p + 1) == '\'') {
                s += '\'';
                ++p;
            } else {
                break;
            }
        }
        out_.OnScalar(mark(v), "!", 0, s);
        return p + 1;
    }

    // { key: value, ... } or [ item, ... ] on one line; returns its end.
    std::size_t flow(std::size_t v) {
        Nest nest(depth_);
        bool is_map = at(v) == '{';
        char close = is_map ? '}' : ']';
        if (is_map)
            out_.OnMapStart(mark(v), "?", 0, YAML::EmitterStyle::Flow);
        else
            out_.OnSequenceStart(mark(v), "?", 0, YAML::EmitterStyle::Flow);
        std::size_t p = skip_spaces(v + 1);
        while (at(p) != close) {
            if (is_map) p = flow_key(p);
            p = skip_spaces(flow_item(p));
            if (at(p) == ',') {
                p = skip_spaces(p + 1);
                if (at(p) == close) throw Unsupported{};  // a trailing comma
            } else if (at(p) != close) {
                throw Unsupported{};
            }
        }
        if (is_map)
            out_.OnMapEnd();
        else
            out_.OnSequenceEnd();
        return p + 1;
    }

    std::size_t flow_key(std::size_t p) {
        std::size_t colon = key_end(p);
        if (colon == kNone || at(colon + 1) != ' ') throw Unsupported{};
        plain(p, t_.substr(p, colon - p));
        return skip_spaces(colon + 1);
    }

    std::size_t flow_item(std::size_t p) {
        char ch = at(p);
        if (ch == '{' || ch == '[') return flow(p);
        if (ch == '"' || ch == '\'') return quoted(p);
        if (!plain_start(p)) throw Unsupported{};
        std::size_t e = p;
        for (;; ++e) {
            char c = at(e);
            if (c == ',' || c == ']' || c == '}' || c == '\n') break;
            // yaml-cpp ends a scalar in brackets at any of ?[]{} too.
            if (c == ':' || c == '#' || c == '?' || c == '[' || c == '{' || c == '"' || c == '\'')
                throw Unsupported{};
        }
        std::size_t end = e;
        while (at(end - 1) == ' ') --end;
        plain(p, t_.substr(p, end - p));
        return e;
    }
};

}  // namespace

bool scan_common_yaml(std::string_view text, YAML::EventHandler& out) {
    for (char ch : text)  // find_first_of would call memchr once per byte
        if (ch == '\t' || ch == '\r') return false;
    Scanner scanner(text, out);
    try {
        scanner.document();
    } catch (const Unsupported&) {
        return false;
    }
    return true;
}

}  // namespace shnor::load
