#include "view/pdf_tables.hpp"

#include "view/format.hpp"
#include "view/pdf_common.hpp"

namespace shnor::view::pdf {
namespace {

Cell cell(std::string text, const diag::SourceLoc& src = {}, Align align = Align::Left) {
    return Cell{std::move(text), Face::Regular, align, src};
}

std::vector<Cell> header_row(std::initializer_list<const char*> titles) {
    std::vector<Cell> row;
    for (const char* t : titles) row.push_back(Cell{t, Face::Bold, Align::Center, {}});
    return row;
}

std::string indicator_titles(const model::Document& d, const model::Measure& m) {
    std::string out;
    for (const auto& id : m.indicators) {
        std::string title = id;
        for (const auto& ind : d.indicators)
            if (ind.id == id) title = ind.title;
        out += (out.empty() ? "" : ";\n") + title;
    }
    return out;
}

std::string status_text(const model::Measure& m, const compute::MeasureState* st) {
    std::string s = measure_status_ru(m.status);
    if (m.status == model::MeasureStatus::Done && m.done_date) s += " " + date_ru(*m.done_date);
    if (st && st->overdue) s += ", просрочено";
    return s;
}

const compute::MeasureState* state_of(const compute::DocumentProgress* p, const model::Measure& m) {
    if (!p) return nullptr;
    for (const auto& s : p->measures)
        if (s.measure == &m || (s.measure && s.measure->id == m.id)) return &s;
    return nullptr;
}

const compute::IndicatorProgress* progress_of(const compute::DocumentProgress* p,
                                              const model::Indicator& ind) {
    if (!p) return nullptr;
    for (const auto& s : p->indicators)
        if (s.indicator == &ind || (s.indicator && s.indicator->id == ind.id)) return &s;
    return nullptr;
}

// "50 % к 31.05.2021" held together by no-break spaces: the column gets at
// least this width instead of breaking the phrase into three lines.
std::string point_text(const model::Point& pt, const std::string& unit, const char* joiner) {
    return value_unit_ru(pt.value, unit) + "\u00a0" + joiner + "\u00a0" + date_ru(pt.date);
}

}  // namespace

Table measures_table(const model::Document& d, const compute::DocumentProgress* progress,
                     const model::Date& as_of) {
    Table t;
    t.size = kTableSize;
    const std::string status = "Статус по состоянию на " + date_ru(as_of);
    t.header.push_back(header_row({"№", "Мероприятие", "Сроки", "Ответственные", "Участники",
                                   "Показатель", "Ожидаемый результат", status.c_str()}));
    for (std::size_t i = 0; i < d.measures.size(); ++i) {
        const model::Measure& m = d.measures[i];
        // Dates joined by an en dash with no-break spaces stay on one line each.
        const std::string when = date_ru(m.start) + "\u00a0–\n" + date_ru(m.due);
        t.rows.push_back({cell(std::to_string(i + 1), {}, Align::Right), cell(m.title, m.loc),
                          cell(when, {}, Align::Center), cell(m.responsible, m.loc),
                          cell(m.participants, m.loc), cell(indicator_titles(d, m), m.loc),
                          cell(m.result, m.loc), cell(status_text(m, state_of(progress, m)))});
    }
    return t;
}

Table indicators_table(const model::Document& d, const compute::DocumentProgress* progress,
                       const model::Date& as_of) {
    Table t;
    t.size = kTableSize;
    const std::string latest_head = "Последнее значение на " + date_ru(as_of);
    const std::string progress_head = "Прогресс по состоянию на " + date_ru(as_of);
    t.header.push_back(header_row({"Показатель", "Базовое значение", "Целевые значения",
                                   latest_head.c_str(), progress_head.c_str()}));
    for (const auto& ind : d.indicators) {
        std::string targets;
        for (const auto& pt : ind.targets)
            targets += (targets.empty() ? "" : ";\n") + point_text(pt, ind.unit, "к");
        const auto* p = progress_of(progress, ind);
        std::string latest = "нет данных", prog = "нет данных";
        if (p && p->latest) latest = point_text(*p->latest, ind.unit, "на");
        if (p && p->status != compute::IndicatorStatus::NoData)
            prog = percent_ru(p->progress) + ", " + indicator_status_ru(p->status);
        std::string title = ind.title;
        if (!ind.method.empty()) title += " (" + ind.method + ")";
        t.rows.push_back({cell(title, ind.loc),
                          cell(point_text(ind.baseline, ind.unit, "на"), ind.loc, Align::Center),
                          cell(targets, ind.loc, Align::Center), cell(latest, {}, Align::Center),
                          cell(prog, {}, Align::Center)});
    }
    return t;
}

}  // namespace shnor::view::pdf
