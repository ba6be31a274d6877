// The official JSON-Schema-Test-Suite (draft 2020-12), read in place from
// the SHNOR_TESTSUITES folder (skipped when it is absent). Every case of every supported keyword
// must pass, except the ones on the skip list below, each with its reason.
#include <catch2/catch.hpp>
#include <fstream>
#include <string>
#include <vector>

#include "schema_test_util.hpp"
#include "support/testsuites.hpp"

namespace {

using shnor::validate::SchemaOptions;

struct Skip {
    const char* file;
    const char* group;  // the case group's description
    const char* test;   // one test's description; nullptr skips the whole group
    const char* reason;
};

// What we deliberately do not support: remote refs, $id-based resolution,
// $anchor, $dynamicRef, unevaluated*, the meta-schema.
const Skip kSkips[] = {
    {"ref.json", "remote ref, containing refs itself", nullptr, "remote $ref (the meta-schema)"},
    {"ref.json", "Recursive references between schemas", nullptr, "$id-based resolution"},
    {"ref.json", "refs with relative uris and defs", nullptr, "$id-based resolution"},
    {"ref.json", "relative refs with absolute uris and defs", nullptr, "$id-based resolution"},
    {"ref.json", "$id must be resolved against nearest parent, not just immediate parent", nullptr,
     "$id-based resolution"},
    {"ref.json", "order of evaluation: $id and $ref", nullptr, "$id-based resolution"},
    {"ref.json", "order of evaluation: $id and $anchor and $ref", nullptr, "$anchor"},
    {"ref.json", "order of evaluation: $id and $ref on nested schema", nullptr,
     "$id-based resolution"},
    {"ref.json", "simple URN base URI with $ref via the URN", nullptr, "$id-based resolution"},
    {"ref.json", "URN base URI with NSS", nullptr, "$id-based resolution"},
    {"ref.json", "URN base URI with r-component", nullptr, "$id-based resolution"},
    {"ref.json", "URN base URI with q-component", nullptr, "$id-based resolution"},
    {"ref.json", "URN base URI with URN and JSON pointer ref", nullptr, "$id-based resolution"},
    {"ref.json", "URN base URI with URN and anchor ref", nullptr, "$anchor"},
    {"ref.json", "URN ref with nested pointer ref", nullptr, "$id-based resolution"},
    {"ref.json", "ref with absolute-path-reference", nullptr, "$id-based resolution"},
    {"ref.json", "$id with file URI still resolves pointers - *nix", nullptr,
     "$id-based resolution"},
    {"ref.json", "$id with file URI still resolves pointers - windows", nullptr,
     "$id-based resolution"},
    {"ref.json", "ref creates new scope when adjacent to keywords", nullptr,
     "unevaluatedProperties"},
    {"ref.json", "ref to if", nullptr, "$id-based resolution"},
    {"ref.json", "ref to then", nullptr, "$id-based resolution"},
    {"ref.json", "ref to else", nullptr, "$id-based resolution"},
    {"not.json", "collect annotations inside a 'not', even if collection is disabled", nullptr,
     "unevaluatedProperties"},
    {"pattern.json", "pattern with Unicode property escape requires unicode mode", nullptr,
     "std::regex has no \\p{...} Unicode property escapes"},
    {"patternProperties.json", "patternProperties with Unicode property escape", nullptr,
     "std::regex has no \\p{...} Unicode property escapes"},
    {"defs.json", "validate definition against metaschema", nullptr,
     "remote $ref (the meta-schema)"},
    // Our content rejects these on purpose: a plain address is all a page needs.
    {"optional/format/email.json", "validation of e-mail addresses",
     "a quoted string with a space in the local part is valid", "quoted local parts are rejected"},
    {"optional/format/email.json", "validation of e-mail addresses",
     "a quoted string with a double dot in the local part is valid",
     "quoted local parts are rejected"},
    {"optional/format/email.json", "validation of e-mail addresses",
     "a quoted string with a @ in the local part is valid", "quoted local parts are rejected"},
    {"optional/format/email.json", "validation of e-mail addresses",
     "an IPv4-address-literal after the @ is valid", "address literals are rejected"},
    {"optional/format/email.json", "validation of e-mail addresses",
     "an IPv6-address-literal after the @ is valid", "address literals are rejected"},
    {"optional/format/uri.json", "validation of URIs",
     "leading zero in an embedded IPv4 address is invalid",
     "the inside of IPv6 literals is only checked for allowed characters"},
};

const Skip* find_skip(const std::string& file, const std::string& group, const std::string& test) {
    for (const auto& s : kSkips)
        if (file == s.file && group == s.group && (s.test ? test == s.test : test.empty()))
            return &s;
    return nullptr;
}

nlohmann::json read_json(const std::string& path) {
    std::ifstream in(path);
    INFO("reading " << path);
    REQUIRE(in.good());
    return nlohmann::json::parse(in);
}

void run_suite_file(const std::string& file, SchemaOptions options) {
    const std::string suite = shnor::test::testsuite_or_skip("json-schema-test-suite");
    if (suite.empty()) return;
    const auto groups = read_json(suite + "/tests/draft2020-12/" + file);
    for (const auto& group : groups) {
        const std::string gdesc = group.at("description").get<std::string>();
        if (find_skip(file, gdesc, "")) continue;  // the whole group
        DYNAMIC_SECTION(gdesc) {
            shnor::diag::Sink compile_sink;
            auto schema = shnor::validate::compile_schema(
                shnor::test::from_json(group.at("schema"), file), compile_sink, options);
            INFO("schema errors:\n" << shnor::test::dump(compile_sink));
            REQUIRE(schema);
            for (const auto& test : group.at("tests")) {
                const std::string tdesc = test.at("description").get<std::string>();
                if (find_skip(file, gdesc, tdesc)) continue;
                DYNAMIC_SECTION(tdesc) {
                    shnor::diag::Sink sink;
                    bool valid = shnor::validate::validate(
                        *schema, *shnor::test::from_json(test.at("data"), file), sink);
                    INFO("data: " << test.at("data").dump() << "\nerrors:\n"
                                  << shnor::test::dump(sink));
                    CHECK(valid == test.at("valid").get<bool>());
                    CHECK(valid == !sink.has_errors());
                }
            }
        }
    }
}

SchemaOptions suite_options(bool formats) {
    SchemaOptions o;
    o.assert_formats = formats;
    o.strict_keywords = false;
    o.uri_schemes.clear();  // any scheme
    return o;
}

}  // namespace

