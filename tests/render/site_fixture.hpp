#pragma once
// A small hand-built region for the site tests: two years, two
// municipalities, three schools (one leaves the list), documents with every
// kind of measure status, measurements and a Markdown page. Every list a
// template iterates is non-empty somewhere, which the key check relies on.
#include "compute/analysis.hpp"
#include "model/project.hpp"

namespace shnor::testing {

inline model::Date d(int y, int m, int day) { return model::Date{y, m, day}; }

inline model::Catalogue site_catalogue(int year) {
    model::Catalogue c;
    c.year = year;
    c.groups = {{"resources", "Ресурсы и кадры"}, {"climate", "Школьный уклад"}};
    model::RiskFactor f1{"rf01", 1, "Низкий уровень оснащения школы", "resources", "", {}, {}};
    f1.indicators.push_back({"rf01-eq",
                             "Доля учителей, отмечающих нехватку оборудования",
                             "teachers",
                             "%",
                             model::Direction::HigherIsWorse,
                             {30, 50},
                             {}});
    model::RiskFactor f2{"rf07",      7,  "Высокая доля обучающихся с рисками учебной неуспешности",
                         "resources", "", {},
                         {}};
    model::RiskFactor f3{
        "rf09", 9, "Низкая учебная мотивация обучающихся", "climate", year > 2021 ? "rf09" : "",
        {},     {}};
    c.factors = {f1, f2, f3};
    return c;
}

inline model::Document site_document(int year, const std::string& risk) {
    model::Document doc;
    doc.id = "antirisk-" + risk;
    doc.year = year;
    doc.kind = model::DocKind::AntiRisk;
    doc.risk = risk;
    doc.title = "Антирисковая программа по фактору " + risk;
    doc.goal = "Снизить долю обучающихся с рисками учебной неуспешности";
    doc.tasks = {{"t1", "Выявить обучающихся с трудностями", {}}};
    model::Indicator ind;
    ind.id = "neusp-" + std::to_string(year);
    ind.title = "Доля обучающихся с рисками учебной неуспешности";
    ind.unit = "%";
    ind.trend = model::Trend::Decrease;
    ind.method = "анализ ВСОКО";
    ind.baseline = {18, d(year, 2, 20)};
    ind.targets = {{14, d(year, 6, 30)}, {10, d(year, 12, 25)}};
    doc.indicators = {ind};
    using S = model::MeasureStatus;
    auto measure = [&](const std::string& id, S status, model::Date due) {
        model::Measure m;
        m.id = id;
        m.task = "t1";
        m.title = "Мероприятие " + id;
        m.start = d(year, 3, 1);
        m.due = due;
        m.responsible = "заместитель директора по УВР";
        m.participants = "учителя";
        m.result = "список обучающихся группы риска";
        m.indicators = {ind.id};
        m.status = status;
        if (status == S::Done) {
            m.done_date = d(year, 3, 29);
            m.evidence = {{"Приказ № 12", "https://school.example.ru/prikaz-12.pdf", {}}};
        }
        return m;
    };
    doc.measures = {measure("m1", S::Done, d(year, 3, 31)),
                    measure("m2", S::InProgress, d(year, 5, 31)),  // overdue by the report date
                    measure("m3", S::Planned, d(year + 1, 5, 31)),
                    measure("m4", S::Cancelled, d(year, 4, 30))};
    doc.measures.back().task = "";  // a measure outside every task
    doc.reviews = {
        {d(year, 3, 10), model::ReviewStatus::Submitted, "школа", "", {}, {}},
        {d(year, 3, 20), model::ReviewStatus::Returned, "sokolova", "уточнить показатели", {}, {}},
        {d(year, 3, 28), model::ReviewStatus::Accepted, "sokolova", "", {}, {}}};
    return doc;
}

inline model::Diagnostic site_diagnostic(int year, model::Wave wave, model::Level rf01,
                                         model::Level rf07) {
    model::Diagnostic diag;
    diag.year = year;
    diag.wave = wave;
    diag.date = d(year, wave == model::Wave::Initial ? 2 : 11, 20);
    diag.respondents = {{"teachers", 14}};
    diag.supplied_levels = {{"rf01", rf01}, {"rf07", rf07}, {"rf09", model::Level::Low}};
    if (wave == model::Wave::Initial) diag.selected_risks = {"rf07"};
    return diag;
}

inline model::School site_school(const std::string& id, const std::string& mun, bool exits) {
    model::School s;
    s.id = id;
    s.name = "Муниципальное бюджетное общеобразовательное учреждение «Школа " + id + "»";
    s.short_name = "МБОУ «Школа " + id + "»";
    s.municipality = mun;
    s.address = "412345, Энская обл., ул. Школьная, 1";
    s.rural = true;
    s.small = true;
    s.levels = {"НОО", "ООО", "СОО"};
    s.contingent = {87, 6, 14};
    s.director = "Петрова Анна Сергеевна";
    s.website = "https://" + id + ".example.ru/";
    using L = model::Level;
    for (int year : {2021, 2022}) {
        bool last = exits && year == 2022;
        s.participation.push_back({year,
                                   "sokolova",
                                   "низкие результаты ВПР",
                                   last ? model::Outcome::Exited : model::Outcome::Continues,
                                   d(year, 4, 2),
                                   {},
                                   {}});
        s.diagnostics.push_back(site_diagnostic(year, model::Wave::Initial, L::High, L::High));
        s.diagnostics.push_back(site_diagnostic(year, model::Wave::Final, L::Medium, L::High));
        s.documents.push_back(site_document(year, "rf07"));
        s.measurements.push_back({"neusp-" + std::to_string(year), d(year, 6, 30), 15, "ВСОКО",
                                  "снижение после дополнительных занятий"});
        // lesnoe: no visit in the last three months before the report date.
        s.visits.push_back({year,
                            d(year, id == "lesnoe" ? 5 : 10, 5),
                            "sokolova",
                            "visit",
                            "Мониторинг дорожной карты",
                            "Протоколы оформлены не полностью",
                            "Оформить протоколы",
                            "https://iro.example.ru/visit.pdf",
                            {},
                            {},
                            {},
                            {}});
        model::AssessmentResult vpr;
        vpr.year = year;
        vpr.assessment = "vpr";
        vpr.subject = "Математика";
        vpr.grade = 5;
        vpr.participants = 20;
        vpr.below_basic = year == 2021 ? 30 : 25;
        vpr.mean_score = year == 2021 ? 3.1 : 3.3;
        vpr.objective = year == 2022;
        s.results.push_back(vpr);
    }
    model::SuppliedIndicators supplied;
    supplied.year = 2022;
    supplied.values[1] = 20;
    s.supplied_indicators.push_back(supplied);
    return s;
}

inline model::Project site_project() {
    model::Project p;
    auto& r = p.region;
    r.name = "Энская область";
    r.ministry = "Министерство образования Энской области";
    r.operator_name = "ГАУ ДПО «Энский ИРО»";
    r.base_url = "https://500plus.example.ru/";
    r.report_date = d(2022, 12, 20);
    for (int year : {2021, 2022})
        r.years.push_back(
            {year,
             {"Министерство образования Энской области", "министерства образования Энской области",
              "1852", d(year - 1, 12, 29), "Об участии в проекте «500+»", 1},
             {}});
    p.municipalities = {{"ensk", "городской округ Энск", "городской округ", {}},
                        {"ozerskiy", "Озёрский муниципальный район", "муниципальный район", {}}};
    p.people = {{"sokolova",
                 "Соколова Елена Викторовна",
                 "методист",
                 "ИРО",
                 model::Role::Curator,
                 "",
                 {2021, 2022},
                 {}}};
    p.catalogues = {{2021, site_catalogue(2021)}, {2022, site_catalogue(2022)}};
    p.schools = {site_school("lesnoe", "ozerskiy", false), site_school("sosh-1", "ensk", true),
                 site_school("sosh-2", "ensk", false)};
    p.leaders = {
        {"licey", "МАОУ «Лицей»", "ensk", "https://licey.example.ru/", "sosh-2", {}, {}, {}},
        {"gimnaziya", "МБОУ «Гимназия»", "", "", "", {}, {}, {}}};
    model::Partnership a;
    a.year = 2022;
    a.number = "7-П";
    a.date = d(2022, 2, 15);
    a.leader = "licey";
    a.school = "lesnoe";
    a.from = d(2022, 2, 15);
    a.to = d(2022, 12, 31);
    a.support = {"methodical", "consultation"};
    a.subject = "Наставничество";
    p.partnerships = {a};
    model::Practice x;
    x.id = "proekty";
    x.title = "Проектные недели";
    x.school = "lesnoe";
    x.year = 2022;
    x.factors = {"rf07", "rf09"};
    x.description = "Проекты с участием **родителей**.";
    x.links = {{"Описание", "https://lesnoe.example.ru/proekty", {}}};
    model::Practice y = x;
    y.id = "licey-opyt";
    y.school = "gimnaziya";
    p.practices = {x, y};
    p.pages = {{"about",
                "О проекте",
                "# О проекте\n\nПроект **500+**. <script>alert(1)</script>\n\n"
                "[ссылка](javascript:alert(1)) и [данные](../data/schools.csv)\n",
                1,
                {"pages/about.md", 1, 1}}};
    return p;
}

// The site region with one online meeting more at sosh-2 in 2022: every
// school has one visit on site a year, so visits and those on site differ
// (the monitoring report's PDF and workbook tests).
inline model::Project site_project_with_online_visit() {
    model::Project p = site_project();
    for (auto& s : p.schools)
        if (s.id == "sosh-2") {
            model::Visit v = s.visits.back();
            v.date = d(2022, 11, 14), v.format = "online";
            s.visits.push_back(v);
        }
    p.reindex();
    return p;
}

// Project and Analysis together: the Analysis points into the Project, so
// neither may move.
struct SiteFixture {
    model::Project project = site_project();
    diag::Sink sink;
    compute::Analysis analysis = compute::analyse(project, d(2022, 12, 20), sink);

    SiteFixture() = default;
    explicit SiteFixture(model::Project p) : project(std::move(p)) {}
    SiteFixture(const SiteFixture&) = delete;
    SiteFixture& operator=(const SiteFixture&) = delete;
};

}  // namespace shnor::testing
