// The official Mustache spec, read in place from the SHNOR_TESTSUITES folder
// (skipped when it is absent), run through our public render::Engine and
// TemplateSet only, so that it keeps testing whatever engine sits behind them.
// The spec files without lambdas and without the optional (~) modules; every
// case must pass except the known failures listed below, each with its
// reason. A listed case that starts passing fails too: shorten the list.
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "render/engine.hpp"
#include "render/templates.hpp"
#include "support/testsuites.hpp"

namespace {

using shnor::view::Value;

struct KnownFailure {
    const char* file;
    const char* test;  // the case's "name"
    const char* reason;
};

// kainjow mustache 4.1 (LIBRARIES.md): a standalone tag (alone on its line)
// must vanish with its line's indentation and newline; 4.1 keeps them for
// comments and delimiter changes, and does not indent standalone partials.
constexpr const char* kStandalone = "kainjow 4.1: whitespace around standalone tags";
const KnownFailure kKnownFailures[] = {
    {"partials.json", "Standalone Line Endings", kStandalone},
    {"partials.json", "Standalone Without Previous Line", kStandalone},
    {"partials.json", "Standalone Without Newline", kStandalone},
    {"partials.json", "Standalone Indentation", kStandalone},
    {"comments.json", "Standalone", kStandalone},
    {"comments.json", "Indented Standalone", kStandalone},
    {"comments.json", "Standalone Line Endings", kStandalone},
    {"comments.json", "Standalone Without Previous Line", kStandalone},
    {"comments.json", "Standalone Without Newline", kStandalone},
    {"comments.json", "Multiline Standalone", kStandalone},
    {"comments.json", "Indented Multiline Standalone", kStandalone},
    {"delimiters.json", "Sections", kStandalone},
    {"delimiters.json", "Inverted Sections", kStandalone},
    {"delimiters.json", "Partial Inheritence", kStandalone},
    {"delimiters.json", "Standalone Tag", kStandalone},
    {"delimiters.json", "Indented Standalone Tag", kStandalone},
    {"delimiters.json", "Standalone Line Endings", kStandalone},
    {"delimiters.json", "Standalone Without Previous Line", kStandalone},
    {"delimiters.json", "Standalone Without Newline", kStandalone},
};

const KnownFailure* known_failure(const std::string& file, const std::string& test) {
    for (const auto& k : kKnownFailures)
        if (file == k.file && test == k.test) return &k;
    return nullptr;
}

// The spec's JSON data as the engine's input. view::Value has no numbers and
// no null (pages get text from view/format): numbers become their JSON text,
// which renders the same; null becomes false, which is just as falsey.
Value to_value(const nlohmann::json& j) {
    if (j.is_string()) return Value(j.get<std::string>());
    if (j.is_boolean()) return Value(j.get<bool>());
    if (j.is_null()) return Value(false);
    if (j.is_number()) return Value(j.dump());
    if (j.is_array()) {
        Value list = Value::list();
        for (const auto& item : j) list.push(to_value(item));
        return list;
    }
    Value obj;
    for (const auto& [key, field] : j.items()) obj.set(key, to_value(field));
    return obj;
}

// Partials are supplied the only way the engine takes them: as templates of
// the fixed registry (a TemplateSet), next to the case's own template.
constexpr const char* kMain = "spec-case";

std::string render_case(const nlohmann::json& spec_case, std::string& errors) {
    shnor::render::TemplateSet set;
    set.put(std::string(kMain) + ".mustache", spec_case.at("template").get<std::string>(), "spec");
    if (spec_case.contains("partials"))
        for (const auto& [name, text] : spec_case.at("partials").items())
            set.put(name + ".mustache", text.get<std::string>(), "spec partial " + name);
    shnor::diag::Sink sink;
    const shnor::render::Engine engine(set);
    std::string out = engine.render(kMain, to_value(spec_case.at("data")), sink);
    for (const auto& d : sink.all()) errors += d.message + "\n";
    return out;
}

void run_spec_file(const std::string& file) {
    const std::string suite = shnor::test::testsuite_or_skip("mustache-spec");
    if (suite.empty()) return;
    const std::string path = suite + "/specs/" + file;
    std::ifstream in(path);
    INFO("reading " << path);
    REQUIRE(in.good());
    const auto spec = nlohmann::json::parse(in);
    for (const auto& spec_case : spec.at("tests")) {
        const std::string name = spec_case.at("name").get<std::string>();
        DYNAMIC_SECTION(name) {
            std::string errors;
            const std::string out = render_case(spec_case, errors);
            const std::string expected = spec_case.at("expected").get<std::string>();
            INFO("template: " << spec_case.at("template").dump()
                              << "\ndata: " << spec_case.at("data").dump()
                              << "\nexpected: " << nlohmann::json(expected).dump() << "\nactual: "
                              << nlohmann::json(out).dump() << "\nerrors: " << errors);
            if (const auto* known = known_failure(file, name)) {
                INFO("on the known-failure list (" << known->reason
                                                   << ") but passes: remove it from the list");
                CHECK(out != expected);
            } else {
                CHECK(errors.empty());
                CHECK(out == expected);
            }
        }
    }
}

}  // namespace

#define SPEC_FILE(file) \
    TEST_CASE("mustache spec: " file, "[render][suite]") { run_spec_file(file); }

SPEC_FILE("interpolation.json")
SPEC_FILE("sections.json")
SPEC_FILE("inverted.json")
SPEC_FILE("partials.json")
SPEC_FILE("comments.json")
SPEC_FILE("delimiters.json")
