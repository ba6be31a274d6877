#include "validate/content_schemas.hpp"

#include <string_view>

#include "load/yaml_loader.hpp"
#include "validate/builtin_schemas.hpp"

namespace shnor::validate {

std::optional<SchemaSet> builtin_schemas(diag::Sink& sink) {
    SchemaSet set;
    bool ok = true;
    for (std::size_t n = 0; n < builtin::file_count; ++n) {
        const auto& f = builtin::files[n];
        std::string_view bytes(reinterpret_cast<const char*>(f.data), f.size);
        auto root = load::parse_yaml(bytes, std::string("schemas/") + f.name, sink);
        auto schema = root ? compile_schema(root, sink) : std::nullopt;
        if (!schema) {
            ok = false;
            continue;
        }
        set.by_name.emplace(f.name, *schema);
        set.sources.emplace(f.name, root);
    }
    if (!ok) return std::nullopt;
    return set;
}

std::set<std::string> check_schemas(const load::Content& content, const SchemaSet& schemas,
                                    diag::Sink& sink) {
    std::set<std::string> failed;
    for (const auto& f : content.files) {
        if (!f.root) continue;
        auto it = schemas.by_name.find(load::schema_name(f.kind));
        if (it == schemas.by_name.end()) continue;
        int errors = sink.errors(), missing_text = 0;
        if (validate(it->second, *f.root, sink, missing_text)) continue;
        // Only missing texts: build the file anyway (see validate()).
        if (sink.errors() - errors > missing_text) failed.insert(f.path);
    }
    return failed;
}

}  // namespace shnor::validate
