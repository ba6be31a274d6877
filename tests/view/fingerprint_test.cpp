#include "view/fingerprint.hpp"

#include <catch2/catch_test_macros.hpp>

using namespace shnor::view;

TEST_CASE("fingerprint: a page's tree, its kind and its layout all count", "[view]") {
    const Value a = Value().set("a", "bc");
    CHECK(fingerprint("index", a, Value()) == fingerprint("index", Value().set("a", "bc"), {}));
    // Pieces are length-prefixed: moving a character between key and value shows.
    CHECK(fingerprint("index", a, {}) != fingerprint("index", Value().set("ab", "c"), {}));
    CHECK(fingerprint("index", a, {}) != fingerprint("factor", a, {}));
    CHECK(fingerprint("index", a, {}) != fingerprint("index", {}, a));
    CHECK(fingerprint("x", Value().set("f", true), {}) !=
          fingerprint("x", Value().set("f", false), {}));
    CHECK(fingerprint("x", Value().set("l", Value::list().push("1").push("2")), {}) !=
          fingerprint("x", Value().set("l", Value::list().push("12")), {}));
}

TEST_CASE("fingerprint: a printed document by what it prints, not where it came from", "[view]") {
    pdf::Document doc;
    doc.title = "Приложение";
    pdf::Paragraph p;
    p.text = "Перечень школ";
    p.src = {"region.yaml", 3, 5};
    pdf::Table t;
    t.rows = {{pdf::Cell{"1", pdf::Face::Regular, pdf::Align::Left, {"a.yaml", 1, 1}}}};
    doc.sections.push_back({false, {p, t}});
    const auto fp = fingerprint(doc);

    auto moved = doc;
    std::get<pdf::Paragraph>(moved.sections[0].blocks[0]).src.line = 9;
    CHECK(fingerprint(moved) == fp);

    auto edited = doc;
    std::get<pdf::Table>(edited.sections[0].blocks[1]).rows[0][0].text = "2";
    CHECK(fingerprint(edited) != fp);
    auto landscape = doc;
    landscape.sections[0].landscape = true;
    CHECK(fingerprint(landscape) != fp);
    auto dated = doc;
    dated.date = {2022, 1, 1};
    CHECK(fingerprint(dated) != fp);
}

TEST_CASE("fingerprint: a monitoring report by its cells' texts and values", "[view]") {
    MonitoringReport r;
    r.year = 2021;
    r.tables.push_back({"Сводка", "Сводка", {"Показатель", "Значение"}, {30, 10}, {}, false});
    r.tables[0].rows.push_back({{CellKind::Text, "Школ"}, {CellKind::Count, "12", 12}});
    const auto fp = fingerprint(r);
    auto same_text = r;
    same_text.tables[0].rows[0][1].number =
        12.4;  // printed alike, a different number in the workbook
    CHECK(fingerprint(same_text) != fp);
    auto other_year = r;
    other_year.year = 2022;
    CHECK(fingerprint(other_year) != fp);
}
