#include "render/engine.hpp"

#include <charconv>
#include <kainjow/mustache.hpp>
#include <map>
#include <mutex>
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

// Takes the page's tree apart as it goes: each node is moved into the
// library's form (its strings copied once), never copied as a whole.
Data to_data(view::Value&& v) {
    switch (v.kind()) {
        case view::Value::Kind::String:
            return Data(v.str());
        case view::Value::Kind::Bool:
            return Data(v.boolean());
        case view::Value::Kind::List: {
            Data list(Data::type::list);
            // The library offers only a copying push_back; its list is a
            // plain vector owned by `list`, so appending in place is sound.
            auto& items = const_cast<mu::basic_list<std::string>&>(list.list_value());
            items.reserve(v.items().size());
            for (auto& item : v.items()) items.push_back(to_data(std::move(item)));
            return list;
        }
        case view::Value::Kind::Object:
            break;
    }
    Data obj;
    for (auto& [key, field] : v.fields()) obj[key] = to_data(std::move(field));
    return obj;
}

std::vector<std::string> split_dots(const std::string& name) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (std::size_t dot; (dot = name.find('.', start)) != std::string::npos; start = dot + 1)
        parts.push_back(name.substr(start, dot - start));
    parts.push_back(name.substr(start));
    return parts;
}

// Looks names up in the data stack like the library's own context, but
// partials only in the fixed registry: a data key named like a partial must
// never be parsed as a template.
class RegistryContext : public mu::basic_context<std::string> {
public:
    RegistryContext(const Data* root, const std::map<std::string, Data>& partials)
        : partials_(partials) {
        push(root);
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
            const Data* var = item->get(parts.front());
            if (!var) continue;
            for (std::size_t i = 1; var && i < parts.size(); ++i) var = var->get(parts[i]);
            return var;
        }
        return nullptr;
    }

    const Data* get_partial(const std::string& name) const override {
        if (++expansions_ > kMaxPartialExpansions) return nullptr;
        auto it = partials_.find(name + ".mustache");
        return it == partials_.end() ? nullptr : &it->second;
    }

private:
    std::vector<const Data*> items_;
    const std::map<std::string, Data>& partials_;
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
        from = text.find("}}", tag.offset + 2) + 2;
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
    explicit Parsed(const TemplateSet& s) : set(s) {}
    const TemplateSet& set;
    std::mutex lock;
    std::map<std::string, std::string> sources;  // partials inlined where possible
    std::map<std::string, std::vector<std::unique_ptr<mu::mustache>>> idle;

    std::unique_ptr<mu::mustache> take(const Template& t) {
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
      parsed_(std::make_unique<Parsed>(set)),
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
    auto tmpl = parsed_->take(*main);
    Data root = to_data(std::move(data));
    RegistryContext ctx(&root, partials_->byfile);
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
