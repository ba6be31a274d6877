#include "render/pdf/layout.hpp"

#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "render/pdf/pdf_fixture.hpp"
#include "view/pdf_roadmap.hpp"

using namespace shnor;
using namespace shnor::render::pdf;
namespace vp = shnor::view::pdf;

namespace {

vp::Paragraph para(std::string text, vp::Align align = vp::Align::Justify,
                   vp::Face face = vp::Face::Regular) {
    vp::Paragraph p;
    p.text = std::move(text);
    p.style = {face, 12, align};
    p.space_after = 4;
    return p;
}

// Exercises every block kind; small enough to review its dump by eye.
vp::Document small_document() {
    vp::Document doc;
    vp::Section front;
    auto mark = para("Приложение №\u00a01\nк приказу от 29.12.2020 №\u00a01852", vp::Align::Left);
    mark.indent_left = 250;
    front.blocks.push_back(mark);
    auto title = para("Дорожная карта на 2021 год", vp::Align::Center, vp::Face::Bold);
    title.outline_level = 1;
    title.keep_with_next = true;
    front.blocks.push_back(title);
    front.blocks.push_back(
        para("Текст по ширине: обу\u00adчающиеся северо-западного района, 18\u00a0% — "
             "доля, которая должна снизиться к концу года."));
    front.blocks.push_back(para("Справа", vp::Align::Right));
    auto link = para("1. Программа", vp::Align::Left);
    link.link = "doc-1";
    link.link_page = true;
    front.blocks.push_back(link);
    vp::Chart chart;
    chart.caption = "Рисковый профиль";
    for (int i = 0; i < 4; ++i) chart.bars.push_back({std::to_string(i + 1), i - 1, "В", i == 2});
    chart.legend = "Высота столбца — уровень риска.";
    front.blocks.push_back(chart);
    doc.sections.push_back(front);

    vp::Section body;
    body.landscape = true;
    auto h = para("1. Программа", vp::Align::Left, vp::Face::Bold);
    h.anchor = "doc-1";
    h.outline_level = 2;
    h.keep_with_next = true;
    body.blocks.push_back(h);
    vp::Table t;
    t.header.push_back({{"№", vp::Face::Bold, vp::Align::Center, {}},
                        {"Мероприятие", vp::Face::Bold, vp::Align::Center, {}}});
    for (int i = 0; i < 40; ++i)
        t.rows.push_back({{std::to_string(i + 1), vp::Face::Regular, vp::Align::Right, {}},
                          {"Мероприятие номер " + std::to_string(i + 1),
                           vp::Face::Regular,
                           vp::Align::Left,
                           {}}});
    body.blocks.push_back(t);
    body.blocks.push_back(vp::Signature{"Директор", "А.\u00a0С.\u00a0Петрова"});
    doc.sections.push_back(body);
    return doc;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int count(const std::string& hay, const std::string& needle) {
    int n = 0;
    for (auto p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("layout of a small document matches its golden dump", "[pdf][golden]") {
    FixedMetrics m;
    diag::Sink sink;
    const std::string got = dump(layout_document(small_document(), m, sink));
    const std::string path = std::string(SHNOR_TEST_DIR) + "/render/pdf/golden/small-document.txt";
    const char* update = std::getenv("SHNOR_UPDATE_GOLDENS");
    if (update && std::string(update) == "1") std::ofstream(path, std::ios::binary) << got;
    const std::string want = read_file(path);
    REQUIRE_FALSE(want.empty());  // run with SHNOR_UPDATE_GOLDENS=1 to create it
    CHECK(got == want);
    CHECK(sink.all().empty());
}

TEST_CASE("a contents line shows its target's page number at the right edge", "[pdf]") {
    FixedMetrics m;
    diag::Sink sink;
    const Layout l = layout_document(small_document(), m, sink);
    const auto target = l.anchors.at("doc-1");
    const std::string number = std::to_string(target.page + 1);
    const TextItem* found = nullptr;
    for (const Item& item : l.pages[0].items)
        if (const auto* t = std::get_if<TextItem>(&item); t && t->text == number) found = t;
    REQUIRE(found != nullptr);
    const PageGeometry g = geometry(false);
    const double right = found->x + 500 * 12 / 1000.0 * static_cast<double>(number.size());
    CHECK(right == Approx(g.width - g.right).margin(0.01));
}

TEST_CASE("table headers repeat on every page and pages are numbered from page 2", "[pdf]") {
    FixedMetrics m;
    diag::Sink sink;
    const Layout l = layout_document(small_document(), m, sink);
    REQUIRE(l.pages.size() >= 3);
    CHECK(l.pages[1].landscape);
    for (std::size_t i = 1; i < l.pages.size(); ++i) {
        PageBox only = l.pages[i];
        Layout one;
        one.pages = {only};
        const std::string d = dump(one);
        CHECK(count(d, "\"Мероприятие\"") == 1);
        CHECK(d.find("\"" + std::to_string(i + 1) + "\"") != std::string::npos);
    }
    CHECK(l.anchors.count("doc-1") == 1);
    REQUIRE(l.outline.size() == 2);
    CHECK(l.outline[1].anchor == "doc-1");
}

TEST_CASE("1000 measures and a 5000-character title lay out in sane page counts", "[pdf]") {
    FixedMetrics m;
    diag::Sink sink;
    auto f = pdftest::make_fixture(1, 1000);
    const auto& school = f->project.schools[0];
    const auto doc = vp::roadmap_document(f->project, school, 2021,
                                          &f->analysis.schools[0].years[0], f->analysis.as_of);
    const Layout l = layout_document(doc, m, sink);
    CHECK(l.pages.size() > 50);
    CHECK(l.pages.size() < 400);

    std::string huge;
    for (int i = 0; i < 500; ++i) huge += "мероприятие ";
    huge += std::string(2000, 'x');
    auto g = pdftest::make_fixture(1, 3, huge);
    const auto doc2 = vp::roadmap_document(g->project, g->project.schools[0], 2021,
                                           &g->analysis.schools[0].years[0], g->analysis.as_of);
    const Layout l2 = layout_document(doc2, m, sink);
    CHECK(l2.pages.size() >= 3);
    CHECK(l2.pages.size() < 40);
}

TEST_CASE("a row taller than a page is split and the header repeated", "[pdf]") {
    FixedMetrics m;
    diag::Sink sink;
    vp::Document doc;
    vp::Section s;
    vp::Table t;
    t.header.push_back({{"Заголовок", vp::Face::Bold, vp::Align::Center, {}}});
    std::string tall;
    for (int i = 0; i < 300; ++i) tall += "строка\n";
    t.rows.push_back({{tall, vp::Face::Regular, vp::Align::Left, {}}});
    s.blocks.push_back(t);
    doc.sections.push_back(s);
    const Layout l = layout_document(doc, m, sink);
    CHECK(l.pages.size() >= 5);
    CHECK(l.pages.size() <= 7);
    for (const auto& p : l.pages) {
        Layout one;
        one.pages = {p};
        CHECK(count(dump(one), "\"Заголовок\"") == 1);
    }
}

TEST_CASE("the signature never stands alone on a page", "[pdf]") {
    FixedMetrics m;
    diag::Sink sink;
    for (int rows = 20; rows < 60; ++rows) {
        vp::Document doc;
        vp::Section s;
        s.landscape = true;
        vp::Table t;
        t.header.push_back({{"Заголовок", vp::Face::Bold, vp::Align::Center, {}}});
        for (int i = 0; i < rows; ++i)
            t.rows.push_back(
                {{"строка " + std::to_string(i), vp::Face::Regular, vp::Align::Left, {}}});
        s.blocks.push_back(t);
        s.blocks.push_back(vp::Signature{"Директор", "А. С. Петрова"});
        doc.sections.push_back(s);
        const Layout l = layout_document(doc, m, sink);
        Layout last;
        last.pages = {l.pages.back()};
        const std::string d = dump(last);
        INFO(rows);
        CHECK(d.find("\"Директор\"") != std::string::npos);
        CHECK(d.find("\"строка " + std::to_string(rows - 1) + "\"") != std::string::npos);
    }
}
