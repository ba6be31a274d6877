// Compiling a schema: checks the shape of every keyword we support, compiles
// the regular expressions, resolves the local `$ref`s and rejects `$ref`
// cycles that would recurse without consuming input.
#include <set>

#include "validate/schema_format.hpp"
#include "validate/schema_impl.hpp"
#include "validate/schema_regex.hpp"
#include "validate/schema_text.hpp"

namespace shnor::validate {

namespace {

using load::Kind;
using load::Node;

enum class Shape {
    Schema,
    SchemaMap,
    SchemaList,
    PatternMap,
    NonNegInt,
    Number,
    PositiveNumber,
    String,
    StringSet,
    DependentRequired,
    Type,
    Array,
    Any,
    Bool,
    Ref,
    Pattern,
    Format,
    Meta,
    Id
};

struct Keyword {
    const char* name;
    Shape shape;
};

constexpr Keyword kKeywords[] = {
    {"$schema", Shape::Meta},
    {"$id", Shape::Id},
    {"$ref", Shape::Ref},
    {"$defs", Shape::SchemaMap},
    {"$comment", Shape::String},
    {"title", Shape::String},
    {"description", Shape::String},
    {"default", Shape::Any},
    {"examples", Shape::Array},
    {"deprecated", Shape::Bool},
    {"readOnly", Shape::Bool},
    {"writeOnly", Shape::Bool},
    {"type", Shape::Type},
    {"enum", Shape::Array},
    {"const", Shape::Any},
    {"properties", Shape::SchemaMap},
    {"patternProperties", Shape::PatternMap},
    {"additionalProperties", Shape::Schema},
    {"propertyNames", Shape::Schema},
    {"required", Shape::StringSet},
    {"dependentRequired", Shape::DependentRequired},
    {"dependentSchemas", Shape::SchemaMap},
    {"minProperties", Shape::NonNegInt},
    {"maxProperties", Shape::NonNegInt},
    {"items", Shape::Schema},
    {"prefixItems", Shape::SchemaList},
    {"contains", Shape::Schema},
    {"minContains", Shape::NonNegInt},
    {"maxContains", Shape::NonNegInt},
    {"minItems", Shape::NonNegInt},
    {"maxItems", Shape::NonNegInt},
    {"uniqueItems", Shape::Bool},
    {"minimum", Shape::Number},
    {"maximum", Shape::Number},
    {"exclusiveMinimum", Shape::Number},
    {"exclusiveMaximum", Shape::Number},
    {"multipleOf", Shape::PositiveNumber},
    {"minLength", Shape::NonNegInt},
    {"maxLength", Shape::NonNegInt},
    {"pattern", Shape::Pattern},
    {"format", Shape::Format},
    {"allOf", Shape::SchemaList},
    {"anyOf", Shape::SchemaList},
    {"oneOf", Shape::SchemaList},
    {"not", Shape::Schema},
    {"if", Shape::Schema},
    {"then", Shape::Schema},
    {"else", Shape::Schema},
};

constexpr const char* kDraft = "https://json-schema.org/draft/2020-12/schema";
constexpr int kMaxSchemaDepth = 200;
const std::vector<std::string> kTypeNames = {"string", "number", "integer", "boolean",
                                             "null",   "array",  "object"};

const Keyword* find_keyword(std::string_view name) {
    for (const auto& k : kKeywords)
        if (name == k.name) return &k;
    return nullptr;
}

bool is_non_negative_int(const Node& n) { return has_type(n, "integer") && n.number() >= 0; }

class Compiler {
public:
    Compiler(SchemaImpl& impl, diag::Sink& sink) : impl_(impl), sink_(sink) {}

    bool run() {
        schema(*impl_.root, 0, true);
        if (ok_ && !check_ref_cycles(impl_, order_, sink_)) ok_ = false;
        return ok_;
    }

private:
    void error(const diag::SourceLoc& loc, std::string message) {
        sink_.error(loc, std::move(message));
        ok_ = false;
    }

    void schema(const Node& s, int depth, bool is_root) {
        if (s.kind == Kind::Bool) return;
        if (!s.is_map()) {
            error(s.loc, "ожидалась схема (словарь или логическое значение), а " + found_value(s));
            return;
        }
        if (!seen_.insert(&s).second) return;
        order_.push_back(&s);
        if (depth > kMaxSchemaDepth) {
            error(s.loc, "слишком глубокая вложенность схемы");
            return;
        }
        for (std::size_t k = 0; k < s.map.size(); ++k) {
            const auto& [key, value] = s.map[k];
            const Keyword* kw = find_keyword(key);
            if (kw) {
                keyword(kw->shape, key, *value, depth, is_root);
            } else if (impl_.options.strict_keywords) {
                std::vector<std::string> names;
                for (const auto& known : kKeywords) names.emplace_back(known.name);
                auto hint = suggest(key, names);
                error(k < s.key_locs.size() ? s.key_locs[k] : s.loc,
                      "неизвестное ключевое слово схемы " + quoted(key) +
                          (hint ? " (возможно, " + quoted(*hint) + ")" : ""));
            }
        }
    }

    void keyword(Shape shape, const std::string& key, const Node& v, int depth, bool is_root) {
        if (!subschemas(shape, key, v, depth)) value(shape, quoted(key), v, is_root);
    }

