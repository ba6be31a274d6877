// The Russian labels of enumerated values have one source (model/labels);
// the schemas, the model's parsers and view/format must agree with it.
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

#include "model/enums.hpp"
#include "model/labels.hpp"
#include "validate/content_schemas.hpp"
#include "view/format.hpp"

using namespace shnor;

namespace {

void collect_enums(const load::Node& n, std::vector<std::vector<std::string>>& out) {
    if (n.is_map()) {
        if (const load::Node* e = n.get("enum"); e && e->is_seq()) {
            std::vector<std::string> keys;
            for (const auto& item : e->seq) keys.push_back(item->s);
            out.push_back(keys);
        }
        for (const auto& [key, value] : n.map) collect_enums(*value, out);
    }
    for (const auto& item : n.seq) collect_enums(*item, out);
}

bool ascii(const std::vector<std::string>& keys) {
    for (const auto& k : keys)
        for (unsigned char c : k)
            if (c >= 0x80) return false;
    return true;
}

load::Node text(std::string_view s) {
    load::Node n;
    n.kind = load::Kind::String;
    n.s = s;
    return n;
}

}  // namespace

TEST_CASE("every coded enum of the schemas has its labels in model/labels", "[labels]") {
    diag::Sink sink;
    auto schemas = validate::builtin_schemas(sink);
    REQUIRE(schemas);
    std::set<std::string> used;
    for (const auto& [name, root] : schemas->sources) {
        std::vector<std::vector<std::string>> enums;
        collect_enums(*root, enums);
        for (const auto& keys : enums) {
            if (!ascii(keys)) continue;  // values already in Russian (НОО, городской округ)
            INFO(name << ": " << keys.front());
            const model::EnumTable* t = model::enum_table_for(keys);
            REQUIRE(t);
            used.insert(std::string(t->name));
        }
    }
    for (const auto& t : model::enum_tables()) {
        INFO(t.name);
        CHECK(used.count(std::string(t.name)));
        for (const auto& c : t.choices) CHECK_FALSE(c.label.empty());
    }
}

TEST_CASE("model parsers accept exactly the keys of the label tables", "[labels]") {
    diag::Sink sink;
    auto round_trip = [&](std::string_view table, auto parse) {
        for (const auto& c : model::enum_table(table).choices) {
            auto node = text(c.key);
            CHECK(model::key(parse(&node)) == c.key);
        }
    };
    round_trip("level", [&](const load::Node* n) { return model::parse_level(*n, sink); });
    round_trip("direction", [&](const load::Node* n) { return model::parse_direction(n, sink); });
    round_trip("trend", [&](const load::Node* n) { return model::parse_trend(n, sink); });
    round_trip("wave", [&](const load::Node* n) { return model::parse_wave(n, sink); });
    round_trip("measure_status",
               [&](const load::Node* n) { return model::parse_measure_status(n, sink); });
    round_trip("review_status",
               [&](const load::Node* n) { return model::parse_review_status(n, sink); });
    round_trip("doc_kind", [&](const load::Node* n) { return model::parse_doc_kind(n, sink); });
    round_trip("outcome", [&](const load::Node* n) { return model::parse_outcome(n, sink); });
    round_trip("role", [&](const load::Node* n) { return model::parse_role(n, sink); });
    CHECK(sink.all().empty());
}

TEST_CASE("view/format shows the labels of model/labels", "[labels]") {
    using model::enum_label;
    CHECK(view::measure_status_ru(model::MeasureStatus::Done) == "выполнено");
    for (auto s : {model::MeasureStatus::Planned, model::MeasureStatus::InProgress,
                   model::MeasureStatus::Done, model::MeasureStatus::Cancelled})
        CHECK(view::measure_status_ru(s) == enum_label("measure_status", model::key(s)));
    for (auto l : {model::Level::High, model::Level::Medium, model::Level::Low, model::Level::None})
        CHECK(view::level_ru(l) == enum_label("level", model::key(l)));
    for (auto s : {model::ReviewStatus::Submitted, model::ReviewStatus::Returned,
                   model::ReviewStatus::Accepted})
        CHECK(view::review_status_ru(s) == enum_label("review_status", model::key(s)));
    CHECK(view::outcome_ru(model::Outcome::Exited) == "вышла из перечня");
    CHECK(view::respondent_ru("teachers") == "учителя");
    model::School village;
    village.rural = true;
    CHECK(view::settlement_ru(village) == "село");
}
