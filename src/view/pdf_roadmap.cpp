#include "view/pdf_roadmap.hpp"

#include "view/format.hpp"
#include "view/pdf_common.hpp"
#include "view/pdf_tables.hpp"

namespace shnor::view::pdf {
namespace {

int level_index(const std::optional<model::Level>& l) {
    if (!l) return -1;
    switch (*l) {
        case model::Level::High:
            return 3;
        case model::Level::Medium:
            return 2;
        case model::Level::Low:
            return 1;
        case model::Level::None:
            return 0;
    }
    return -1;
}

bool selected(const compute::SchoolYear& sy, const model::RiskFactor* f) {
    for (const auto& s : sy.selected)
        if (s.factor == f || (s.factor && f && s.factor->id == f->id)) return true;
    return false;
}

void add_profile(std::vector<Block>& blocks, const compute::SchoolYear& sy) {
    const auto& profile = sy.initial ? sy.initial : sy.final_;
    if (!profile || profile->factors.empty()) return;
    Chart chart;
    chart.caption = "Рисковый профиль школы (" + wave_ru(profile->wave) + ", " +
                    std::to_string(profile->year) + " год)";
    std::string names;
    for (const auto& fl : profile->factors) {
        if (!fl.factor) continue;
        ChartBar bar;
        bar.label = std::to_string(fl.factor->number);
        bar.level = level_index(fl.level);
        bar.caption = fl.level ? level_short_ru(fl.level) : "н/д";
        bar.selected = selected(sy, fl.factor);
        chart.bars.push_back(bar);
        names += (names.empty() ? "" : "; ") + bar.label + "\u00a0— " + fl.factor->title;
    }
    chart.legend =
        "Высота столбца и буква под номером — уровень риска: В — высокий, С — средний, "
        "Н — низкий, «—» — нет риска, н/д — нет данных. Рамкой и полужирным номером отмечены "
        "риски, выбранные "
        "школой. Факторы: " +
        names + ".";
    blocks.push_back(chart);
}

std::string doc_heading(const model::Project& project, const model::Document& d, std::size_t n) {
    std::string s = std::to_string(n) + ". " + (d.title.empty() ? doc_kind_ru(d.kind) : d.title);
    (void)project;
    return s;
}

std::string doc_about(const model::Project& project, const model::Document& d, int year,
                      const compute::DocumentProgress* dp) {
    std::string s = "Вид документа: " + doc_kind_ru(d.kind);
    if (!d.risk.empty()) {
        const auto* cat = project.catalogue(year);
        const auto* f = cat ? cat->factor(d.risk) : nullptr;
        s += f ? "; фактор риска №\u00a0" + std::to_string(f->number) + " «" + f->title + "»"
               : "; фактор " + d.risk;
    }
    if (dp) s += "; согласование: " + review_status_ru(dp->review);
    return s + ".";
}

const compute::DocumentProgress* progress_of(const compute::SchoolYear* sy,
                                             const model::Document& d) {
    if (!sy) return nullptr;
    for (const auto& dp : sy->documents)
        if (dp.document == &d || (dp.document && dp.document->id == d.id)) return &dp;
    return nullptr;
}

void add_document(std::vector<Block>& blocks, const model::Project& project,
                  const model::Document& d, int year, std::size_t n,
                  const compute::SchoolYear* sy) {
    const auto* dp = progress_of(sy, d);
    Paragraph h = title(doc_heading(project, d, n), 2);
    h.style.size = 13;
    h.space_before = 18;
    h.anchor = "doc-" + d.id;
    h.src = d.loc;
    blocks.push_back(h);
    // Regular, not italic: a third face would cost ~12 KB and ~10 ms per PDF.
    blocks.push_back(text(doc_about(project, d, year, dp), Face::Regular, Align::Center));
    if (!d.goal.empty()) {
        Paragraph goal = text("Цель: " + d.goal);
        goal.src = d.loc;
        goal.space_before = 6;
        blocks.push_back(goal);
    }
    if (!d.tasks.empty()) {
        blocks.push_back(text("Задачи:", Face::Regular, Align::Left));
        for (std::size_t i = 0; i < d.tasks.size(); ++i) {
            Paragraph t = text(std::to_string(i + 1) + ") " + d.tasks[i].title);
            t.indent_left = 18;
            t.src = d.tasks[i].loc;
            blocks.push_back(t);
        }
    }
    if (!d.measures.empty()) {
        Paragraph sub = text("Мероприятия", Face::Bold, Align::Left);
        sub.space_before = 8;
        sub.keep_with_next = true;
        blocks.push_back(sub);
        blocks.push_back(measures_table(d, dp));
    }
    if (!d.indicators.empty()) {
        Paragraph sub = text("Показатели", Face::Bold, Align::Left);
        sub.space_before = 8;
        sub.keep_with_next = true;
        blocks.push_back(sub);
        blocks.push_back(indicators_table(d, dp));
    }
}

std::vector<const model::Document*> year_documents(const model::School& school, int year) {
    std::vector<const model::Document*> out;
    for (const auto& d : school.documents)
        if (d.year == year) out.push_back(&d);
    return out;
}

}  // namespace

bool has_roadmap(const model::School& school, int year) {
    for (const auto& d : school.documents)
        if (d.year == year && !d.measures.empty()) return true;
    return false;
}

Document roadmap_document(const model::Project& project, const model::School& school, int year,
                          const compute::SchoolYear* sy, const model::Date& as_of) {
    Document doc;
    const std::string who = school.short_name.empty() ? school.name : school.short_name;
    doc.title = "Дорожная карта " + who + " на " + std::to_string(year) + " год";
    doc.author = project.region.operator_name.empty() ? project.region.ministry
                                                      : project.region.operator_name;
    doc.subject = "Проект «500+»: дорожная карта школы с низкими образовательными результатами";
    doc.keywords = "500+, ШНОР, дорожная карта, " + std::to_string(year);
    doc.date = as_of;

    Section front;
    if (const auto* py = programme_year(project, year)) {
        front.blocks.push_back(annex_mark(py->order));
        add_grif(front.blocks, py->order);
    }
    front.blocks.push_back(
        title("Дорожная карта\nреализации проекта «500+»\nна " + std::to_string(year) + " год", 1));
    Paragraph name = text(school.name, Face::Bold, Align::Center);
    name.src = school.loc;
    front.blocks.push_back(name);
    front.blocks.push_back(
        text(municipality_name(project, school.municipality), Face::Regular, Align::Center));
    for (const auto& p : school.participation)
        if (p.year == year && !p.curator.empty())
            front.blocks.push_back(
                text("Куратор: " + person_name(project, p.curator), Face::Regular, Align::Center));
    front.blocks.push_back(Spacer{12});
    if (sy) add_profile(front.blocks, *sy);

    const auto docs = year_documents(school, year);
    Paragraph contents = text("Содержание", Face::Bold, Align::Left);
    contents.keep_with_next = true;
    contents.space_before = 6;
    front.blocks.push_back(contents);
    for (std::size_t i = 0; i < docs.size(); ++i) {
        Paragraph item = text(doc_heading(project, *docs[i], i + 1), Face::Regular, Align::Left);
        item.link = "doc-" + docs[i]->id;
        item.link_page = true;
        item.indent_left = 12;
        front.blocks.push_back(item);
    }
    doc.sections.push_back(std::move(front));

    // All documents flow through one landscape section: a document without
    // measures (a concept) would otherwise waste most of a page.
    Section body;
    body.landscape = true;
    for (std::size_t i = 0; i < docs.size(); ++i)
        add_document(body.blocks, project, *docs[i], year, i + 1, sy);
    doc.sections.push_back(std::move(body));
    doc.sections.back().blocks.push_back(Signature{"Директор", initials_ru(school.director)});
    return doc;
}

}  // namespace shnor::view::pdf
