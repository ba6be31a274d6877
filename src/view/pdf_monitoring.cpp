#include "view/pdf_monitoring.hpp"

#include "view/format.hpp"
#include "view/pdf_common.hpp"

namespace shnor::view::pdf {
namespace {

Table table_of(const ReportTable& t) {
    Table out;
    out.size = kTableSize;
    out.weights = t.widths;
    std::vector<Cell> head;
    for (const auto& h : t.header) head.push_back(Cell{h, Face::Bold, Align::Center, {}});
    out.header.push_back(std::move(head));
    for (const auto& row : t.rows) {
        std::vector<Cell> cells;
        for (const auto& c : row)
            cells.push_back(Cell{
                c.text, Face::Regular, c.kind == CellKind::Text ? Align::Left : Align::Right, {}});
        out.rows.push_back(std::move(cells));
    }
    return out;
}

void add_table(Section& s, const ReportTable& t) {
    s.blocks.push_back(title(t.caption, 1));
    if (t.rows.empty())
        s.blocks.push_back(text("Нет данных.", Face::Regular, Align::Left));
    else
        s.blocks.push_back(table_of(t));
}

}  // namespace

Document monitoring_document(const MonitoringReport& r) {
    Document doc;
    doc.title = r.title;
    doc.author = r.author;
    doc.subject = "Мониторинг реализации региональной модели поддержки ШНОР, " + r.region;
    doc.keywords = "500+, ШНОР, мониторинг, " + std::to_string(r.year);
    doc.date = r.date;

    Section first;
    first.blocks.push_back(text(r.ministry, Face::Regular, Align::Center));
    first.blocks.push_back(title(r.title, 0));
    first.blocks.push_back(
        text(r.region + ", по состоянию на " + date_long_ru(r.date), Face::Regular, Align::Center));
    first.blocks.push_back(Spacer{6});
    Section wide;
    wide.landscape = true;
    for (const auto& t : r.tables) add_table(t.wide ? wide : first, t);
    doc.sections.push_back(std::move(first));
    if (!wide.blocks.empty()) doc.sections.push_back(std::move(wide));
    return doc;
}

}  // namespace shnor::view::pdf
