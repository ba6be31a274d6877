// The schemas of schemas/: they compile, document every property, accept
// the examples of docs/content-format.md and reject typical mistakes.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "schema_test_util.hpp"

using shnor::diag::Sink;

namespace {

const std::string kSchemaDir = SHNOR_SOURCE_DIR "/schemas/";

shnor::load::NodePtr load_schema_file(const std::string& name) {
    std::ifstream in(kSchemaDir + name, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream bytes;
    bytes << in.rdbuf();
    Sink sink;
    auto root = shnor::load::parse_yaml(bytes.str(), "schemas/" + name, sink);
    INFO(shnor::test::dump(sink));
    REQUIRE(root);
    return root;
}

shnor::validate::Schema compile_file(const std::string& name) {
    Sink sink;
    auto s = shnor::validate::compile_schema(load_schema_file(name), sink);
    INFO(shnor::test::dump(sink));
    REQUIRE(s);
    REQUIRE(sink.all().empty());
    return *s;
}

// Every entry of every `properties` map carries a Russian description.
void require_descriptions(const shnor::load::Node& schema, const std::string& path) {
    if (!schema.is_map()) return;
    for (const auto& [key, value] : schema.map) {
        if (key == "if") continue;  // a condition, not a definition
        if (key == "properties")
            for (const auto& [name, sub] : value->map) {
                INFO(path + "/properties/" + name);
                if (sub->kind == shnor::load::Kind::Bool) continue;  // `name: false` forbids it
                const auto* d = sub->get("description");
                CHECK((d && d->is_string() && !d->s.empty()));
            }
        if (value->is_map()) require_descriptions(*value, path + "/" + key);
        if (value->is_seq())
            for (const auto& item : value->seq)
                require_descriptions(*item, path + "/" + key + "/*");
        if (key == "properties" || key == "$defs")
            for (const auto& [name, sub] : value->map)
                require_descriptions(*sub, path + "/" + key + "/" + name);
    }
}

// Returns the messages (sorted) of validating a YAML snippet.
std::string check(const shnor::validate::Schema& s, const std::string& text) {
    auto doc = shnor::test::yaml(text);
    REQUIRE(doc);
    Sink sink;
    shnor::validate::validate(s, *doc, sink);
    std::string out;
    for (const auto& d : sink.sorted())
        out += std::to_string(d.loc.line) + ":" + std::to_string(d.loc.column) + ": " + d.message +
               "\n";
    return out;
}

const char* const kNames[] = {
    "region.schema.yaml",    "municipalities.schema.yaml", "people.schema.yaml",
    "catalogue.schema.yaml", "school.schema.yaml",         "diagnostics.schema.yaml",
    "document.schema.yaml",  "measurements.schema.yaml",   "visits.schema.yaml",
    "results.schema.yaml",   "leaders.schema.yaml",        "partnerships.schema.yaml",
    "practice.schema.yaml",
};

}  // namespace

TEST_CASE("schema files: all compile and describe every property", "[schema]") {
    std::size_t count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(kSchemaDir))
        if (entry.path().extension() == ".yaml") ++count;
    CHECK(count == std::size(kNames));
    for (const char* name : kNames) {
        DYNAMIC_SECTION(name) {
            compile_file(name);
            auto root = load_schema_file(name);
            CHECK(root->get("$schema")->s == "https://json-schema.org/draft/2020-12/schema");
            CHECK(root->get("$id")->s == std::string("https://shnor.example/schemas/") + name);
            CHECK(root->get("title")->is_string());
            CHECK(root->get("description")->is_string());
            require_descriptions(*root, name);
            auto json = nlohmann::json::parse(shnor::validate::schema_to_json(*root));
            CHECK(json.at("$id") == root->get("$id")->s);
        }
    }
}

