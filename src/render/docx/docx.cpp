#include "render/docx/docx.hpp"

#include <algorithm>
#include <cmath>
#include <utility>

#include "render/docx/parts.hpp"
#include "render/docx/zip.hpp"

namespace shnor::render::docx {
namespace {

using namespace view::pdf;

// A4 in twips (1/20 pt); margins as ГОСТ Р 7.0.97 asks: 20 mm left, top and
// bottom, 10 mm right.
constexpr int kPageShort = 11906, kPageLong = 16838;
constexpr int kMarginLeft = 1134, kMarginRight = 567, kMarginTopBottom = 1134;

int twips(double points) { return static_cast<int>(std::lround(points * 20)); }
std::string half_points(double points) { return std::to_string(std::lround(points * 2)); }

const char* justification(Align a) {
    switch (a) {
        case Align::Center:
            return "center";
        case Align::Right:
            return "right";
        case Align::Justify:
            return "both";
        case Align::Left:
            break;
    }
    return "left";
}

// One run per paragraph; '\n' becomes a line break, as in the PDF.
std::string run(const std::string& text, Face face, double size) {
    std::string r = "<w:r><w:rPr>";
    if (face == Face::Bold) r += "<w:b/><w:bCs/>";
    if (face == Face::Italic) r += "<w:i/><w:iCs/>";
    r += "<w:sz w:val=\"" + half_points(size) + "\"/><w:szCs w:val=\"" + half_points(size) +
         "\"/></w:rPr>";
    std::size_t from = 0;
    while (true) {
        const auto nl = text.find('\n', from);
        r += "<w:t xml:space=\"preserve\">" + xml_escape(text.substr(from, nl - from)) + "</w:t>";
        if (nl == std::string::npos) break;
        r += "<w:br/>";
        from = nl + 1;
    }
    return r + "</w:r>";
}

std::string paragraph(const Paragraph& p) {
    std::string s = "<w:p><w:pPr>";
    if (p.keep_with_next) s += "<w:keepNext/>";
    s += "<w:spacing w:before=\"" + std::to_string(twips(p.space_before)) + "\" w:after=\"" +
         std::to_string(twips(p.space_after)) + "\"/>";
    if (p.indent_left > 0 || p.first_line > 0)
        s += "<w:ind w:left=\"" + std::to_string(twips(p.indent_left)) + "\" w:firstLine=\"" +
             std::to_string(twips(p.first_line)) + "\"/>";
    s += "<w:jc w:val=\"" + std::string(justification(p.style.align)) + "\"/></w:pPr>";
    if (!p.text.empty()) s += run(p.text, p.style.face, p.style.size);
    return s + "</w:p>";
}

std::string empty_paragraph(double height) {
    return "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"" + std::to_string(twips(height)) +
           "\"/></w:pPr></w:p>";
}

// Characters (UTF-8 code points) of the text and of its longest word.
std::pair<double, double> text_extent(const std::string& s) {
    double all = 0, word = 0, longest = 0;
    for (unsigned char c : s) {
        if ((c & 0xC0) == 0x80) continue;  // continuation byte
        ++all;
        word = (c == ' ' || c == '\n') ? 0 : word + 1;
        longest = std::max(longest, word);
    }
    return {all, longest};
}

// Column widths: the view's weights, else half the longest cell text, at
// least its longest word (so «п/п» never breaks), capped so one long name
// does not starve the others.
std::vector<int> column_widths(const Table& t, int body_width) {
    std::size_t n = 0;
    for (const auto& r : t.header) n = std::max(n, r.size());
    for (const auto& r : t.rows) n = std::max(n, r.size());
    std::vector<double> w(n, 0);
    for (std::size_t c = 0; c < n; ++c) {
        if (c < t.weights.size() && t.weights[c] > 0) {
            w[c] = t.weights[c];
            continue;
        }
        double longest = 3;
        for (const auto* rows : {&t.header, &t.rows})
            for (const auto& r : *rows) {
                if (c >= r.size()) continue;
                const auto [all, word] = text_extent(r[c].text);
                longest = std::max({longest, std::min(40.0, all / 2.0), word + 2});
            }
        w[c] = longest;
    }
    double sum = 0;
    for (double x : w) sum += x;
    std::vector<int> out;
    for (double x : w) out.push_back(static_cast<int>(body_width * x / sum));
    return out;
}

std::string cell(const Cell& c, int width, double size) {
    Paragraph p;
    p.text = c.text;
    p.style = {c.face, size, c.align};
    return "<w:tc><w:tcPr><w:tcW w:w=\"" + std::to_string(width) + "\" w:type=\"dxa\"/></w:tcPr>" +
           paragraph(p) + "</w:tc>";
}

std::string table(const Table& t, int body_width) {
    const auto widths = column_widths(t, body_width);
    std::string s = "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"" +
                    std::to_string(body_width) +
                    "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>";
    for (int w : widths) s += "<w:gridCol w:w=\"" + std::to_string(w) + "\"/>";
    s += "</w:tblGrid>";
    auto rows = [&](const std::vector<std::vector<Cell>>& list, bool header) {
        for (const auto& r : list) {
            s += header ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>"
                        : "<w:tr><w:trPr><w:cantSplit/></w:trPr>";
            for (std::size_t c = 0; c < widths.size(); ++c)
                s += cell(c < r.size() ? r[c] : Cell{}, widths[c], t.size);
            s += "</w:tr>";
        }
    };
    rows(t.header, true);
    rows(t.rows, false);
    return s + "</w:tbl>" + empty_paragraph(t.space_after);
}

std::string section_properties(bool landscape) {
    const int w = landscape ? kPageLong : kPageShort, h = landscape ? kPageShort : kPageLong;
    return "<w:sectPr><w:pgSz w:w=\"" + std::to_string(w) + "\" w:h=\"" + std::to_string(h) + "\"" +
           (landscape ? " w:orient=\"landscape\"" : "") + "/><w:pgMar w:top=\"" +
           std::to_string(kMarginTopBottom) + "\" w:right=\"" + std::to_string(kMarginRight) +
           "\" w:bottom=\"" + std::to_string(kMarginTopBottom) + "\" w:left=\"" +
           std::to_string(kMarginLeft) +
           "\" w:header=\"567\" w:footer=\"567\" w:gutter=\"0\"/></w:sectPr>";
}

std::string block(const Block& b, int body_width) {
    if (const auto* p = std::get_if<Paragraph>(&b)) return paragraph(*p);
    if (const auto* t = std::get_if<Table>(&b)) return table(*t, body_width);
    if (const auto* s = std::get_if<Spacer>(&b)) return empty_paragraph(s->height);
    if (const auto* g = std::get_if<Signature>(&b)) {
        Paragraph p;
        p.text = g->position + "    ________________ " + g->name;
        p.space_before = 24;
        return paragraph(p);
    }
    return {};  // charts are not part of an editable annex
}

}  // namespace

std::string document_xml(const Document& doc) {
    std::string s =
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        "<w:body>";
    for (std::size_t i = 0; i < doc.sections.size(); ++i) {
        const Section& sec = doc.sections[i];
        const int width = (sec.landscape ? kPageLong : kPageShort) - kMarginLeft - kMarginRight;
        for (const auto& b : sec.blocks) s += block(b, width);
        // Each section but the last ends with a paragraph carrying its page setup.
        if (i + 1 < doc.sections.size())
            s += "<w:p><w:pPr>" + section_properties(sec.landscape) + "</w:pPr></w:p>";
    }
    s += section_properties(!doc.sections.empty() && doc.sections.back().landscape);
    return s + "</w:body></w:document>\n";
}

std::string docx_document(const Document& doc, std::string* why) {
    return zip_archive({{"[Content_Types].xml", kContentTypes},
                        {"_rels/.rels", kRootRels},
                        {"word/_rels/document.xml.rels", kDocumentRels},
                        {"word/document.xml", document_xml(doc)},
                        {"word/styles.xml", kStyles},
                        {"word/settings.xml", kSettings},
                        {"docProps/core.xml", core_xml(doc)}},
                       why);
}

}  // namespace shnor::render::docx
