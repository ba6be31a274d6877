#include "render/templates.hpp"

#include <set>
#include <vector>

#include "render/builtin_templates.hpp"
#include "render/engine.hpp"
#include "render/template_scan.hpp"

namespace shnor::render {
namespace {

constexpr std::size_t kMaxTemplateBytes = 1024 * 1024;
const std::string kSuffix = ".mustache";

bool ends_with(const std::string& s, const std::string& tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// Depth-first search over partial references; reports the first cycle.
class CycleFinder {
public:
    CycleFinder(const std::map<std::string, std::vector<Tag>>& refs, const TemplateSet& set,
                diag::Sink& sink)
        : refs_(refs), set_(set), sink_(sink) {}

    bool ok() {
        for (const auto& [name, _] : refs_)
            if (!visit(name)) return false;
        return true;
    }

private:
    bool visit(const std::string& name) {
        if (done_.count(name)) return true;
        if (!active_.insert(name).second) return false;
        auto it = refs_.find(name);
        if (it != refs_.end()) {
            for (const Tag& tag : it->second) {
                std::string target = tag.name + kSuffix;
                if (!refs_.count(target)) continue;  // reported as missing elsewhere
                if (active_.count(target)) return report(name, tag, target);
                if (!visit(target)) return false;
            }
        }
        active_.erase(name);
        done_.insert(name);
        return true;
    }

    bool report(const std::string& name, const Tag& tag, const std::string& target) {
        const Template* t = set_.find(name);
        sink_.error(locate(t->text, tag.offset, t->origin),
                    "шаблоны включают друг друга по кругу: \"" + name + "\" → \"" + target + "\"");
        return false;
    }

    const std::map<std::string, std::vector<Tag>>& refs_;
    const TemplateSet& set_;
    diag::Sink& sink_;
    std::set<std::string> active_, done_;
};

}  // namespace

bool Template::is_mustache() const {
    return name.size() > kSuffix.size() && ends_with(name, kSuffix);
}

TemplateSet TemplateSet::builtin() {
    TemplateSet set;
    for (std::size_t i = 0; i < builtin::file_count; ++i) {
        const auto& f = builtin::files[i];
        std::string text(reinterpret_cast<const char*>(f.data), f.size);
        set.put(f.name, std::move(text), std::string("templates/") + f.name);
    }
    return set;
}

void TemplateSet::override_from(const std::string& dir, const fs::FileSystem& files,
                                diag::Sink& sink) {
    if (dir.empty()) return;
    if (!files.is_dir(dir)) {
        sink.error({dir, 0, 0}, "папка шаблонов не найдена");
        return;
    }
    for (const auto& name : files.list(dir, sink)) {
        std::string shown = fs::join(dir, name);
        if (!files_.count(name)) {
            sink.warning({shown, 0, 0},
                         "шаблон \"" + name + "\" не заменяет ни один встроенный, пропущен");
            continue;
        }
        if (auto text = files.read(dir, name, kMaxTemplateBytes, sink))
            put(name, std::move(*text), shown);
    }
}

void TemplateSet::put(const std::string& name, std::string text, std::string origin) {
    files_[name] = Template{name, std::move(text), std::move(origin)};
}

const Template* TemplateSet::find(const std::string& name) const {
    auto it = files_.find(name);
    return it == files_.end() ? nullptr : &it->second;
}

bool TemplateSet::check(diag::Sink& sink) const {
    bool ok = true;
    std::map<std::string, std::vector<Tag>> refs;
    for (const auto& [name, t] : files_) {
        if (!t.is_mustache()) continue;
        if (auto err = syntax_error(t.text)) {
            sink.error(locate(t.text, err->offset, t.origin), err->message);
            ok = false;
            continue;
        }
        ScanResult scan = scan_template(t.text);
        if (!scan.error.empty()) {
            sink.error(locate(t.text, scan.error_offset, t.origin), scan.error);
            ok = false;
            continue;
        }
        auto& list = refs[name];
        for (const Tag& tag : scan.tags) {
            if (tag.kind == TagKind::Unescaped && !ends_with(tag.name, "_html")) {
                // Only HTML our own code produced (rendered bodies, Markdown
                // in safe mode) may skip escaping; content text never.
                sink.error(locate(t.text, tag.offset, t.origin),
                           "вывод без экранирования разрешён только для имён *_html, а не \"" +
                               tag.name + "\"");
                ok = false;
            }
            if (tag.kind != TagKind::Partial) continue;
            if (!files_.count(tag.name + kSuffix)) {
                sink.error(locate(t.text, tag.offset, t.origin),
                           "нет шаблона \"" + tag.name + kSuffix + "\" для включения");
                ok = false;
            }
            list.push_back(tag);
        }
    }
    return CycleFinder(refs, *this, sink).ok() && ok;
}

}  // namespace shnor::render
