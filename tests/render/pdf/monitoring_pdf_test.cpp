// The monitoring report's PDF read back with pdftotext and qpdf.
#include <catch2/catch_test_macros.hpp>

#include "render/pdf/pdf_fixture.hpp"
#include "render/pdf/render_pdfs.hpp"
#include "render/site_fixture.hpp"
#include "write/output_sink.hpp"

using namespace shnor;
using pdftest::run;
using pdftest::squeeze;

TEST_CASE("monitoring report: a PDF and a workbook per programme year", "[pdf][monitoring]") {
    testing::SiteFixture f(testing::site_project_with_online_visit());
    diag::Sink sink;
    write::MemoryOutput out;
    render::PdfRenderer r(render::PdfOptions{});
    r.monitoring(f.project, f.analysis, out, sink);
    CHECK(sink.all().empty());
    auto files = out.take();
    CHECK(files.count("documents/monitoring-2021.pdf") == 1);
    CHECK(files.count("documents/monitoring-2021.xlsx") == 1);
    REQUIRE(files.count("documents/monitoring-2022.pdf") == 1);
    CHECK(files.count("documents/monitoring-2022.xlsx") == 1);

    pdftest::TempDir dir;
    const std::string path = dir.write("m.pdf", files["documents/monitoring-2022.pdf"]);
    int rc = 0;
    run("qpdf --check '" + path + "' >/dev/null 2>&1", &rc);
    CHECK(rc == 0);
    const std::string text = squeeze(run("pdftotext -layout '" + path + "' - 2>/dev/null"));
    INFO(text);
    CHECK(text.find("Мониторинг реализации проекта «500+» в 2022 году") != std::string::npos);
    CHECK(text.find("по состоянию на 20 декабря 2022 г.") != std::string::npos);
    CHECK(
        text.find("Сокращение перечня ШНОР к предыдущему году не менее 25–30 % 0 % не выполнен") !=
        std::string::npos);
    CHECK(text.find("Школы, разработавшие дорожные карты 100 % школ 100 % выполнен") !=
          std::string::npos);
    CHECK(text.find("По муниципальным образованиям") != std::string::npos);
    CHECK(text.find("По кураторам") != std::string::npos);
    // The last two columns: visits and consultations in the year up to the
    // report date, of which on site (pdftotext interleaves wrapped headers
    // and names with the row). Энск: two schools, one online meeting more.
    CHECK(text.find("Посещений и") != std::string::npos);
    CHECK(text.find("консультаций посещений") != std::string::npos);
    CHECK(text.find("1 городской округ 2 2 1 2 8 2 33 % 2 3 2 Энск") != std::string::npos);
    CHECK(text.find("Озёрский 1 1 0 1 4 1 33 % 1 1 1 муниципальный район") != std::string::npos);
    CHECK(text.find("1 Соколова Елена 3 3 3 12 3 33 % 3 4 3 Викторовна") != std::string::npos);

    // Every school is in its second year: all three are listed for a new format.
    CHECK(text.find("Школы для смены формата поддержки") != std::string::npos);
    CHECK(text.find("«Школа lesnoe»") != std::string::npos);
    CHECK(text.find("29.12.2020") != std::string::npos);

    // Same input, same bytes.
    write::MemoryOutput again;
    r.monitoring(f.project, f.analysis, again, sink);
    auto second = again.take();
    CHECK(second["documents/monitoring-2022.pdf"] == files["documents/monitoring-2022.pdf"]);
    CHECK(second["documents/monitoring-2022.xlsx"] == files["documents/monitoring-2022.xlsx"]);
}
