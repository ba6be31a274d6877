// Unfinished measures move into the new year's roadmap with their history.
#include <set>

#include "model/labels.hpp"
#include "scaffold/new_year.hpp"
#include "scaffold/text.hpp"
#include "scaffold/yaml_out.hpp"

namespace shnor::scaffold {

namespace {

bool unfinished(const model::Measure& m) {
    return m.status == model::MeasureStatus::Planned ||
           m.status == model::MeasureStatus::InProgress;
}

void text_field(std::string& out, const char* key, const std::string& value) {
    if (!value.empty()) out += "    " + std::string(key) + ": " + yaml_string(value) + "\n";
}

std::string measure_text(const model::Measure& m, const model::Document& from, int year) {
    int shift = year - from.year;
    std::string out = "  - id: " + m.id + "\n";
    if (!m.task.empty()) out += "    task: " + m.task + "\n";
    out += "    title: " + yaml_string(m.title) + "\n";
    out += "    start: " + shift_years(m.start, shift).iso() + "\n";
    out += "    due: " + shift_years(m.due, shift).iso() + "\n";
    text_field(out, "responsible", m.responsible);
    text_field(out, "participants", m.participants);
    text_field(out, "result", m.result);
    out += "    status: " + std::string(model::key(m.status)) + "\n";
    out += "    carried_from: { year: " + std::to_string(from.year) + ", document: " + from.id +
           ", measure: " + m.id + ", start: " + m.start.iso() + ", due: " + m.due.iso() +
           ", status: " + std::string(model::key(m.status)) + " }\n";
    return out;
}

std::string ids_of(const std::vector<const model::Measure*>& measures) {
    std::string out;
    for (const auto* m : measures) out += (out.empty() ? "" : ", ") + m->id;
    return out;
}

std::string document_text(const model::Document& d, const std::vector<const model::Measure*>& todo,
                          int year) {
    const std::string y = std::to_string(year), ly = std::to_string(d.year);
    std::string out = "# Перенесено командой shnor new year из " + ly + "/" + d.id +
                      ".yaml: мероприятия, не выполненные\n# в " + ly +
                      " году. Сроки сдвинуты на год; прежние сроки и статус — в carried_from.\n";
    out += "kind: " + std::string(model::key(d.kind)) + "\n";
    if (!d.risk.empty()) out += "risk: " + d.risk + "\n";
    out += "title: " + yaml_string(d.title) + "\n";
    out += "goal: " + yaml_string(d.goal) + todo_comment("цель на " + y + " год") + "\n";
    std::set<std::string> tasks;
    for (const auto* m : todo) tasks.insert(m->task);
    bool any_task = false;
    for (const auto& t : d.tasks)
        if (tasks.count(t.id)) {
            if (!any_task) out += "tasks:\n";
            any_task = true;
            out += "  - id: " + t.id + "\n    title: " + yaml_string(t.title) + "\n";
        }
    std::string old_indicators;
    for (const auto& ind : d.indicators)
        old_indicators += (old_indicators.empty() ? "" : ", ") + ind.id;
    out += "# TODO: показатели на " + y + " год: базовые и целевые значения" +
           (old_indicators.empty() ? "" : " (в " + ly + " году: " + old_indicators + ")") + "\n";
    out += "measures:" + todo_comment("проверьте сроки перенесённых мероприятий") + "\n";
    for (const auto* m : todo) out += measure_text(*m, d, year);
    return out;
}

}  // namespace

void carry_measures(const model::School& school, int year, Plan& plan) {
    for (const auto& d : school.documents) {
        if (d.year != year - 1) continue;
        std::vector<const model::Measure*> todo;
        for (const auto& m : d.measures)
            if (unfinished(m)) todo.push_back(&m);
        if (todo.empty()) continue;
        std::string rel =
            "schools/" + school.id + "/" + std::to_string(year) + "/" + d.id + ".yaml";
        plan.created[rel] = document_text(d, todo, year);
        plan.report.push_back(rel + ": перенесено мероприятий: " + std::to_string(todo.size()) +
                              " (" + ids_of(todo) + ") из " + std::to_string(d.year) + "/" + d.id +
                              ".yaml");
    }
}

}  // namespace shnor::scaffold
