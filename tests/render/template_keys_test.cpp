// Fails when a template uses a name its view-model does not provide: a
// misspelt {{name}} would otherwise render as an empty string, silently.
#include <catch2/catch_test_macros.hpp>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "render/site_fixture.hpp"
#include "render/template_scan.hpp"
#include "render/templates.hpp"
#include "view/build_records.hpp"
#include "view/builders.hpp"
#include "view/projection.hpp"

using namespace shnor;
using render::TagKind;

namespace {

// The union of the keys of many values of one page kind: a list's items
// merge into one schema, so a key present in any item counts.
struct Schema {
    std::map<std::string, Schema> fields;
    std::unique_ptr<Schema> item;  // for lists

    void merge(const view::Value& v) {
        if (v.kind() == view::Value::Kind::List) {
            if (!item) item = std::make_unique<Schema>();
            for (const auto& i : v.items()) item->merge(i);
        } else if (v.kind() == view::Value::Kind::Object) {
            for (const auto& [k, f] : v.fields()) fields[k].merge(f);
        }
    }
};

class KeyChecker {
public:
    KeyChecker(const render::TemplateSet& set, std::vector<std::string>& problems)
        : set_(set), problems_(problems) {}

    void check(const std::string& name, const Schema& root) {
        std::vector<const Schema*> stack{&root};
        walk(name, stack, 0);
    }

private:
    const Schema* lookup(const std::vector<const Schema*>& stack, const std::string& name) {
        if (name == ".") return stack.back();
        std::vector<std::string> parts;
        for (std::size_t s = 0, dot;; s = dot + 1) {
            dot = name.find('.', s);
            parts.push_back(name.substr(s, dot == std::string::npos ? dot : dot - s));
            if (dot == std::string::npos) break;
        }
        for (auto it = stack.rbegin(); it != stack.rend(); ++it) {
            const Schema* s = *it;
            for (const auto& p : parts) {
                auto f = s->fields.find(p);
                s = f == s->fields.end() ? nullptr : &f->second;
                if (!s) break;
            }
            if (s) return s;
        }
        return nullptr;
    }

    void walk(const std::string& name, std::vector<const Schema*>& stack, int depth) {
        const render::Template* t = set_.find(name);
        REQUIRE(t);
        REQUIRE(depth < 20);
        auto scan = render::scan_template(t->text);
        REQUIRE(scan.error.empty());
        std::vector<std::size_t> marks;
        for (const auto& tag : scan.tags) {
            std::string where = name + ": {{" + tag.name + "}}";
            switch (tag.kind) {
                case TagKind::Variable:
                case TagKind::Unescaped: {
                    if (!lookup(stack, tag.name)) problems_.push_back(where + " is not provided");
                    // Unescaped output only for HTML our own code produced.
                    if (tag.kind == TagKind::Unescaped && tag.name.size() < 5 ||
                        (tag.kind == TagKind::Unescaped &&
                         tag.name.compare(tag.name.size() - 5, 5, "_html") != 0))
                        problems_.push_back(where + " is unescaped but not *_html");
                    break;
                }
                case TagKind::Section:
                case TagKind::Inverted: {
                    const Schema* s = lookup(stack, tag.name);
                    if (!s) problems_.push_back(where + " (section) is not provided");
                    static const Schema empty;
                    marks.push_back(stack.size());
                    stack.push_back(!s ? &empty : s->item ? s->item.get() : s);
                    break;
                }
                case TagKind::End:
                    if (!marks.empty()) {
                        stack.resize(marks.back());
                        marks.pop_back();
                    }
                    break;
                case TagKind::Partial:
                    walk(tag.name + ".mustache", stack, depth + 1);
                    break;
                default:
                    break;
            }
        }
    }

    const render::TemplateSet& set_;
    std::vector<std::string>& problems_;
};

}  // namespace

TEST_CASE("templates use only names their view-models provide", "[render]") {
    testing::SiteFixture f;
    view::SiteInput in{f.project, f.analysis};
    diag::Sink sink;
    std::map<std::string, Schema> kinds;
    Schema layout;
    auto add_layout = [&](const view::Layout& l) {
        view::Value v = view::to_value(l);
        v.set("content_html", "").set("page_kind", "");
        layout.merge(v);
    };
    auto dash = view::build_dashboard(in);
    kinds["index.mustache"].merge(view::to_value(dash));
    add_layout(dash.layout);
    for (const auto& m : f.project.municipalities) {
        auto v = view::build_municipality(in, m);
        kinds["municipality.mustache"].merge(view::to_value(v));
        add_layout(v.layout);
    }
    for (const auto& sa : f.analysis.schools) {
        auto v = view::build_school(in, sa);
        kinds["school.mustache"].merge(view::to_value(v));
        add_layout(v.layout);
    }
    for (const auto& [year, cat] : f.project.catalogues)
        for (const auto& factor : cat.factors) {
            auto v = view::build_factor(in, cat, factor);
            kinds["factor.mustache"].merge(view::to_value(v));
            // The national-scale form lists municipalities (tested in view/).
            v.compact = true;
            v.by_municipality.push_back({"Район", "../municipalities/m.html", "1"});
            kinds["factor.mustache"].merge(view::to_value(v));
        }
    for (const auto& page : f.project.pages)
        kinds["page.mustache"].merge(view::to_value(view::build_markdown_page(in, page, sink)));
    auto partnerships = view::build_partnerships(in);
    kinds["partnerships.mustache"].merge(view::to_value(partnerships));
    add_layout(partnerships.layout);
    for (const auto& [year, cat] : f.project.catalogues)
        for (const auto* factor : view::factors_with_practices(in, year))
            kinds["practices.mustache"].merge(
                view::to_value(view::build_practices(in, cat, *factor, sink)));
    // The fixture's curator, and a regional coordinator (the region's summary).
    model::Project with_regional = testing::site_project();
    with_regional.people.push_back({"reg",
                                    "Региональный И. И.",
                                    "",
                                    "",
                                    model::Role::RegionalCoordinator,
                                    "",
                                    {2022},
                                    {},
                                    {}});
    with_regional.reindex();
    testing::SiteFixture g(std::move(with_regional));
    view::SiteInput gin{g.project, g.analysis};
    for (const auto& person : g.analysis.people) {
        auto v = view::build_person(gin, person);
        kinds["person.mustache"].merge(view::to_value(v));
        add_layout(v.layout);
    }
    kinds["404.mustache"].merge(view::to_value(view::build_not_found(in)));
    kinds["layout.mustache"] = std::move(layout);

    auto set = render::TemplateSet::builtin();
    std::vector<std::string> problems;
    KeyChecker checker(set, problems);
    for (const auto& [name, schema] : kinds) checker.check(name, schema);
    for (const auto& p : problems) UNSCOPED_INFO(p);
    CHECK(problems.empty());

    // And the checker does catch a misspelt name.
    set.put("school.mustache", "{{#years}}{{yaer}}{{/years}}{{{passport.name}}}", "t");
    std::vector<std::string> found;
    KeyChecker(set, found).check("school.mustache", kinds["school.mustache"]);
    CHECK(found.size() == 2);
}
