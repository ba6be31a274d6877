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

// The person behind a review, as printed: «куратор А. Н. Грачёв».
std::string reviewer(const model::Project& project, const std::string& id) {
    const model::Person* p = project.person(id);
    return p ? role_ru(p->role) + " " + initials_ru(p->name) : id;
}

// What the review history says, in the document's own words: no «согласование:
// согласовано», and always the date the status was reached.
std::string review_text(const model::Project& project, const model::Document& d) {
    if (d.reviews.empty()) return "Документ не подавался на согласование.";
    const model::Review& r = d.reviews.back();
    const std::string date = date_ru(r.date);
    switch (r.status) {
        case model::ReviewStatus::Accepted:
            return "Документ согласован " + date + " (" + reviewer(project, r.by) + ").";
        case model::ReviewStatus::Returned:
            return "Документ возвращён на доработку " + date + " (" + reviewer(project, r.by) +
                   ").";
        case model::ReviewStatus::Submitted:
        case model::ReviewStatus::Draft:
            break;
    }
    return "Документ подан на согласование " + date + ", решение куратора ещё не принято.";
}

std::string doc_about(const model::Project& project, const model::Document& d, int year) {
    std::string s = capitalized_ru(doc_kind_ru(d.kind));
    if (!d.risk.empty()) {
        const auto* cat = project.catalogue(year);
        const auto* f = cat ? cat->factor(d.risk) : nullptr;
        s += f ? " по фактору риска №\u00a0" + std::to_string(f->number) + " «" + f->title + "»"
               : " по фактору риска «" + d.risk + "»";
    }
    return s + ". " + review_text(project, d);
}

const compute::DocumentProgress* progress_of(const compute::SchoolYear* sy,
                                             const model::Document& d) {
    if (!sy) return nullptr;
    for (const auto& dp : sy->documents)
        if (dp.document == &d || (dp.document && dp.document->id == d.id)) return &dp;
    return nullptr;
}

void add_document(std::vector<Block>& blocks, const model::Project& project,
                  const model::Document& d, int year, std::size_t n, const compute::SchoolYear* sy,
                  const model::Date& as_of) {
    const auto* dp = progress_of(sy, d);
    Paragraph h = title(doc_heading(project, d, n), 2);
    h.style.size = 13;
    h.space_before = 18;
    h.anchor = "doc-" + d.id;
    h.src = d.loc;
    blocks.push_back(h);
    // Regular, not italic: a third face would cost ~12 KB and ~10 ms per PDF.
    blocks.push_back(text(doc_about(project, d, year), Face::Regular, Align::Center));
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
        blocks.push_back(measures_table(d, dp, as_of));
    }
    if (!d.indicators.empty()) {
        Paragraph sub = text("Показатели", Face::Bold, Align::Left);
        sub.space_before = 8;
        sub.keep_with_next = true;
        blocks.push_back(sub);
        blocks.push_back(indicators_table(d, dp, as_of));
    }
}

std::vector<const model::Document*> year_documents(const model::School& school, int year) {
    std::vector<const model::Document*> out;
    for (const auto& d : school.documents)
        if (d.year == year) out.push_back(&d);
    return out;
}

// The agreement counts when every document of the year is accepted: its date
// is the last acceptance. The roadmap itself is approved by the director.
const model::Review* agreement(const std::vector<const model::Document*>& docs) {
    const model::Review* last = nullptr;
    for (const auto* d : docs) {
        if (d->reviews.empty() || d->reviews.back().status != model::ReviewStatus::Accepted)
            return nullptr;
        if (!last || last->date < d->reviews.back().date) last = &d->reviews.back();
    }
    return last;
}

void add_approval(std::vector<Block>& blocks, const model::Project& project,
                  const model::School& school, int year,
                  const std::vector<const model::Document*>& docs, const model::Date& as_of) {
    const model::Participation* part = school.in_year(year);
    const std::string approved =
        part && part->roadmap_approved ? date_ru(*part->roadmap_approved) : "";
    const std::string who = school.short_name.empty() ? school.name : school.short_name;
    add_grif(blocks, "УТВЕРЖДАЮ", "Директор " + who, initials_ru(school.director), approved, true);
    if (const model::Review* r = agreement(docs)) {
        const model::Person* p = project.person(r->by);
        add_grif(blocks, "СОГЛАСОВАНО", p ? capitalized_ru(role_ru(p->role)) : "Куратор",
                 p ? initials_ru(p->name) : r->by, date_ru(r->date), false);
    } else {
        Paragraph note =
            text("Согласование с куратором не завершено (по состоянию на " + date_ru(as_of) + ").",
                 Face::Regular, Align::Left);
        note.space_after = 12;
        blocks.push_back(note);
    }
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
    const auto docs = year_documents(school, year);
    add_approval(front.blocks, project, school, year, docs, as_of);
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
    if (const auto* py = programme_year(project, year))
        front.blocks.push_back(text("Школа включена в перечень участников проекта на " +
                                        std::to_string(year) + " год " + order_ref(py->order) + ".",
                                    Face::Regular, Align::Center));
    front.blocks.push_back(Spacer{12});
    if (sy) add_profile(front.blocks, *sy);

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
        add_document(body.blocks, project, *docs[i], year, i + 1, sy, as_of);
    doc.sections.push_back(std::move(body));
    doc.sections.back().blocks.push_back(Signature{"Директор", initials_ru(school.director)});
    return doc;
}

}  // namespace shnor::view::pdf
