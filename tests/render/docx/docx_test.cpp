// The order annex as DOCX, read back the way another program would:
// python3-docx for its paragraphs and table, compared with the PDF annex's
// text from pdftotext; the zip bytes must not depend on the time zone.
#include "render/docx/docx.hpp"

#include <algorithm>
#include <catch2/catch_test_macros.hpp>
#include <cstdlib>
#include <ctime>
#include <sstream>

#include "render/docx/zip.hpp"
#include "render/pdf/pdf_fixture.hpp"
#include "render/pdf/render_pdfs.hpp"
#include "support/fixtures.hpp"
#include "view/pdf_annex.hpp"

using namespace shnor;
using shnor::pdftest::run;

namespace {

// Words, with no-break spaces as spaces: layout may break lines anywhere.
std::vector<std::string> words(std::string s) {
    for (std::size_t p; (p = s.find("\u00a0")) != std::string::npos;) s.replace(p, 2, " ");
    std::istringstream in(s);
    std::vector<std::string> out;
    for (std::string w; in >> w;)
        if (w != "|") out.push_back(w);
    std::sort(out.begin(), out.end());
    return out;
}

std::string strip_tags(const std::string& lines) {  // drops the "P\t" / "R\t" marks
    std::string out;
    std::istringstream in(lines);
    for (std::string line; std::getline(in, line);) out += line.substr(2) + "\n";
    return out;
}

}  // namespace

TEST_CASE("the annex DOCX says what the annex PDF says", "[docx][pdf]") {
    auto f = pdftest::make_fixture(1, 3);
    diag::Sink sink;
    write::OutputSet out;
    render::render_pdfs(f->project, f->analysis, render::PdfOptions{}, out, sink);
    CHECK(sink.all().empty());
    REQUIRE(out.count("documents/annex-2021.docx") == 1);
    pdftest::TempDir dir;
    const std::string docx = dir.write("annex.docx", out["documents/annex-2021.docx"]);
    const std::string pdf = dir.write("annex.pdf", out["documents/annex-2021.pdf"]);

    int rc = 0;
    const std::string read =
        // Debian's interpreter: python3-docx is a Debian package (scripts/deps.sh).
        run("/usr/bin/python3 '" + test::test_dir() + "/render/docx/read_docx.py' '" + docx +
                "' 2>&1",
            &rc);
    INFO(read);
    REQUIRE(rc == 0);
    CHECK(read.find("P\tПриложение №\u00a01 к приказу министерства образования Энской области "
                    "от 29.12.2020 №\u00a01852\n") != std::string::npos);
    CHECK(read.find("R\t№ п/п | Муниципальное образование | Наименование ОО | Куратор\n") !=
          std::string::npos);
    CHECK(read.find("R\t1. | городской округ Энск |") != std::string::npos);
    CHECK(read.find("| Соколова Елена Викторовна\n") != std::string::npos);
    CHECK(read.find("P\tВсего: 2 общеобразовательные организации.") != std::string::npos);

    const std::string text = run("pdftotext '" + pdf + "' - 2>/dev/null");
    CHECK(words(strip_tags(read)) == words(text));
}

TEST_CASE("DOCX bytes are the same in any time zone and run to run", "[docx]") {
    auto f = pdftest::make_fixture(1, 3);
    const auto annex = view::pdf::annex_document(f->project, f->analysis.summaries,
                                                 f->project.region.years[0], f->analysis.as_of);
    const char* old = std::getenv("TZ");
    const std::string saved = old ? old : "";
    ::setenv("TZ", "Asia/Vladivostok", 1);
    ::tzset();
    const std::string a = render::docx::docx_document(annex);
    ::setenv("TZ", "UTC", 1);
    ::tzset();
    const std::string b = render::docx::docx_document(annex);
    if (old)
        ::setenv("TZ", saved.c_str(), 1);
    else
        ::unsetenv("TZ");
    ::tzset();
    REQUIRE_FALSE(a.empty());
    CHECK(a == b);
    CHECK(a.substr(0, 4) == std::string("PK\x03\x04", 4));
    CHECK(a.substr(30, 19) == "[Content_Types].xml");  // the first entry, as Word expects
}

TEST_CASE("document.xml escapes text and keeps line breaks", "[docx]") {
    view::pdf::Document doc;
    view::pdf::Section s;
    view::pdf::Paragraph p;
    p.text = "a < b & \"c\"\nd";
    s.blocks.push_back(p);
    doc.sections.push_back(s);
    const std::string xml = render::docx::document_xml(doc);
    CHECK(xml.find("a &lt; b &amp; &quot;c&quot;</w:t><w:br/><w:t xml:space=\"preserve\">d") !=
          std::string::npos);
}
