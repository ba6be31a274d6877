// Local `$ref` resolution: `#`, `#/json/pointer` (with ~0 ~1 and %-escapes),
// optionally prefixed by the root's own `$id`.
#include <algorithm>
#include <charconv>
#include <set>

#include "validate/schema_impl.hpp"

namespace shnor::validate {

namespace {

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool percent_decode(std::string_view in, std::string& out) {
    for (std::size_t k = 0; k < in.size(); ++k) {
        if (in[k] != '%') {
            out += in[k];
            continue;
        }
        if (k + 2 >= in.size()) return false;
        int hi = hex_value(in[k + 1]), lo = hex_value(in[k + 2]);
        if (hi < 0 || lo < 0) return false;
        out += static_cast<char>(hi * 16 + lo);
        k += 2;
    }
    return true;
}

// One reference token: ~1 is "/", ~0 is "~", any other "~" is an error.
bool unescape_token(std::string_view in, std::string& out) {
    for (std::size_t k = 0; k < in.size(); ++k) {
        if (in[k] != '~') {
            out += in[k];
            continue;
        }
        if (k + 1 >= in.size() || (in[k + 1] != '0' && in[k + 1] != '1')) return false;
        out += in[++k] == '0' ? '~' : '/';
    }
    return true;
}

const load::Node* step(const load::Node& node, const std::string& token) {
    if (node.is_map()) return node.get(token);
    if (!node.is_seq() || token.empty() || (token.size() > 1 && token[0] == '0')) return nullptr;
    std::size_t index = 0;
    auto [end, ec] = std::from_chars(token.data(), token.data() + token.size(), index);
    if (ec != std::errc() || end != token.data() + token.size() || index >= node.seq.size())
        return nullptr;
    return node.seq[index].get();
}

}  // namespace

const load::Node* resolve_ref(const SchemaImpl& impl, const std::string& ref, std::string& why) {
    std::string_view text = ref;
    const load::Node* id = impl.root->get("$id");
    if (id && id->is_string() && !id->s.empty() && text.substr(0, id->s.size()) == id->s)
        text.remove_prefix(id->s.size());
    if (text.empty()) return impl.root.get();
    if (text[0] != '#') {
        why = "внешние ссылки не поддерживаются, допустимы только ссылки внутри схемы (\"#/...\")";
        return nullptr;
    }
    std::string pointer;
    if (!percent_decode(text.substr(1), pointer)) {
        why = "неверная %-последовательность";
        return nullptr;
    }
    if (pointer.empty()) return impl.root.get();
    if (pointer[0] != '/') {
        why = "якоря ($anchor) не поддерживаются, используйте указатель вида \"#/$defs/имя\"";
        return nullptr;
    }
    const load::Node* node = impl.root.get();
    std::size_t pos = 1;
    while (node) {
        std::size_t slash = pointer.find('/', pos);
        std::string token;
        std::string_view raw = std::string_view(pointer).substr(
            pos, slash == std::string::npos ? std::string::npos : slash - pos);
        if (!unescape_token(raw, token)) {
            why = "неверная последовательность \"~\" в указателе";
            return nullptr;
        }
        node = step(*node, token);
        if (slash == std::string::npos) break;
        pos = slash + 1;
    }
    if (!node) why = "в схеме нет такого места";
    return node;
}

namespace {

// The schemas applied to the same instance as `schema` (in-place applicators).
void in_place_children(const SchemaImpl& impl, const load::Node& schema,
                       std::vector<const load::Node*>& out) {
    if (!schema.is_map()) return;
    for (const auto& [key, value] : schema.map) {
        if (key == "$ref" && value->is_string()) {
            auto it = impl.refs.find(value->s);
            if (it != impl.refs.end()) out.push_back(it->second);
        } else if (key == "allOf" || key == "anyOf" || key == "oneOf") {
            for (const auto& item : value->seq) out.push_back(item.get());
        } else if (key == "not" || key == "if" || key == "then" || key == "else") {
            out.push_back(value.get());
        } else if (key == "dependentSchemas") {
            for (const auto& entry : value->map) out.push_back(entry.second.get());
        }
    }
}

// Depth-first search; a back edge closes a cycle.
struct CycleFinder {
    const SchemaImpl& impl;
    diag::Sink& sink;
    std::set<const load::Node*> done;
    std::vector<const load::Node*> path;
    bool ok = true;

    void visit(const load::Node* s) {
        path.push_back(s);
        std::vector<const load::Node*> next;
        in_place_children(impl, *s, next);
        for (const load::Node* n : next) {
            if (std::find(path.begin(), path.end(), n) != path.end()) {
                const load::Node* at = s->get("$ref");
                sink.error(at ? at->loc : s->loc,
                           "циклическая ссылка: схема применяет сама себя к тому же значению");
                ok = false;
            } else if (!done.count(n) && path.size() < kMaxPath) {
                visit(n);
            }
        }
        path.pop_back();
        done.insert(s);
    }

    static constexpr std::size_t kMaxPath = 1000;  // bounds our own recursion
};

}  // namespace

bool check_ref_cycles(const SchemaImpl& impl, const std::vector<const load::Node*>& order,
                      diag::Sink& sink) {
    CycleFinder finder{impl, sink, {}, {}, true};
    for (const load::Node* start : order)
        if (!finder.done.count(start)) finder.visit(start);
    return finder.ok;
}

}  // namespace shnor::validate
