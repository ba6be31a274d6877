#include "render/pdf/pdf_fixture.hpp"

#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>

namespace shnor::pdftest {
namespace {

using namespace shnor::model;

const char* const kFactors[] = {
    "Низкий уровень оснащения школы",
    "Дефицит педагогических кадров",
    "Недостаточная предметная и методическая компетентность педагогических работников",
    "Риски низкой адаптивности учебного процесса",
    "Несформированность внутришкольной системы повышения квалификации",
    "Низкое качество преодоления языковых и культурных барьеров",
    "Высокая доля обучающихся с рисками учебной неуспешности",
    "Низкий уровень дисциплины в классе",
    "Низкая учебная мотивация обучающихся",
    "Пониженный уровень качества школьной образовательной и воспитательной среды",
    "Высокая доля обучающихся с ОВЗ",
    "Низкий уровень вовлеченности родителей",
};

Date d(int y, int m, int day) { return Date{y, m, day}; }

std::string fid(int n) { return n < 10 ? "rf0" + std::to_string(n) : "rf" + std::to_string(n); }

Document make_document(int k, int measures, const std::string& suffix) {
    Document doc;
    doc.id = "antirisk-" + fid(k + 7);
    doc.year = 2021;
    doc.kind = DocKind::AntiRisk;
    doc.risk = fid(k + 7 > 12 ? 12 : k + 7);
    doc.title = "Антирисковая программа «" + std::string(kFactors[(k + 6) % 12]) + "»";
    doc.goal =
        "Снизить долю обучающихся с рисками учебной неуспешности до 10\u00a0% к концу 2021 года "
        "за счёт адресной работы с обучающимися и повышения квалификации педагогов";
    doc.tasks = {{"t1", "Выявить обучающихся с трудностями в обучении", {"f.yaml", 5, 3}},
                 {"t2", "Организовать индивидуальные образовательные маршруты", {"f.yaml", 6, 3}}};
    Indicator ind;
    ind.id = "neusp" + std::to_string(k);
    ind.title = "Доля обучающихся с рисками учебной неуспешности";
    ind.unit = "%";
    ind.trend = Trend::Decrease;
    ind.baseline = {18, d(2021, 2, 20)};
    ind.targets = {{14, d(2021, 6, 30)}, {10, d(2021, 12, 25)}};
    ind.method = "анализ результатов ВСОКО";
    doc.indicators = {ind};
    Indicator ind2 = ind;
    ind2.id = "kpk" + std::to_string(k);
    ind2.title = "Доля педагогов, прошедших курсы повышения квалификации";
    ind2.trend = Trend::Increase;
    ind2.baseline = {20, d(2021, 2, 20)};
    ind2.targets = {{60, d(2021, 12, 25)}};
    doc.indicators.push_back(ind2);
    for (int i = 0; i < measures; ++i) {
        Measure m;
        m.id = "m" + std::to_string(i + 1);
        m.task = i % 2 ? "t2" : "t1";
        m.title = "Входная диагностика предметных результатов обучающихся 5–9 классов, №\u00a0" +
                  std::to_string(i + 1) + suffix;
        m.start = d(2021, 3, 1);
        m.due = d(2021, 3 + i % 9, 28);
        m.responsible = "заместитель директора по УВР";
        m.participants = "учителя-предметники, педагог-психолог";
        m.result = "список обучающихся группы риска, индивидуальные планы";
        m.indicators = {ind.id};
        m.status = i % 3 == 0 ? MeasureStatus::Done : MeasureStatus::Planned;
        if (m.status == MeasureStatus::Done) m.done_date = d(2021, 3, 29);
        m.loc = {"schools/sosh-ozerki/2021/" + doc.id + ".yaml", 20 + i, 5};
        doc.measures.push_back(m);
    }
    doc.reviews = {{d(2021, 3, 28), ReviewStatus::Accepted, "sokolova-ev", "", {}, {}}};
    doc.loc = {"schools/sosh-ozerki/2021/" + doc.id + ".yaml", 1, 1};
    return doc;
}

void fill_region(Project& p) {
    p.region.name = "Энская область";
    p.region.ministry = "Министерство образования Энской области";
    p.region.operator_name = "ГАУ ДПО «Энский институт развития образования»";
    p.region.report_date = d(2021, 12, 20);
    ProgrammeYear y;
    y.year = 2021;
    y.order = {"Министерство образования Энской области",
               "министерства образования Энской области",
               "1852",
               d(2020, 12, 29),
               "Об участии общеобразовательных организаций в проекте «500+»",
               1};
    p.region.years.push_back(y);
    p.municipalities = {{"ozerskiy", "Озёрский муниципальный район", "муниципальный район", {}},
                        {"ensk", "городской округ Энск", "городской округ", {}}};
    Person cur;
    cur.id = "sokolova-ev";
    cur.name = "Соколова Елена Викторовна";
    p.people.push_back(cur);
    Catalogue c;
    c.year = 2021;
    for (int i = 0; i < 12; ++i) {
        RiskFactor f;
        f.id = fid(i + 1);
        f.number = i + 1;
        f.title = kFactors[i];
        c.factors.push_back(f);
    }
    p.catalogues[2021] = c;
}

School make_school(const std::string& id, const std::string& name, const std::string& mun) {
    School s;
    s.id = id;
    s.name = name;
    s.short_name = "МБОУ «СОШ с. Озёрки»";
    s.municipality = mun;
    s.director = "Петрова Анна Сергеевна";
    s.participation.push_back(
        {2021, "sokolova-ev", "низкие результаты ВПР", Outcome::Continues, d(2021, 4, 2), {}, {}});
    Diagnostic dg;
    dg.year = 2021;
    dg.selected_risks = {"rf07", "rf09"};
    s.diagnostics.push_back(dg);
    s.loc = {"schools/" + id + "/school.yaml", 1, 1};
    return s;
}

void fill_analysis(Fixture& f) {
    const School& s = f.project.schools[0];
    const Catalogue& c = f.project.catalogues.at(2021);
    compute::SchoolAnalysis sa;
    sa.school = &s;
    compute::SchoolYear sy;
    sy.year = 2021;
    sy.participation = &s.participation[0];
    compute::RiskProfile rp;
    rp.year = 2021;
    const Level levels[] = {Level::High, Level::Low, Level::Medium, Level::None};
    for (std::size_t i = 0; i < c.factors.size(); ++i) {
        compute::FactorLevel fl;
        fl.factor = &c.factors[i];
        if (i != 5) fl.level = levels[i % 4];  // factor 6: no data
        rp.factors.push_back(fl);
    }
    sy.initial = rp;
    sy.selected = {{&c.factors[6], nullptr}, {&c.factors[8], nullptr}};
    for (const auto& doc : s.documents) {
        compute::DocumentProgress dp;
        dp.document = &doc;
        dp.review = ReviewStatus::Accepted;
        for (const auto& m : doc.measures)
            dp.measures.push_back({&m, m.status != MeasureStatus::Done});
        for (const auto& ind : doc.indicators) {
            compute::IndicatorProgress ip;
            ip.indicator = &ind;
            ip.latest = Point{15, d(2021, 6, 30)};
            ip.progress = 0.75;
            ip.status = compute::IndicatorStatus::OnTrack;
            dp.indicators.push_back(ip);
        }
        sy.documents.push_back(dp);
    }
    sa.years.push_back(sy);
    f.analysis.as_of = d(2021, 12, 20);
    f.analysis.schools.push_back(sa);
    diag::Sink sink;  // the summaries the annex reads: every school of the project
    f.analysis.summaries = compute::analyse(f.project, f.analysis.as_of, sink).summaries;
}

}  // namespace

std::unique_ptr<Fixture> make_fixture(int docs, int measures, const std::string& title_suffix) {
    auto f = std::make_unique<Fixture>();
    fill_region(f->project);
    School s = make_school(
        "sosh-ozerki",
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная "
        "школа с. Озёрки»",
        "ozerskiy");
    for (int k = 0; k < docs; ++k) s.documents.push_back(make_document(k, measures, title_suffix));
    f->project.schools.push_back(s);
    f->project.schools.push_back(make_school("sosh-2", "МБОУ «СОШ № 2 г. Энска»", "ensk"));
    fill_analysis(*f);
    return f;
}

TempDir::TempDir() {
    static int counter = 0;
    path = std::filesystem::temp_directory_path() /
           ("shnor-pdf-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
    std::filesystem::create_directories(path);
}

TempDir::~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
}

std::string TempDir::write(const std::string& name, const std::string& bytes) const {
    const auto p = path / name;
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
}

std::string run(const std::string& command, int* status) {
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (!pipe) {
        if (status) *status = -1;
        return out;
    }
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
    const int rc = ::pclose(pipe);
    if (status) *status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    return out;
}

std::string squeeze(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == ' ' || c == '\n') {
            if (!out.empty() && out.back() != ' ') out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    return out;
}

}  // namespace shnor::pdftest
