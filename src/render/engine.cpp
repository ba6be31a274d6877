#include "render/engine.hpp"

#include <charconv>
#include <deque>
#include <kainjow/mustache.hpp>
#include <map>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "render/template_scan.hpp"

namespace shnor::render {
namespace {

namespace mu = kainjow::mustache;
using Data = mu::data;

// Partial cycles are refused before rendering (TemplateSet::check); this
// only bounds the total work of one page, far above what our pages use.
constexpr int kMaxPartialExpansions = 100000;

struct PageTooLarge {};

// The library renders into any stream with operator<<; this one throws
// PageTooLarge once the bound is passed, which unwinds the render.
struct BoundedStream {
    std::size_t limit;
    std::string text;
    BoundedStream& operator<<(const std::string& piece) {
        if (text.size() + piece.size() > limit) throw PageTooLarge{};
        text += piece;
        return *this;
    }
};

std::vector<std::string> split_dots(const std::string& name) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t dot; (dot = name.find('.', start)) != std::string::npos; start = dot + 1)
        parts.push_back(name.substr(start, dot - start));
    parts.push_back(name.substr(start));
    return parts;
}

// Shows a page's view::Value to the library without converting the whole
// tree first (that was 12 % of a clean build's instructions, mostly fields
// a page never shows): a value takes the library's type only when a
// template asks for it, each at most once; an object becomes an empty
// stand-in that remembers its Value. Names are looked up like the library's
// own context does, but partials only in the fixed registry: a data key
// named like a partial must never be parsed as a template.
class ValueContext : public mu::basic_context<std::string> {
public:
    ValueContext(const view::Value& root, const std::map<std::string, Data>& partials)
        : partials_(partials) {
        push(data_of(root));
    }
    void push(const Data* data) override { items_.insert(items_.begin(), data); }
    void pop() override { items_.erase(items_.begin()); }

    // As the spec resolves a dotted name: its first part through the stack,
    // innermost first; the rest only inside what that found ({{b.c}} within
    // {{#a}} stays in a.b once a has a b, never falls back to an outer b).
    const Data* get(const std::string& name) const override {
        if (name == ".") return items_.front();
        const auto parts = split_dots(name);
        for (const Data* item : items_) {
            auto it = values_.find(item);
            const view::Value* var = it == values_.end() ? nullptr : field(*it->second, parts[0]);
            if (!var) continue;
            for (std::size_t i = 1; var && i < parts.size(); ++i) var = field(*var, parts[i]);
            return var ? data_of(*var) : nullptr;
        }
        return nullptr;
    }

    const Data* get_partial(const std::string& name) const override {
        if (++expansions_ > kMaxPartialExpansions) return nullptr;
        auto it = partials_.find(name + ".mustache");
        return it == partials_.end() ? nullptr : &it->second;
    }

private:
    static const view::Value* field(const view::Value& v, const std::string& key) {
        if (v.kind() != view::Value::Kind::Object) return nullptr;
        auto it = v.fields().find(key);
        return it == v.fields().end() ? nullptr : &it->second;
    }

    static Data shell(const view::Value& v) {
        switch (v.kind()) {
            case view::Value::Kind::String:
                return Data(v.str());
            case view::Value::Kind::Bool:
                return Data(v.boolean());
            case view::Value::Kind::List:
                return Data(Data::type::list);
            case view::Value::Kind::Object:
                break;
        }
        return Data(Data::type::object);
    }

    // Completes a shell at its final address: an object is remembered, a
    // list gets its items (the library walks them and pushes each one).
    void fill(Data& d, const view::Value& v) const {
        if (v.kind() == view::Value::Kind::Object) values_.emplace(&d, &v);
        if (v.kind() != view::Value::Kind::List) return;
        // The library offers only a copying push_back; its list is a plain
        // vector owned by `d`, reserved whole so that no item moves.
        auto& items = const_cast<mu::basic_list<std::string>&>(d.list_value());
        items.reserve(v.items().size());
        for (const auto& item : v.items()) items.push_back(shell(item));
        for (std::size_t i = 0; i < items.size(); ++i) fill(items[i], v.items()[i]);
    }

    const Data* data_of(const view::Value& v) const {
        auto [it, fresh] = made_.try_emplace(&v, nullptr);
        if (fresh) {
            it->second = &arena_.emplace_back(shell(v));
            fill(arena_.back(), v);
        }
        return it->second;
    }

    std::vector<const Data*> items_;
    const std::map<std::string, Data>& partials_;
    mutable std::deque<Data> arena_;  // every Data handed out, at a fixed address
    mutable std::unordered_map<const view::Value*, const Data*> made_;
    mutable std::unordered_map<const Data*, const view::Value*> values_;  // object stand-ins
    mutable int expansions_ = 0;
};

std::string russian(const std::string& msg) {
    static const std::pair<const char*, const char*> known[] = {
        {"Unclosed tag", "незакрытый тег"},
        {"Unclosed section", "незакрытая секция"},
        {"Unopened section", "закрывающий тег без открывающего"},
        {"Invalid set delimiter tag", "неверная смена разделителей"},
    };
    for (const auto& [en, ru] : known) {
        if (msg.rfind(en, 0) == 0) {
            std::string rest = msg.substr(std::string(en).size());
            auto at = rest.rfind(" at ");
            return std::string(ru) + (at == std::string::npos ? rest : rest.substr(0, at));
        }
    }
    return "ошибка шаблона: " + msg;
}

