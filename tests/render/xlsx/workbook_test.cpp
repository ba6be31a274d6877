// The monitoring workbook read back with openpyxl, as a ministry clerk's
// spreadsheet would read it: sheets, Russian headers, frozen header rows,
// column widths, and cells typed as numbers and dates, not text.
#include "render/xlsx/workbook.hpp"

#include <catch2/catch_test_macros.hpp>
#include <cstdlib>

#include "compute/monitoring.hpp"
#include "render/pdf/pdf_fixture.hpp"
#include "render/site_fixture.hpp"
#include "view/monitoring.hpp"

using namespace shnor;
using pdftest::run;

namespace {

std::string workbook(const testing::SiteFixture& f, int year, diag::Sink& sink) {
    for (const auto& y : compute::monitoring_years(f.project, f.analysis))
        if (y.year == year)
            return render::monitoring_xlsx(
                view::monitoring_report(f.project, f.analysis, y, f.analysis.as_of),
                "documents/monitoring.xlsx", sink);
    return {};
}

// Prints one line per fact the test checks.
const char* kReader = R"PY(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("sheets", "|".join(wb.sheetnames))
for ws in wb.worksheets:
    print("sheet", ws.title, "freeze", ws.freeze_panes)
    print("header", ws.title, "|".join(str(c.value) for c in ws[1]))
    print("width", ws.title, ws.column_dimensions["B"].width)
    for row in ws.iter_rows(min_row=2, max_row=3):
        print("types", ws.title, "|".join(type(c.value).__name__ for c in row))
ws = wb["Итоги года"]
print("date", ws["B2"].value.date().isoformat(), ws["B2"].number_format)
print("schools", ws["B3"].value)
for name in ("По муниципалитетам", "По кураторам"):
    ws = wb[name]
    for row in ws.iter_rows(min_row=2):
        print("visits", name, row[1].value, row[-2].value, row[-1].value)
ws = wb["Критерии"]
print("reduction", ws["C2"].value, ws["C2"].number_format, ws["D2"].value)
print("created", wb.properties.created.isoformat())
)PY";

bool has(const std::string& text, const std::string& line) {
    return text.find(line + "\n") != std::string::npos;
}

}  // namespace

TEST_CASE("monitoring workbook: sheets, headers, typed cells", "[xlsx]") {
    testing::SiteFixture f(testing::site_project_with_online_visit());
    diag::Sink sink;
    const std::string bytes = workbook(f, 2022, sink);
    REQUIRE(sink.all().empty());
    REQUIRE(bytes.substr(0, 2) == "PK");
    pdftest::TempDir dir;
    const std::string book = dir.write("m.xlsx", bytes);
    const std::string script = dir.write("read.py", kReader);
    int rc = 0;
    // Debian's interpreter: python3-openpyxl is a Debian package (scripts/deps.sh).
    const std::string out = run("/usr/bin/python3 '" + script + "' '" + book + "' 2>&1", &rc);
    INFO(out);
    REQUIRE(rc == 0);
    CHECK(has(out, "sheets Итоги года|Критерии|По муниципалитетам|По кураторам|Смена формата"));
    CHECK(has(out, "sheet По муниципалитетам freeze A2"));
    CHECK(has(out,
              "header По муниципалитетам № п/п|Муниципальное образование|Школ|"
              "Второй год подряд|Вышли из перечня|С дорожной картой|Мероприятий|"
              "Выполнено|Доля выполненных|Просрочено|Посещений и консультаций|"
              "Из них посещений школы"));
    CHECK(has(out,
              "header По кураторам № п/п|Куратор|Школ|Требуют внимания|С дорожной картой|"
              "Мероприятий|Выполнено|Доля выполненных|Просрочено|Посещений и консультаций|"
              "Из них посещений школы"));
    // Excel's character width plus the cell padding libxlsxwriter adds.
    CHECK(has(out, "width По муниципалитетам 40.7109375"));
    CHECK(has(out, "types По муниципалитетам int|str|int|int|int|int|int|int|float|int|int|int"));
    CHECK(has(out, "types По кураторам int|str|int|int|int|int|int|float|int|int|int"));
    // Visits of the year up to the report date, then those on site.
    CHECK(has(out, "visits По муниципалитетам городской округ Энск 3 2"));
    CHECK(has(out, "visits По муниципалитетам Озёрский муниципальный район 1 1"));
    CHECK(has(out, "visits По кураторам Соколова Елена Викторовна 4 3"));
    CHECK(has(out, "types Смена формата int|str|str|datetime|str"));
    CHECK(has(out, "date 2022-12-20 dd.mm.yyyy"));
    CHECK(has(out, "schools 3"));
    // 3 schools in 2021 and 3 in 2022: the list did not shrink.
    CHECK(has(out, "reduction 0 0% не выполнен"));
    CHECK(has(out, "created 2022-12-20T00:00:00"));
}

TEST_CASE("monitoring workbook: the same report gives the same bytes", "[xlsx]") {
    testing::SiteFixture f;
    diag::Sink sink;
    const std::string a = workbook(f, 2021, sink);
    ::setenv("TZ", "Asia/Vladivostok", 1);
    const std::string b = workbook(f, 2021, sink);
    ::unsetenv("TZ");
    REQUIRE_FALSE(a.empty());
    CHECK(a == b);
    // The first year has no previous one: the reduction has no data, a blank cell.
    pdftest::TempDir dir;
    const std::string book = dir.write("m.xlsx", a);
    const std::string out =
        run("/usr/bin/python3 -c \"import openpyxl; ws = openpyxl.load_workbook('" + book +
            "')['Критерии']; print(ws['C2'].value, ws['D2'].value)\"");
    CHECK(out == "None —\n");
}