TEST_CASE("schema files: region", "[schema]") {
    auto s = compile_file("region.schema.yaml");
    const std::string ok = R"(name: Энская область
ministry: Министерство образования Энской области
operator: ГАУ ДПО «Энский институт развития образования»
base_url: https://500plus.example.ru/
report_date: 2022-12-20
years:
  - year: 2021
    order:
      issuer: Министерство образования Энской области
      issuer_genitive: министерства образования Энской области
      number: "1852"
      date: 2020-12-29
      title: Об участии общеобразовательных организаций в проекте «500+»
      annex: 1
)";
    CHECK(check(s, ok) == "");
    CHECK(check(s, "name: a\nministry: b\noperator: c\nyears: []\nreport_date: 2022-13-01\n") ==
          "4:8: в списке 0 элементов, а нужно не меньше 1\n"
          "5:14: \"2022-13-01\" не является датой в формате ГГГГ-ММ-ДД\n");
    CHECK(
        check(s,
              "name: a\nministry: b\noperator: c\nbase_url: javascript:x\nyears:\n  - year: 2021\n"
              "    order: {issuer: a, issuer_genitive: a, number: 1852, date: 2020-12-29, "
              "title: t}\n") ==
        "4:11: недопустимая схема адреса \"javascript\" в \"javascript:x\": разрешены http, https\n"
        "7:52: ожидалась строка, а найдено число 1852\n");
}