std::optional<SyntaxError> parse_message(const std::string& msg) {
    if (msg.empty()) return std::nullopt;
    SyntaxError e{russian(msg), 0};
    auto at = msg.rfind(" at ");
    if (at != std::string::npos) {
        const char* first = msg.data() + at + 4;
        std::from_chars(first, msg.data() + msg.size(), e.offset);
    }
    return e;
}

}  // namespace

std::optional<SyntaxError> syntax_error(const std::string& text) {
    mu::mustache tmpl(text);
    return parse_message(tmpl.error_message());
}

struct Engine::Partials {
    std::map<std::string, Data> byfile;
};

namespace {

// The library parses a partial again at every inclusion: 5 % of a clean
// build's CPU. So a page's template is parsed with its partials written in
// place, which renders the same: the library walks a partial's parts with
// the page's own line buffer, every template parses alone
// (TemplateSet::check) and delimiters never change (template_scan refuses
// it). A template whose partials would pass kMaxInlined bytes (a partial
// bomb) keeps the library's partials and their expansion bound.
constexpr std::size_t kMaxInlined = 4u << 20;

bool inline_partials(const std::string& text, const TemplateSet& set, int depth, std::string& out) {
    ScanResult scan = scan_template(text);
    if (!scan.error.empty() || depth > 32) return false;
    std::size_t from = 0;
    for (const Tag& tag : scan.tags) {
        if (tag.kind != TagKind::Partial) continue;
        out.append(text, from, tag.offset - from);
        from = tag.end;
        const Template* partial = set.find(tag.name + ".mustache");
        if (!partial) continue;  // the library renders an unknown partial as nothing
        if (!partial->is_mustache() || syntax_error(partial->text)) return false;
        if (!inline_partials(partial->text, set, depth + 1, out)) return false;
        if (out.size() > kMaxInlined) return false;
    }
    out.append(text, from);
    return out.size() <= kMaxInlined;
}

}  // namespace

// Parsing a page's template was 6 % of a clean build's CPU, once per page.
// A parsed template is taken by one render at a time (the library's object
// keeps its error state), so each is lent out and given back; one that
// reported an error is dropped.
struct Engine::Parsed {
    std::mutex lock;
    std::map<std::string, std::string> sources;  // partials inlined where possible
    std::map<std::string, std::vector<std::unique_ptr<mu::mustache>>> idle;

    std::unique_ptr<mu::mustache> take(const Template& t, const TemplateSet& set) {
        const std::string* source = nullptr;
        {
            std::lock_guard<std::mutex> hold(lock);
            auto& free = idle[t.name];
            if (!free.empty()) {
                auto tmpl = std::move(free.back());
                free.pop_back();
                return tmpl;
            }
            auto [it, fresh] = sources.try_emplace(t.name);
            if (fresh && !inline_partials(t.text, set, 0, it->second)) it->second = t.text;
            source = &it->second;  // map nodes stay put; never changed again
        }
        return std::make_unique<mu::mustache>(*source);
    }
    void give_back(const Template& t, std::unique_ptr<mu::mustache> tmpl) {
        std::lock_guard<std::mutex> hold(lock);
        idle[t.name].push_back(std::move(tmpl));
    }
};

Engine::Engine(const TemplateSet& set, std::size_t max_page_bytes)
    : set_(set),
      partials_(std::make_unique<Partials>()),
      parsed_(std::make_unique<Parsed>()),
      max_page_bytes_(max_page_bytes) {
    for (const auto& [file, t] : set_.all())
        if (t.is_mustache()) partials_->byfile.emplace(file, Data(t.text));
}

Engine::~Engine() = default;

std::string Engine::render(const std::string& name, view::Value data, diag::Sink& sink) const {
    const Template* main = set_.find(name + ".mustache");
    if (!main) {
        sink.error({}, "нет шаблона \"" + name + ".mustache\"");
        return {};
    }
    auto tmpl = parsed_->take(*main, set_);
    ValueContext ctx(data, partials_->byfile);
    BoundedStream out{max_page_bytes_, {}};
    try {
        tmpl->render(ctx, out);
    } catch (const PageTooLarge&) {
        sink.error({main->origin, 0, 0}, "страница по шаблону \"" + name +
                                             ".mustache\" получается больше " +
                                             std::to_string(max_page_bytes_ >> 20) +
                                             " МБ: проверьте вложенные частичные шаблоны и циклы");
        return {};
    }
    if (auto err = parse_message(tmpl->error_message())) {
        // Offsets of errors inside partials cannot be told apart here; the
        // set is checked before rendering, so this is a last resort.
        sink.error({main->origin, 0, 0}, err->message);
        return {};
    }
    parsed_->give_back(*main, std::move(tmpl));
    return std::move(out.text);
}

}  // namespace shnor::render
