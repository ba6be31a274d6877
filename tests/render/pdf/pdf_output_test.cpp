// The generated PDFs checked with the tools a user would use: pdftotext
// (poppler) for the text and its order, qpdf for the structure, pdfinfo for
// the metadata and page count.
#include <catch2/catch_test_macros.hpp>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include "render/pdf/pdf_fixture.hpp"
#include "render/pdf/render_pdfs.hpp"

using namespace shnor;
using shnor::pdftest::run;
using shnor::pdftest::squeeze;

namespace {

std::string roadmap(const pdftest::Fixture& f, const std::string& font, diag::Sink& sink) {
    return render::render_roadmap(f.project, f.analysis, "sosh-ozerki", 2021,
                                  render::PdfOptions{font}, sink);
}

int pages_of(const std::string& pdf_path) {
    const std::string info = run("pdfinfo '" + pdf_path + "' 2>/dev/null");
    const auto p = info.find("Pages:");
    return p == std::string::npos ? -1 : std::stoi(info.substr(p + 7));
}

// A field of pdfinfo's output, e.g. info_field(info, "Title").
std::string info_field(const std::string& info, const std::string& key) {
    const auto p = info.find("\n" + key + ":");
    if (p == std::string::npos) return {};
    auto b = info.find_first_not_of(' ', p + key.size() + 2);
    const auto e = info.find('\n', b);
    return info.substr(b, e - b);
}

}  // namespace

TEST_CASE("a roadmap PDF has intact Cyrillic text in reading order", "[pdf]") {
    auto f = pdftest::make_fixture(4, 8);
    diag::Sink sink;
    const std::string pdf = roadmap(*f, "liberation", sink);
    REQUIRE_FALSE(pdf.empty());
    CHECK(sink.all().empty());
    pdftest::TempDir dir;
    const std::string path = dir.write("roadmap.pdf", pdf);

    int rc = 0;
    const std::string check = run("qpdf --check '" + path + "' 2>&1", &rc);
    INFO(check);
    CHECK(rc == 0);

    // libharu's own ToUnicode CMap made poppler warn; ours must not.
    const std::string warnings = run("pdftotext '" + path + "' /dev/null 2>&1");
    CHECK(warnings.empty());
    CHECK(pdf.find("/Subtype /Link") != std::string::npos);  // contents -> documents
    CHECK(pdf.find("/Outlines") != std::string::npos);       // bookmarks

    const std::string text = squeeze(run("pdftotext -layout '" + path + "' - 2>/dev/null"));
    const char* in_order[] = {"УТВЕРЖДАЮ",
                              "Директор МБОУ «СОШ с. Озёрки»",
                              "А. С. Петрова",
                              "02.04.2021",
                              "СОГЛАСОВАНО",
                              "Куратор",
                              "Е. В. Соколова",
                              "28.03.2021",
                              "Дорожная карта",
                              "на 2021 год",
                              "Средняя общеобразовательная",
                              "Озёрский муниципальный район",
                              "Школа включена в перечень участников проекта на 2021 год приказом "
                              "министерства образования Энской области от 29.12.2020 № 1852",
                              "Рисковый профиль",
                              "Содержание",
                              "Антирисковая программа",
                              "Документ согласован 28.03.2021 (куратор Е. В. Соколова)",
                              "Мероприятие",
                              "Статус по состоянию на 20.12.2021",
                              "Входная диагностика",
                              "Показатель",
                              "Доля обучающихся с рисками",
                              "Директор",
                              "А. С. Петрова"};
    std::size_t at = 0;
    for (const char* s : in_order) {
        INFO(s);
        const auto p = text.find(s, at);
        CHECK(p != std::string::npos);
        if (p != std::string::npos) at = p;
    }
    CHECK(text.find("?") == std::string::npos);
    // The roadmap is the school's document, not an annex to the order (#12).
    CHECK(text.find("Приложение") == std::string::npos);
    CHECK(text.find("УТВЕРЖДЕНА") == std::string::npos);
    CHECK(text.find("согласование: согласовано") == std::string::npos);
    CHECK(text.find("Вид документа") == std::string::npos);

    const int pages = pages_of(path);
    CHECK(pages >= 5);
    CHECK(pages <= 9);
    const std::string info = "\n" + run("pdfinfo '" + path + "' 2>/dev/null");
    CHECK(info_field(info, "Title") == "Дорожная карта МБОУ «СОШ с. Озёрки» на 2021 год");
    CHECK(info_field(info, "Author") == "ГАУ ДПО «Энский институт развития образования»");
    CHECK(info_field(info, "CreationDate").find("Dec 20 00:00:00 2021") != std::string::npos);
}

