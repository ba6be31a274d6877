#include "scaffold/new_school.hpp"

#include <algorithm>

#include "diag/suggest.hpp"
#include "model/labels.hpp"
#include "scaffold/new_document.hpp"
#include "scaffold/text.hpp"
#include "scaffold/yaml_out.hpp"
#include "validate/references.hpp"

namespace shnor::scaffold {

namespace {

std::string join(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

std::string passport(const std::string& id, const model::Municipality& m, int year,
                     const std::vector<std::string>& curators) {
    FieldDocs docs("school.schema.yaml");
    YamlOut y(docs);
    y.comment(0, "Паспорт школы, созданный командой shnor new school. Заполните строки с");
    y.comment(0, "отметкой TODO (shnor check показывает каждую) и удалите отметки.");
    y.blank();
    y.field(0, {"id"}, id);
    y.field(0, {"name"}, yaml_string("Полное наименование по уставу"),
            "полное наименование школы по уставу");
    y.field(0, {"short_name"}, yaml_string("Краткое наименование"),
            "краткое наименование, например МБОУ «СОШ № 5»");
    y.field(0, {"municipality"}, m.id + "  # " + m.name);
    y.field(0, {"address"}, yaml_string("Почтовый адрес"), "почтовый адрес школы");
    y.field(0, {"settlement"}, "town", "тип населённого пункта");
    y.field(0, {"small"}, "false", "true, если школа малокомплектная");
    y.field(0, {"levels"}, "[НОО, ООО, СОО]", "оставьте уровни, которые есть в школе");
    y.open(0, {"contingent"});
    y.field(2, {"contingent", "students"}, "0", "число обучающихся");
    y.field(2, {"contingent", "students_ovz"}, "0", "число обучающихся с ОВЗ");
    y.field(2, {"contingent", "teachers"}, "0", "число педагогических работников");
    y.field(0, {"director"}, yaml_string("Фамилия Имя Отчество"), "директор школы");
    y.optional(0, {"website"}, "https://…");
    y.open(0, {"participation"});
    y.field(4, {"participation", "year"}, std::to_string(year), {}, true);
    y.field(4, {"participation", "curator"}, curators.front(),
            "куратор на " + std::to_string(year) + " год, один из: " + join(curators));
    y.field(4, {"participation", "basis"}, yaml_string("Основание для включения в перечень"),
            "основание для включения в перечень");
    y.field(4, {"participation", "outcome"}, "continues");
    y.optional(4, {"participation", "roadmap_approved"}, "ГГГГ-ММ-ДД");
    return y.str();
}

std::string diagnostics(int year) {
    FieldDocs docs("diagnostics.schema.yaml");
    YamlOut y(docs);
    y.comment(0, "Результаты диагностик школы, созданные командой shnor new school.");
    y.comment(0, "Запись диагностики выглядит так (уберите # в начале строк и [] после");
    y.comment(0, "diagnostics:, ключи и допустимые значения описаны в схеме):");
    y.comment(0, "  - year: " + std::to_string(year));
    for (const auto& line : docs.lines({"diagnostics", "wave"})) y.comment(0, "    " + line);
    y.comment(0, "    wave: initial");
    y.comment(0, "    date: " + std::to_string(year) + "-02-20");
    y.comment(0, "    respondents: { director: 1, teachers: 10, students: 50, parents: 30 }");
    y.comment(0, "    indicators: { rf01-equipment: 40 }   # показатели каталога");
    y.comment(0, "    selected_risks: [rf01]               # риски, выбранные школой");
    y.field(0, {"diagnostics"}, "[]",
            "внесите результаты входной диагностики " + std::to_string(year) + " года");
    return y.str();
}

}  // namespace

std::vector<std::string> curators_of(const model::Project& p, int year) {
    std::vector<std::string> of_year, all;
    for (const auto& person : p.people) {
        if (person.role != model::Role::Curator) continue;
        all.push_back(person.id);
        if (std::count(person.years.begin(), person.years.end(), year))
            of_year.push_back(person.id);
    }
    return of_year.empty() ? all : of_year;
}

Plan new_school(const Input& in, const std::string& id, const std::string& municipality) {
    Plan plan;
    const model::Project& p = in.project;
    if (!validate::is_safe_id(id)) {
        plan.refusal = "недопустимый идентификатор школы \"" + id +
                       "\": только строчные латинские буквы, цифры и дефис, например sosh-5-ensk";
        return plan;
    }
    const model::Municipality* m = p.municipality(municipality);
    if (!m) {
        std::vector<std::string> ids;
        for (const auto& x : p.municipalities) ids.push_back(x.id);
        plan.refusal = "неизвестный муниципалитет \"" + municipality + "\"" +
                       diag::did_you_mean(municipality, ids, 12) + " (см. municipalities.yaml)";
        return plan;
    }
    if (p.region.years.empty()) {
        plan.refusal = "в region.yaml нет ни одного года программы";
        return plan;
    }
    int year = p.region.years.back().year;
    auto curators = curators_of(p, year);
    if (curators.empty()) {
        plan.refusal = "в people.yaml нет ни одного куратора (role: curator)";
        return plan;
    }
    std::string dir = "schools/" + id + "/";
    plan.created[dir + "school.yaml"] = passport(id, *m, year, curators);
    plan.created[dir + "diagnostics.yaml"] = diagnostics(year);
    // A school in the programme has a roadmap for the year: its programme.
    std::string programme = dir + std::to_string(year) + "/programme.yaml";
    plan.created[programme] = document_skeleton(id, year, "programme", nullptr);
    plan.report.push_back(dir + "school.yaml: паспорт школы, участие в " + std::to_string(year) +
                          " году");
    plan.report.push_back(dir + "diagnostics.yaml: диагностики (пока пусто)");
    plan.report.push_back(programme + ": " + model::enum_label("doc_kind", "programme") +
                          " (шаблон)");
    return plan;
}

}  // namespace shnor::scaffold