// One test case per suite file, so a failure names the file, the group and
// the case (DYNAMIC_SECTIONs).
#define SUITE_FILE(file, formats)                              \
    TEST_CASE("json schema suite: " file, "[schema][suite]") { \
        run_suite_file(file, suite_options(formats));          \
    }

SUITE_FILE("type.json", false)
SUITE_FILE("properties.json", false)
SUITE_FILE("required.json", false)
SUITE_FILE("additionalProperties.json", false)
SUITE_FILE("patternProperties.json", false)
SUITE_FILE("propertyNames.json", false)
SUITE_FILE("enum.json", false)
SUITE_FILE("const.json", false)
SUITE_FILE("pattern.json", false)
SUITE_FILE("minimum.json", false)
SUITE_FILE("maximum.json", false)
SUITE_FILE("exclusiveMinimum.json", false)
SUITE_FILE("exclusiveMaximum.json", false)
SUITE_FILE("multipleOf.json", false)
SUITE_FILE("minLength.json", false)
SUITE_FILE("maxLength.json", false)
SUITE_FILE("items.json", false)
SUITE_FILE("prefixItems.json", false)
SUITE_FILE("minItems.json", false)
SUITE_FILE("maxItems.json", false)
SUITE_FILE("uniqueItems.json", false)
SUITE_FILE("minProperties.json", false)
SUITE_FILE("maxProperties.json", false)
SUITE_FILE("contains.json", false)
SUITE_FILE("minContains.json", false)
SUITE_FILE("maxContains.json", false)
SUITE_FILE("ref.json", false)
SUITE_FILE("defs.json", false)
SUITE_FILE("allOf.json", false)
SUITE_FILE("anyOf.json", false)
SUITE_FILE("oneOf.json", false)
SUITE_FILE("not.json", false)
SUITE_FILE("if-then-else.json", false)
SUITE_FILE("dependentRequired.json", false)
SUITE_FILE("dependentSchemas.json", false)
SUITE_FILE("boolean_schema.json", false)
SUITE_FILE("default.json", false)
SUITE_FILE("infinite-loop-detection.json", false)
SUITE_FILE("format.json", false)
SUITE_FILE("optional/format/date.json", true)
SUITE_FILE("optional/format/date-time.json", true)
SUITE_FILE("optional/format/email.json", true)
SUITE_FILE("optional/format/uri.json", true)
