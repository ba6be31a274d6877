// The passport `new school` writes explains every field of the school schema
// in the schema's own words (so a new field cannot be left unexplained).
#include "scaffold/new_school.hpp"

#include <catch2/catch.hpp>

#include "load/yaml_loader.hpp"
#include "model/build.hpp"
#include "support/fixtures.hpp"
#include "validate/content_schemas.hpp"

using namespace shnor;

namespace {

// Each property's description, through nested objects and arrays of objects.
void descriptions(const load::Node& schema, std::vector<std::string>& out) {
    const load::Node* props = schema.get("properties");
    if (!props) return;
    for (const auto& [name, p] : props->map) {
        if (const load::Node* d = p->get("description")) out.push_back(name + ": " + d->s);
        descriptions(*p, out);
        if (const load::Node* items = p->get("items")) descriptions(*items, out);
    }
}

}  // namespace

TEST_CASE("new school comments every field of the passport from the schema", "[scaffold]") {
    fs::MemoryFileSystem mem;
    test::add_dir(mem, test::test_dir() + "/fixtures/mini/content", "content");
    diag::Sink sink;
    auto content = load::load_content(mem, "content", sink);
    auto project = model::build_project(content, sink);
    auto plan = scaffold::new_school({content, project}, "sosh-9", "lesnoy");
    REQUIRE(plan.refusal.empty());
    const std::string& passport = plan.created.at("schools/sosh-9/school.yaml");

    auto schemas = validate::builtin_schemas(sink);
    REQUIRE(schemas);
    std::vector<std::string> fields;
    descriptions(*schemas->sources.at("school.schema.yaml"), fields);
    REQUIRE(fields.size() > 15);
    for (const auto& f : fields) {
        INFO(f);
        auto colon = f.find(": ");
        CHECK(passport.find("# " + f.substr(colon + 2) + "\n") != std::string::npos);
        CHECK(passport.find(f.substr(0, colon) + ":") != std::string::npos);
    }
    CHECK(plan.created.count("schools/sosh-9/diagnostics.yaml") == 1);
    CHECK(plan.created.count("schools/sosh-9/2021/programme.yaml") == 1);
}