TEST_CASE("PDF output is byte-identical run to run", "[pdf]") {
    auto f = pdftest::make_fixture(2, 5);
    diag::Sink sink;
    const std::string a = roadmap(*f, "pt", sink);
    const std::string b = roadmap(*f, "pt", sink);
    REQUIRE_FALSE(a.empty());
    CHECK(a == b);
    CHECK(a.find("/CreationDate (D:20211220") != std::string::npos);
}

TEST_CASE("render_pdfs adds the roadmaps and the order annexes", "[pdf]") {
    auto f = pdftest::make_fixture(1, 3);
    diag::Sink sink;
    write::OutputSet out;
    render::render_pdfs(f->project, f->analysis, render::PdfOptions{}, out, sink);
    CHECK(sink.all().empty());
    REQUIRE(out.size() == 3);
    CHECK(out.count("documents/annex-2021.pdf") == 1);
    CHECK(out.count("documents/annex-2021.docx") == 1);
    CHECK(out.count("schools/sosh-ozerki/roadmap-2021.pdf") == 1);  // sosh-2 has no measures

    pdftest::TempDir dir;
    const std::string path = dir.write("annex.pdf", out["documents/annex-2021.pdf"]);
    int rc = 0;
    run("qpdf --check '" + path + "' >/dev/null 2>&1", &rc);
    CHECK(rc == 0);
    const std::string text = squeeze(run("pdftotext -layout '" + path + "' - 2>/dev/null"));
    CHECK(text.find(
              "Перечень общеобразовательных организаций — участников проекта «500+» в 2021 году") !=
          std::string::npos);
    // Sorted by municipality name: «городской округ Энск» before «Озёрский ...».
    CHECK(text.find("СОШ № 2 г. Энска") < text.find("школа с. Озёрки"));
    // The issuer in the genitive (#12); no selected risks, which the order
    // cannot know: they come from the diagnostics after it.
    CHECK(text.find("Приложение № 1 к приказу министерства образования Энской области от "
                    "29.12.2020 № 1852") != std::string::npos);
    CHECK(text.find("Выбранные риски") == std::string::npos);
    CHECK(text.find("Соколова") != std::string::npos);
}

TEST_CASE("an unknown font is an error, not a crash", "[pdf]") {
    auto f = pdftest::make_fixture(1, 1);
    diag::Sink sink;
    CHECK(roadmap(*f, "comic", sink).empty());
    CHECK(sink.has_errors());
}

TEST_CASE("emoji in a measure title: a warning with the source, '?' in the PDF", "[pdf]") {
    auto f = pdftest::make_fixture(1, 2, " 😀");
    diag::Sink sink;
    const std::string pdf = roadmap(*f, "liberation", sink);
    REQUIRE_FALSE(pdf.empty());
    REQUIRE(sink.warnings() >= 1);
    CHECK(sink.all()[0].loc.file == "schools/sosh-ozerki/2021/antirisk-rf07.yaml");
    CHECK(sink.all()[0].message.find("U+1F600") != std::string::npos);
}

TEST_CASE("emoji and broken bytes in metadata and bookmarks do not fail the PDF", "[pdf]") {
    auto f = pdftest::make_fixture(1, 2);
    f->project.schools[0].short_name = "Школа 😀 \xff";
    f->project.schools[0].documents[0].title = "Программа 🚀";
    diag::Sink sink;
    const std::string pdf = roadmap(*f, "liberation", sink);
    REQUIRE_FALSE(pdf.empty());
    CHECK_FALSE(sink.has_errors());
    pdftest::TempDir dir;
    const std::string path = dir.write("emoji.pdf", pdf);
    int rc = 0;
    run("qpdf --check '" + path + "' >/dev/null 2>&1", &rc);
    CHECK(rc == 0);
    CHECK(run("pdfinfo '" + path + "' 2>/dev/null").find("Школа ? ?") != std::string::npos);
}

TEST_CASE("1000 measures and a 5000-character title render to valid PDFs", "[pdf]") {
    pdftest::TempDir dir;
    {
        auto f = pdftest::make_fixture(1, 1000);
        diag::Sink sink;
        const std::string pdf = roadmap(*f, "liberation", sink);
        REQUIRE_FALSE(pdf.empty());
        const std::string path = dir.write("big.pdf", pdf);
        const int pages = pages_of(path);
        CHECK(pages > 50);
        CHECK(pages < 300);
        int rc = 0;
        run("qpdf --check '" + path + "' >/dev/null 2>&1", &rc);
        CHECK(rc == 0);
    }
    {
        std::string huge;
        for (int i = 0; i < 400; ++i) huge += "мероприятие ";
        huge += std::string(200, 'x');
        auto f = pdftest::make_fixture(1, 2, huge);
        diag::Sink sink;
        const std::string pdf = roadmap(*f, "liberation", sink);
        REQUIRE_FALSE(pdf.empty());
        const int pages = pages_of(dir.write("long.pdf", pdf));
        CHECK(pages >= 3);
        CHECK(pages < 30);
    }
}

