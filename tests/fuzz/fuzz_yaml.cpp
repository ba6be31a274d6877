// libFuzzer: one YAML file loaded and validated against every content
// schema, and the diagnostics reported in every format (`make fuzz`). The
// load is also done by yaml-cpp alone: a file the fast path
// (load/yaml_fast) reads differently from it is a finding.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>

#include "diag/report.hpp"
#include "fuzz/harnesses.hpp"
#include "load/yaml_loader.hpp"
#include "support/yaml_outcome.hpp"
#include "validate/content_schemas.hpp"

using namespace shnor;

int shnor_fuzz_yaml(const std::uint8_t* data, std::size_t size) {
    static const auto schemas = [] {
        diag::Sink ignored;
        return validate::builtin_schemas(ignored);
    }();
    std::string bytes(reinterpret_cast<const char*>(data), size);
    diag::Sink sink, reference;
    auto root = load::parse_yaml(bytes, "f.yaml", sink);
    if (test::yaml_outcome(root, sink) !=
        test::yaml_outcome(load::parse_yaml_reference(bytes, "f.yaml", reference), reference))
        std::abort();
    if (root && schemas)
        for (const auto& [name, schema] : schemas->by_name) validate::validate(schema, *root, sink);
    std::ostringstream out;
    for (auto format :
         {diag::Format::Text, diag::Format::Json, diag::Format::Github, diag::Format::Gitlab})
        diag::report(sink, {{"f.yaml", bytes}}, format, out);
    return 0;
}

// Built by `make fuzz` (cmake/fuzz.cmake); the test suite replays the corpus
// through shnor_fuzz_yaml instead (fuzz_replay_test.cpp).
#ifdef SHNOR_FUZZ_MAIN
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return shnor_fuzz_yaml(data, size);
}
#endif