    // Keywords whose values hold schemas; false for the other shapes.
    bool subschemas(Shape shape, const std::string& key, const Node& v, int depth) {
        const std::string name = quoted(key);
        switch (shape) {
            case Shape::Schema:
                if (key == "items" && v.is_seq())  // the draft-07 form
                    error(v.loc,
                          "\"items\" должен быть одной схемой; схемы по позициям задаёт "
                          "\"prefixItems\"");
                else
                    schema(v, depth + 1, false);
                return true;
            case Shape::SchemaMap:
            case Shape::PatternMap:
                if (!v.is_map()) error(v.loc, name + " должен быть словарём схем");
                for (std::size_t k = 0; k < v.map.size(); ++k) {
                    if (shape == Shape::PatternMap)
                        pattern(v.map[k].first, k < v.key_locs.size() ? v.key_locs[k] : v.loc);
                    schema(*v.map[k].second, depth + 1, false);
                }
                return true;
            case Shape::SchemaList:
                if (!v.is_seq() || v.seq.empty())
                    error(v.loc, name + " должен быть непустым списком схем");
                for (const auto& item : v.seq) schema(*item, depth + 1, false);
                return true;
            case Shape::Ref:
                ref(v, depth);
                return true;
            default:
                return false;
        }
    }

    // Keywords with plain values: only their shape is checked.
    void value(Shape shape, const std::string& name, const Node& v, bool is_root) {
        auto require = [&](bool ok, const char* what) {
            if (!ok) error(v.loc, name + " должен быть " + what);
            return ok;
        };
        switch (shape) {
            case Shape::NonNegInt:
                require(is_non_negative_int(v), "неотрицательным целым числом");
                return;
            case Shape::Number:
                require(v.is_number(), "числом");
                return;
            case Shape::PositiveNumber:
                require(v.is_number() && v.number() > 0, "положительным числом");
                return;
            case Shape::String:
                require(v.is_string(), "строкой");
                return;
            case Shape::StringSet:
                string_set(name, v);
                return;
            case Shape::DependentRequired:
                if (require(v.is_map(), "словарём списков полей"))
                    for (const auto& entry : v.map) string_set(name, *entry.second);
                return;
            case Shape::Type:
                type(v);
                return;
            case Shape::Array:
                require(v.is_seq(), "списком");
                return;
            case Shape::Bool:
                require(v.kind == Kind::Bool, "логическим значением");
                return;
            case Shape::Pattern:
                if (require(v.is_string(), "строкой")) pattern(v.s, v.loc);
                return;
            case Shape::Format:
                if (require(v.is_string(), "строкой")) format(v);
                return;
            case Shape::Meta:
                if (require(v.is_string(), "строкой") && impl_.options.strict_keywords &&
                    v.s != kDraft)
                    error(v.loc, std::string("поддерживается только \"$schema\": ") + kDraft);
                return;
            case Shape::Id:
                if (require(v.is_string(), "строкой") && impl_.options.strict_keywords && !is_root)
                    error(v.loc, "\"$id\" допускается только в корне схемы");
                return;
            default:
                return;  // Any, or an applicator handled above
        }
    }

    void string_set(const std::string& name, const Node& v) {
        bool ok = v.is_seq();
        for (std::size_t k = 0; ok && k < v.seq.size(); ++k) {
            ok = v.seq[k]->is_string();
            for (std::size_t j = 0; ok && j < k; ++j) ok = v.seq[j]->s != v.seq[k]->s;
        }
        if (!ok) error(v.loc, name + " должен быть списком строк без повторов");
    }

    void type(const Node& v) {
        std::vector<const Node*> names;
        if (v.is_string())
            names.push_back(&v);
        else if (v.is_seq())
            for (const auto& item : v.seq) names.push_back(item.get());
        if (names.empty())
            return error(v.loc, "\"type\" должен быть строкой или непустым списком строк");
        for (const Node* n : names) {
            if (n->is_string() && has_known_type(n->s)) continue;
            auto hint = n->is_string() ? suggest(n->s, kTypeNames) : std::nullopt;
            error(n->loc, "неизвестный тип " + render_value(*n) +
                              (hint ? " (возможно, " + quoted(*hint) + ")" : ""));
        }
    }

    static bool has_known_type(const std::string& name) {
        for (const auto& t : kTypeNames)
            if (t == name) return true;
        return false;
    }

    void format(const Node& v) {
        if (impl_.options.strict_keywords && impl_.options.assert_formats && !is_known_format(v.s))
            error(v.loc, "неизвестный формат " + quoted(v.s) +
                             " (поддерживаются: date, date-time, email, uri)");
    }

    void pattern(const std::string& text, const diag::SourceLoc& loc) {
        if (impl_.regexes.count(text)) return;
        std::string why;
        auto re = compile_regex(text, why);
        if (!re)
            return error(loc, "некорректное регулярное выражение " + quoted(text) + ": " + why);
        impl_.regexes.emplace(text, std::make_shared<const std::wregex>(std::move(*re)));
    }

    void ref(const Node& v, int depth) {
        if (!v.is_string()) return error(v.loc, "\"$ref\" должен быть строкой");
        if (impl_.refs.count(v.s)) return;
        std::string why;
        const Node* target = resolve_ref(impl_, v.s, why);
        if (!target) return error(v.loc, "ссылка " + quoted(v.s) + " не найдена: " + why);
        impl_.refs.emplace(v.s, target);
        schema(*target, depth + 1, target == impl_.root.get());
    }

    SchemaImpl& impl_;
    diag::Sink& sink_;
    bool ok_ = true;
    std::set<const Node*> seen_;
    std::vector<const Node*> order_;  // compile order, so cycle reports are deterministic
};

}  // namespace

const load::Node& Schema::root() const { return *impl_->root; }

std::optional<Schema> compile_schema(load::NodePtr root, diag::Sink& sink,
                                     const SchemaOptions& options) {
    auto impl = std::make_shared<SchemaImpl>();
    impl->root = std::move(root);
    impl->options = options;
    if (!impl->root) return std::nullopt;
    if (!Compiler(*impl, sink).run()) return std::nullopt;
    return Schema(std::move(impl));
}

}  // namespace shnor::validate
