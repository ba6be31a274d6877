#include "scaffold/new_document.hpp"

#include <algorithm>

#include "diag/suggest.hpp"
#include "model/labels.hpp"
#include "scaffold/text.hpp"
#include "scaffold/yaml_out.hpp"

namespace shnor::scaffold {

namespace {

struct Args {
    const model::School* school = nullptr;
    int year = 0;
    std::string kind;
    const model::RiskFactor* factor = nullptr;  // antirisk only
};

}  // namespace

std::string document_skeleton(const std::string& school, int year, const std::string& kind,
                              const model::RiskFactor* factor) {
    const std::string doc_id = factor ? "antirisk-" + factor->id : kind;
    FieldDocs docs("document.schema.yaml");
    YamlOut y(docs);
    const std::string yr = std::to_string(year), kind_ru = model::enum_label("doc_kind", kind);
    y.comment(0, "Документ школы " + school + " на " + yr + " год (" + kind_ru +
                     "), созданный командой shnor new document.");
    y.comment(0,
              "Заполните строки с отметкой TODO (shnor check показывает каждую) и удалите "
              "отметки; задачи, показатели и мероприятия добавляйте по образцу первых.");
    y.field(0, {"kind"}, kind);
    if (factor) {
        y.comment(0, "№ " + std::to_string(factor->number) + " " + factor->title);
        y.field(0, {"risk"}, factor->id);
    }
    std::string title = factor ? "Антирисковая программа «" + factor->title + "»"
                               : std::string("Название документа");
    y.field(0, {"title"}, yaml_string(title), "название документа");
    y.field(0, {"goal"}, yaml_string("Цель"), "цель на " + yr + " год");
    y.open(0, {"tasks"});
    y.field(4, {"tasks", "id"}, "t1", {}, true);
    y.field(4, {"tasks", "title"}, yaml_string("Задача"), "формулировка задачи");
    const std::string ind = doc_id + "-1";
    y.open(0, {"indicators"});
    y.field(4, {"indicators", "id"}, ind, {}, true);
    y.field(4, {"indicators", "title"}, yaml_string("Показатель"), "название показателя");
    y.field(4, {"indicators", "unit"}, "\"%\"");
    y.field(4, {"indicators", "trend"}, "decrease", "increase или decrease");
    y.field(4, {"indicators", "baseline"}, "{ value: 0, date: " + yr + "-01-15 }",
            "базовое значение и его дата");
    y.open(4, {"indicators", "targets"});
    y.raw("      - { value: 0, date: " + yr + "-12-15 }" + todo_comment("целевое значение и срок") +
          "\n");
    y.field(4, {"indicators", "method"}, yaml_string("Способ сбора данных"), "способ сбора данных");
    y.open(0, {"measures"});
    y.field(4, {"measures", "id"}, "m1", {}, true);
    y.field(4, {"measures", "task"}, "t1");
    y.field(4, {"measures", "title"}, yaml_string("Мероприятие"), "название мероприятия");
    y.field(4, {"measures", "start"}, yr + "-02-01", "дата начала");
    y.field(4, {"measures", "due"}, yr + "-05-31", "срок исполнения");
    y.field(4, {"measures", "responsible"}, yaml_string("Ответственный"), "ответственный");
    y.field(4, {"measures", "result"}, yaml_string("Ожидаемый результат"), "ожидаемый результат");
    y.field(4, {"measures", "indicators"}, "[" + ind + "]");
    y.field(4, {"measures", "status"}, "planned");
    return y.str();
}

namespace {

// Checks the arguments; an empty string when they are fine.
std::string check_args(const model::Project& p, const std::string& school, int year,
                       const std::string& kind, const std::string& risk, Args& a) {
    std::vector<std::string> ids;
    for (const auto& s : p.schools) ids.push_back(s.id);
    a.school = p.school(school);
    if (!a.school)
        return "неизвестная школа \"" + school + "\"" + diag::did_you_mean(school, ids, 10);
    a.year = year;
    if (!a.school->in_year(year))
        return "школа " + school + " не участвует в программе в " + std::to_string(year) +
               " году (см. participation в schools/" + school + "/school.yaml)";
    std::vector<std::string> kinds;
    for (const auto& c : model::enum_table("doc_kind").choices) kinds.emplace_back(c.key);
    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
        return "неизвестный вид документа \"" + kind + "\"" + diag::did_you_mean(kind, kinds) +
               ": допустимо " + allowed_words_of("doc_kind");
    a.kind = kind;
    if (kind != "antirisk")
        return risk.empty() ? "" : "--risk указывают только для антирисковой программы (antirisk)";
    if (risk.empty()) return "для антирисковой программы укажите фактор риска: --risk rf01";
    const model::Catalogue* cat = p.catalogue(year);
    a.factor = cat ? cat->factor(risk) : nullptr;
    if (a.factor) return "";
    std::vector<std::string> factors;
    if (cat)
        for (const auto& f : cat->factors) factors.push_back(f.id);
    return "фактора \"" + risk + "\" нет в каталоге " + std::to_string(year) + " года" +
           diag::did_you_mean(risk, factors, 20);
}

}  // namespace

Plan new_document(const Input& in, const std::string& school, int year, const std::string& kind,
                  const std::string& risk) {
    Plan plan;
    Args a;
    plan.refusal = check_args(in.project, school, year, kind, risk, a);
    if (!plan.refusal.empty()) return plan;
    std::string doc_id = a.factor ? "antirisk-" + a.factor->id : kind;
    std::string rel = "schools/" + school + "/" + std::to_string(year) + "/" + doc_id + ".yaml";
    plan.created[rel] = document_skeleton(school, year, kind, a.factor);
    plan.report.push_back(rel + ": " + model::enum_label("doc_kind", kind) + " (шаблон)");
    return plan;
}

}  // namespace shnor::scaffold