TEST_CASE("size and time of a typical roadmap", "[pdf][bench]") {
    auto f = pdftest::make_fixture(4, 8);
    for (const char* font : {"liberation", "pt"}) {
        diag::Sink sink;
        const auto t0 = std::chrono::steady_clock::now();
        const std::string pdf = roadmap(*f, font, sink);
        const auto t1 = std::chrono::steady_clock::now();
        pdftest::TempDir dir;
        const int pages = pages_of(dir.write("r.pdf", pdf));
        const double ms = std::chrono::duration<double, std::milli>(t1 - t0).count();
        std::printf("roadmap (%s): %d pages, %zu bytes, %.1f ms\n", font, pages, pdf.size(), ms);
        CHECK(pdf.size() <= 60 * 1024);
    }
}

// The fonts are read and measured once per process and shared by every
// thread, and each document deflates its streams while libharu saves it
// (render/pdf/hpdf_doc.cpp): documents made at the same time on several
// threads are the bytes of one made alone.
TEST_CASE("roadmaps made on several threads at once are the bytes of one made alone", "[pdf]") {
    auto f = pdftest::make_fixture(4, 8);
    for (const char* font : {"liberation", "pt"}) {
        diag::Sink alone_sink;
        const std::string alone = roadmap(*f, font, alone_sink);
        REQUIRE(!alone.empty());
        std::vector<std::string> made(4);
        std::vector<std::thread> threads;
        for (auto& out : made)
            threads.emplace_back([&f, &out, font] {
                diag::Sink sink;
                for (int n = 0; n < 3; ++n) out = roadmap(*f, font, sink);
            });
        for (auto& t : threads) t.join();
        for (const auto& pdf : made) CHECK(pdf == alone);
    }
}

// Regression: with the narrow code table (render/pdf/hpdf_doc.cpp) the
// highest code point of a document was drawn blank, as libharu's glyph map
// stops one short of it. "№" (U+2116) is the highest code of the annex mark.
TEST_CASE("the highest character of a document is drawn, not blank", "[pdf]") {
    for (const char* text : {"№", "Ж", "A"}) {
        view::pdf::Document doc;
        view::pdf::Paragraph p;
        p.text = text;
        p.style.size = 60;
        doc.sections.push_back({false, {p}});
        diag::Sink sink;
        const std::string pdf = render::render_pdf_document(doc, {}, sink);
        REQUIRE_FALSE(pdf.empty());
        pdftest::TempDir dir;
        const std::string path = dir.write("one.pdf", pdf);
        // A greyscale PGM of page 1: the header, then one byte per pixel.
        const std::string pgm = run("pdftoppm -r 20 -gray -f 1 -l 1 '" + path + "' 2>/dev/null");
        std::size_t pos = 0;  // "P5\n<w> <h>\n255\n"
        for (int line = 0; line < 3 && pos != std::string::npos; ++line)
            pos = pgm.find('\n', line == 0 ? 0 : pos + 1);
        REQUIRE(pos != std::string::npos);
        std::size_t dark = 0;
        for (std::size_t i = pos + 1; i < pgm.size(); ++i)
            if (static_cast<unsigned char>(pgm[i]) < 128) ++dark;
        INFO(text);
        CHECK(dark >= 5);
    }
}

// Text is written as literal strings of two-byte codes: bytes that are
// parentheses, backslashes or line ends must be escaped, in the high byte
// ("(" U+0028 and ")" U+0029 are 00 28 / 00 29) and in the low byte (Ш U+0428,
// Щ U+0429, ќ U+045C, Њ U+040A, Ѝ U+040D).
TEST_CASE("brackets, backslashes and letters whose codes hold them survive extraction", "[pdf]") {
    const std::string text = "(Ш) \\Щ\\ ќЊЍ ((x))";
    view::pdf::Document doc;
    view::pdf::Paragraph p;
    p.text = text;
    doc.sections.push_back({false, {p}});
    diag::Sink sink;
    const std::string pdf = render::render_pdf_document(doc, {}, sink);
    REQUIRE_FALSE(pdf.empty());
    CHECK(sink.all().empty());
    pdftest::TempDir dir;
    const std::string path = dir.write("escapes.pdf", pdf);
    int rc = 0;
    run("qpdf --check '" + path + "' >/dev/null 2>&1", &rc);
    CHECK(rc == 0);
    CHECK(squeeze(run("pdftotext '" + path + "' - 2>/dev/null")).find(text) != std::string::npos);
}