TEST_CASE("schema files: municipalities and people", "[schema]") {
    auto m = compile_file("municipalities.schema.yaml");
    CHECK(check(m,
                "municipalities:\n  - id: ensk\n    name: городской округ Энск\n    kind: "
                "городской округ\n") == "");
    CHECK(check(m, "municipalities:\n  - id: Ensk\n    name: x\n    kind: город\n") ==
          "2:9: \"Ensk\" не подходит. Идентификатор — строчные латинские буквы, цифры и дефис "
          "(sosh-ozerki)\n"
          "4:11: \"город\" не входит в список допустимых значений: городской округ, муниципальный "
          "район, "
          "муниципальный округ\n");
    auto p = compile_file("people.schema.yaml");
    CHECK(check(p, R"(people:
  - id: sokolova-ev
    name: Соколова Елена Викторовна
    role: curator
    position: методист
    organization: ГАУ ДПО «Энский ИРО»
    years: [2021, 2022]
  - id: ivanov-ii
    name: Иванов Иван Иванович
    role: municipal-coordinator
    municipality: ensk
    years: [2021]
)") == "");
    CHECK(check(p,
                "people:\n  - id: a\n    name: b\n    role: municipal-coordinator\n    years: "
                "[2021]\n") == "2:5: нет обязательного поля \"municipality\"\n");
    CHECK(check(p,
                "people:\n  - id: a\n    name: b\n    role: curator\n    municipality: ensk\n"
                "    years: [2021]\n    phone: 123\n") ==
          "5:5: поле \"municipality\" здесь не допускается\n"
          "7:5: неизвестное поле \"phone\"\n");
}

TEST_CASE("schema files: catalogue and school", "[schema]") {
    auto c = compile_file("catalogue.schema.yaml");
    CHECK(check(c, R"(year: 2021
groups:
  - id: resources
    title: Ресурсы и кадры
factors:
  - id: rf01
    number: 1
    title: Низкий уровень оснащения школы
    group: resources
    replaces: rf01
    indicators:
      - id: rf01-equipment
        title: Доля учителей, отмечающих нехватку оборудования
        source: teachers
        unit: "%"
        direction: higher-is-worse
        thresholds: { medium: 30, high: 50 }
)") == "");
    auto s = compile_file("school.schema.yaml");
    const std::string school = R"(id: sosh-ozerki
name: Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа с. Озёрки»
short_name: МБОУ «СОШ с. Озёрки»
municipality: ozerskiy
address: 412345, Энская обл., Озёрский р-н, с. Озёрки, ул. Школьная, 1
settlement: village
small: true
levels: [НОО, ООО, СОО]
contingent: { students: 87, students_ovz: 6, teachers: 14 }
director: Петрова Анна Сергеевна
website: https://ozerki-school.example.ru/
participation:
  - year: 2021
    curator: sokolova-ev
    basis: низкие результаты ВПР и ОГЭ в 2019–2020 годах
    outcome: continues
  - year: 2022
    curator: sokolova-ev
    basis: продолжение участия
    outcome: exited
)";
    CHECK(check(s, school) == "");
    CHECK(
        check(
            s,
            "id: a\nname: b\nshort_name: c\nmunicipality: d\nsettlement: city\nlevels: [НОО, НОО]\n"
            "contingent: {students: -1}\nparticipation: [{year: 2021, curator: x, outcome: "
            "continue}]\n") ==
        "5:13: \"city\" не входит в список допустимых значений: town (город), village (село)\n"
        "6:15: значение \"НОО\" повторяется в списке\n"
        "7:24: значение -1 меньше минимума 0\n"
        "8:51: \"continue\" не входит в список допустимых значений: continues (продолжает "
        "участие), exited (вышла из перечня); возможно, вы имели в виду continues\n");
}

TEST_CASE("schema files: diagnostics, documents and measurements", "[schema]") {
    auto d = compile_file("diagnostics.schema.yaml");
    CHECK(check(d, R"(diagnostics:
  - year: 2021
    wave: initial
    date: 2021-02-20
    respondents: { director: 1, teachers: 14, students: 60, parents: 41 }
    levels:
      rf01: high
    indicators:
      rf01-equipment: 62
    selected_risks: [rf01, rf07]
)") == "");
    CHECK(check(d,
                "diagnostics:\n  - year: 2021\n    wave: initial\n    date: 2021-02-20\n    "
                "levels: {rf01: hgih}\n") ==
          "5:20: \"hgih\" не входит в список допустимых значений: high (высокий), medium "
          "(средний), low (низкий), none (нет риска); возможно, вы имели в виду high\n");
    auto doc = compile_file("document.schema.yaml");
    const std::string roadmap = R"(kind: antirisk
risk: rf07
title: Антирисковая программа «Снижение доли обучающихся с рисками учебной неуспешности»
goal: Снизить долю обучающихся с рисками учебной неуспешности до 10 % к концу 2021 года
tasks:
  - id: t1
    title: Выявить обучающихся с трудностями в обучении
indicators:
  - id: neusp
    title: Доля обучающихся с рисками учебной неуспешности
    unit: "%"
    trend: decrease
    baseline: { value: 18, date: 2021-02-20 }
    targets:
      - { value: 14, date: 2021-06-30 }
      - { value: 10, date: 2021-12-25 }
    method: анализ результатов ВСОКО
measures:
  - id: m1
    task: t1
    title: Входная диагностика предметных результатов обучающихся 5–9 классов
    start: 2021-03-01
    due: 2021-03-31
    responsible: заместитель директора по УВР
    participants: учителя-предметники
    result: список обучающихся группы риска
    indicators: [neusp]
    status: done
    done_date: 2021-03-29
reviews:
  - { date: 2021-03-10, status: submitted, by: школа }
  - { date: 2021-03-20, status: returned, by: sokolova-ev, comment: уточнить показатели }
  - { date: 2021-03-28, status: accepted, by: sokolova-ev }
)";
    CHECK(check(doc, roadmap) == "");
    CHECK(check(doc, "kind: antirisk\ntitle: t\ngoal: g\n") ==
          "1:1: нет обязательного поля \"risk\"\n");
    CHECK(check(doc,
                "kind: concept\nrisk: rf07\ntitle: t\ngoal: g\nmeasures:\n"
                "  - {id: m1, title: x, start: 2021-03-01, due: 2021-03-31, responsible: r, "
                "status: dnoe}\n") ==
          "2:1: поле \"risk\" здесь не допускается\n"
          "6:84: \"dnoe\" не входит в список допустимых значений: planned (запланировано), "
          "in-progress (выполняется), done (выполнено), cancelled (отменено); возможно, вы "
          "имели в виду done\n");
    auto m = compile_file("measurements.schema.yaml");
    CHECK(check(m,
                "measurements:\n  - { indicator: neusp, date: 2021-06-30, value: 15, source: ВСОКО "
                "}\n") == "");
    CHECK(check(m,
                "measurements:\n  - { indicator: neusp, date: 2021-06-30, value: пятнадцать }\n") ==
          "2:50: ожидалось число, а найдена строка \"пятнадцать\"\n");
}
