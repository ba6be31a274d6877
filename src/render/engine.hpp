#pragma once
// The only place that knows the Mustache library. Renders a template of a
// checked TemplateSet with a view::Value; partials come from the set alone.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "render/templates.hpp"
#include "view/value.hpp"

namespace shnor::render {

struct SyntaxError {
    std::string message;  // Russian
    std::size_t offset = 0;
};

// Parses a template without rendering it; the library's error, if any,
// with its byte offset so the caller can turn it into line:column.
std::optional<SyntaxError> syntax_error(const std::string& text);

class Engine {
public:
    // Output is counted as it is produced and a page stops past
    // max_page_bytes: nested partials (10 deep, each included 10 times) once
    // grew until std::bad_alloc. Our largest pages are a few MB.
    static constexpr std::size_t kMaxPageBytes = 16u << 20;
    explicit Engine(const TemplateSet& set, std::size_t max_page_bytes = kMaxPageBytes);
    ~Engine();
    Engine(const Engine&) = delete;
    Engine& operator=(const Engine&) = delete;

    // Renders "<name>.mustache". On failure reports to sink and returns "".
    // Takes the data by value: a page's tree is moved in and kept while it
    // renders; the library sees each value only when a template asks for it.
    std::string render(const std::string& name, view::Value data, diag::Sink& sink) const;

private:
    struct Partials;  // the registry in the library's own type, built once
    struct Parsed;    // parsed pages' templates, kept for the next page
    const TemplateSet& set_;
    std::unique_ptr<Partials> partials_;
    std::unique_ptr<Parsed> parsed_;
    std::size_t max_page_bytes_;
};

}  // namespace shnor::render
