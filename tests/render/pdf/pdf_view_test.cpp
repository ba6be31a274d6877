// The mapping from model + analysis to document blocks, without layout.
#include <catch2/catch_test_macros.hpp>

#include "render/pdf/pdf_fixture.hpp"
#include "view/pdf_annex.hpp"
#include "view/pdf_roadmap.hpp"

using namespace shnor;
namespace vp = shnor::view::pdf;

namespace {

template <class T>
std::vector<const T*> blocks_of(const vp::Document& doc) {
    std::vector<const T*> out;
    for (const auto& s : doc.sections)
        for (const auto& b : s.blocks)
            if (const auto* t = std::get_if<T>(&b)) out.push_back(t);
    return out;
}

}  // namespace

TEST_CASE("a roadmap: a portrait front page, the documents in landscape, signature last", "[pdf]") {
    auto f = pdftest::make_fixture(2, 3);
    const auto& school = f->project.schools[0];
    REQUIRE(vp::has_roadmap(school, 2021));
    CHECK_FALSE(vp::has_roadmap(f->project.schools[1], 2021));
    const auto doc = vp::roadmap_document(f->project, school, 2021,
                                          &f->analysis.schools[0].years[0], f->analysis.as_of);
    REQUIRE(doc.sections.size() == 2);
    CHECK_FALSE(doc.sections[0].landscape);
    CHECK(doc.sections[1].landscape);
    CHECK(doc.date == f->analysis.as_of);
    CHECK(doc.author == "ГАУ ДПО «Энский институт развития образования»");
    CHECK(std::holds_alternative<vp::Signature>(doc.sections.back().blocks.back()));
    CHECK(std::get<vp::Signature>(doc.sections.back().blocks.back()).name ==
          "А.\u00a0С.\u00a0Петрова");

    const auto paras = blocks_of<vp::Paragraph>(doc);
    REQUIRE_FALSE(paras.empty());
    // Approved by the director with the date from the data, agreed by the
    // curator who accepted the documents, on the day of the last acceptance.
    CHECK(paras[0]->text == "УТВЕРЖДАЮ");
    CHECK(paras[1]->text ==
          "Директор МБОУ «СОШ с. Озёрки»\n________________ "
          "А.\u00a0С.\u00a0Петрова\n02.04.2021");
    CHECK(paras[2]->text == "СОГЛАСОВАНО");
    CHECK(paras[3]->text == "Куратор\n________________ Е.\u00a0В.\u00a0Соколова\n28.03.2021");
    for (const auto* p : paras) {
        CHECK(p->text.find("Приложение") == std::string::npos);
        CHECK(p->text.find("согласование: ") == std::string::npos);
    }

    const auto charts = blocks_of<vp::Chart>(doc);
    REQUIRE(charts.size() == 1);
    REQUIRE(charts[0]->bars.size() == 12);
    CHECK(charts[0]->bars[0].level == 3);   // high
    CHECK(charts[0]->bars[5].level == -1);  // no data
    CHECK(charts[0]->bars[6].selected);
    CHECK_FALSE(charts[0]->bars[7].selected);

    const auto tables = blocks_of<vp::Table>(doc);
    REQUIRE(tables.size() == 4);  // measures + indicators per document
    CHECK(tables[0]->header[0].size() == 8);
    CHECK(tables[0]->rows.size() == 3);
    CHECK(tables[0]->rows[0][7].text == "выполнено 29.03.2021");
    CHECK(tables[0]->rows[1][7].text == "запланировано, просрочено");
    CHECK(tables[0]->header[0][7].text == "Статус по состоянию на 20.12.2021");
    CHECK(tables[1]->header[0].size() == 5);
    CHECK(tables[1]->header[0][4].text == "Прогресс по состоянию на 20.12.2021");
    CHECK(tables[1]->rows[0][2].text ==
          "14\u00a0%\u00a0к\u00a030.06.2021;\n10\u00a0%\u00a0к\u00a025.12.2021");
    CHECK(tables[1]->rows[0][4].text == "75\u00a0%, в графике");
}

TEST_CASE("a roadmap without analysis still lists measures, with no progress", "[pdf]") {
    auto f = pdftest::make_fixture(1, 2);
    const auto doc =
        vp::roadmap_document(f->project, f->project.schools[0], 2021, nullptr, f->analysis.as_of);
    const auto tables = blocks_of<vp::Table>(doc);
    REQUIRE(tables.size() == 2);
    CHECK(tables[0]->rows[1][7].text == "запланировано");
    CHECK(tables[1]->rows[0][4].text == "нет данных");
    CHECK(blocks_of<vp::Chart>(doc).empty());
}

TEST_CASE("the order annex lists schools by municipality, then name, in Russian order", "[pdf]") {
    auto f = pdftest::make_fixture(1, 1);
    for (const char* name : {"Школа № 10", "школа № 2", "Ёлкинская школа"}) {
        auto s = f->project.schools[1];
        s.id = name;
        s.name = name;
        f->project.schools.push_back(s);
    }
    diag::Sink sink;
    const auto summaries = compute::analyse(f->project, f->analysis.as_of, sink).summaries;
    const auto doc =
        vp::annex_document(f->project, summaries, f->project.region.years[0], f->analysis.as_of);
    const auto tables = blocks_of<vp::Table>(doc);
    REQUIRE(tables.size() == 1);
    const auto& rows = tables[0]->rows;
    REQUIRE(rows.size() == 5);
    CHECK(rows[0][1].text == "городской округ Энск");
    CHECK(rows[0][2].text == "Ёлкинская школа");  // ё sorts as е, case ignored
    CHECK(rows[1][2].text == "МБОУ «СОШ № 2 г. Энска»");
    CHECK(rows[2][2].text == "школа № 2");  // numbers by value
    CHECK(rows[3][2].text == "Школа № 10");
    CHECK(rows[4][1].text == "Озёрский муниципальный район");
    // What the order approves and nothing known only later (#12): no
    // «выбранные риски» from the diagnostics that follow the order.
    CHECK(rows[4].size() == 4);
    CHECK(tables[0]->header[0].back().text == "Куратор");
    const auto paras = blocks_of<vp::Paragraph>(doc);
    CHECK(paras[0]->text ==
          "Приложение №\u00a01\nк приказу министерства образования Энской области\nот "
          "29.12.2020 №\u00a01852");
}

TEST_CASE("a roadmap states only what the data says about its approval", "[pdf]") {
    auto f = pdftest::make_fixture(2, 1);
    auto& school = f->project.schools[0];
    school.participation[0].roadmap_approved.reset();
    school.documents[1].reviews.back().status = model::ReviewStatus::Returned;
    const auto doc = vp::roadmap_document(f->project, school, 2021, nullptr, f->analysis.as_of);
    const auto paras = blocks_of<vp::Paragraph>(doc);
    REQUIRE(paras.size() > 3);
    CHECK(paras[0]->text == "УТВЕРЖДАЮ");
    // No approval date in the data: a blank to fill in by hand, not a guess.
    CHECK(paras[1]->text.find("«____» ______________ 20___ г.") != std::string::npos);
    CHECK(paras[2]->text == "Согласование с куратором не завершено (по состоянию на 20.12.2021).");
    std::string all;
    for (const auto* p : paras) all += p->text + "\n";
    CHECK(all.find("СОГЛАСОВАНО") == std::string::npos);
    CHECK(all.find(
              "Документ возвращён на доработку 28.03.2021 (куратор Е.\u00a0В.\u00a0Соколова).") !=
          std::string::npos);
    CHECK(all.find("Антирисковая программа по фактору риска №\u00a0") != std::string::npos);
}
