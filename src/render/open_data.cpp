#include "render/open_data.hpp"

#include <initializer_list>

#include "model/labels.hpp"
#include "render/open_data_parts.hpp"
#include "render/open_data_records.hpp"
#include "render/table.hpp"
#include "view/format.hpp"

namespace shnor::render {
namespace {

using model::Level;

// Coded values as people read them in a spreadsheet (view/format's words).
template <typename E>
std::string label_of(const std::string& code, std::initializer_list<E> values,
                     std::string (*key)(E), std::string (*ru)(E)) {
    for (E v : values)
        if (key(v) == code) return ru(v);
    return code;
}
std::string level_label(const std::string& code) {
    using L = Level;
    return label_of<L>(code, {L::High, L::Medium, L::Low, L::None}, view::level_key,
                       view::level_ru);
}
std::string status_label(const std::string& code) {
    using S = model::MeasureStatus;
    return label_of<S>(code, {S::Planned, S::InProgress, S::Done, S::Cancelled},
                       view::measure_status_key, view::measure_status_ru);
}
std::string indicator_label(const std::string& code) {
    using S = compute::IndicatorStatus;
    return label_of<S>(code, {S::Achieved, S::OnTrack, S::Lagging, S::NoData},
                       view::indicator_status_key, view::indicator_status_ru);
}
std::string outcome_label(const std::string& code) {
    using O = model::Outcome;
    auto key = [](O o) { return std::string(model::key(o)); };
    return label_of<O>(code, {O::Continues, O::Exited}, +key, view::outcome_ru);
}
std::string trend_label(const std::string& code) {
    using T = model::Trend;
    auto key = [](T t) { return std::string(model::key(t)); };
    return label_of<T>(code, {T::Increase, T::Decrease}, +key, view::trend_ru);
}
std::string wave_label(const std::string& code) {
    using W = model::Wave;
    auto key = [](W w) { return std::string(model::key(w)); };
    return label_of<W>(code, {W::Initial, W::Final}, +key, view::wave_ru);
}
std::string scope_label(const std::string& code) {
    return code == "region" ? "регион" : code == "municipality" ? "муниципалитет" : code;
}

// One table of columns per file: the JSON key (stable, English), the CSV
// header (Russian) and, for coded values, their Russian label in CSV. A row
// writer needs nothing else.
const std::vector<Column> kSchoolColumns = {
    {"school", "код школы"},
    {"name", "полное наименование"},
    {"short_name", "краткое наименование"},
    {"municipality", "код муниципалитета"},
    {"municipality_name", "муниципалитет"},
    {"year", "год"},
    {"curator", "куратор"},
    {"outcome", "итог года", outcome_label},
    {"rural", "сельская школа"},
    {"small", "малокомплектная"},
    {"students", "обучающихся"},
    {"students_ovz", "обучающихся с ОВЗ"},
    {"teachers", "педагогов"},
    {"initial_high", "входная диагностика: факторов с высоким риском"},
    {"initial_medium", "входная диагностика: факторов со средним риском"},
    {"initial_low", "входная диагностика: факторов с низким риском"},
    {"final_high", "итоговая диагностика: факторов с высоким риском"},
    {"final_medium", "итоговая диагностика: факторов со средним риском"},
    {"final_low", "итоговая диагностика: факторов с низким риском"},
    {"measures", "мероприятий"},
    {"done", "выполнено мероприятий"},
    {"overdue", "просрочено мероприятий"},
    {"done_share", "доля выполненных мероприятий"},
    {"indicators", "показателей"},
    {"achieved", "достигнуто показателей"},
    {"roadmap_accepted", "дорожная карта согласована"},
};

const std::vector<Column> kMeasureColumns = {
    {"school", "код школы"},
    {"year", "год"},
    {"document", "документ"},
    {"measure", "код мероприятия"},
    {"task", "код задачи"},
    {"title", "мероприятие"},
    {"start", "начало"},
    {"due", "срок"},
    {"done_date", "дата выполнения"},
    {"responsible", "ответственный"},
    {"participants", "участники"},
    {"result", "результат"},
    {"status", "статус", status_label},
    {"overdue", "просрочено"},
};

const std::vector<Column> kIndicatorColumns = {
    {"school", "код школы"},
    {"year", "год"},
    {"document", "документ"},
    {"indicator", "код показателя"},
    {"title", "показатель"},
    {"unit", "единица измерения"},
    {"trend", "направление", trend_label},
    {"baseline", "базовое значение"},
    {"baseline_date", "дата базового значения"},
    {"target", "целевое значение"},
    {"target_date", "срок целевого значения"},
    {"latest", "последнее значение"},
    {"latest_date", "дата последнего значения"},
    {"progress", "прогресс"},
    {"status", "статус", indicator_label},
};

const std::vector<Column> kRiskProfileColumns = {
    {"school", "код школы"},
    {"year", "год"},
    {"wave", "диагностика", wave_label},
    {"factor", "код фактора риска"},
    {"number", "номер фактора"},
    {"title", "фактор риска"},
    {"level", "уровень риска", level_label},
    {"supplied", "уровень по данным диагностики", level_label},
    {"computed", "рассчитанный уровень", level_label},
};

const std::vector<Column> kMonitoringColumns = {
    {"scope", "уровень", scope_label},
    {"municipality", "код муниципалитета"},
    {"name", "муниципалитет"},
    {"year", "год"},
    {"schools", "школ в перечне"},
    {"exited", "вышли из перечня"},
    {"second_year", "второй год в перечне"},
    {"reduction", "сокращение перечня к прошлому году"},
    {"accepted_roadmaps", "согласовано дорожных карт"},
    {"high_decreased", "школ, где высоких рисков стало меньше"},
    {"with_both_waves", "школ с обеими диагностиками"},
    {"measures", "мероприятий"},
    {"done", "выполнено"},
    {"overdue", "просрочено"},
    {"cancelled", "отменено"},
    {"done_share", "доля выполненных мероприятий"},
    {"indicators", "показателей"},
    {"achieved", "достигнуто"},
    {"on_track", "в графике"},
    {"lagging", "отстаёт"},
    {"no_data", "нет данных"},
};

Cell opt_date(const std::optional<model::Point>& p) { return p ? Cell(p->date.iso()) : Cell(); }
Cell opt_value(const std::optional<model::Point>& p) { return p ? Cell(p->value) : Cell(); }
Cell level(const std::optional<Level>& l) { return l ? Cell(view::level_key(*l)) : Cell(); }
Cell count(const std::optional<compute::RiskProfile>& p, int compute::RiskProfile::*field) {
    return p ? Cell(static_cast<long>((*p).*field)) : Cell();
}

std::string municipality_name(const model::Project& p, const std::string& id) {
    const auto* m = p.municipality(id);
    return m ? m->name : id;
}

Table schools(const model::Project& p, const compute::SchoolAnalysis& sa) {
    Table t{kSchoolColumns, {}};
    {
        const auto& s = *sa.school;
        for (const auto& sy : sa.years) {
            const auto* person = sy.participation ? p.person(sy.participation->curator) : nullptr;
            t.rows.push_back({s.id,
                              s.name,
                              s.short_name,
                              s.municipality,
                              municipality_name(p, s.municipality),
                              static_cast<long>(sy.year),
                              person ? Cell(person->name) : Cell(),
                              std::string(sy.exited ? "exited" : "continues"),
                              s.rural,
                              s.small,
                              static_cast<long>(s.contingent.students),
                              static_cast<long>(s.contingent.students_ovz),
                              static_cast<long>(s.contingent.teachers),
                              count(sy.initial, &compute::RiskProfile::high),
                              count(sy.initial, &compute::RiskProfile::medium),
                              count(sy.initial, &compute::RiskProfile::low),
                              count(sy.final_, &compute::RiskProfile::high),
                              count(sy.final_, &compute::RiskProfile::medium),
                              count(sy.final_, &compute::RiskProfile::low),
                              static_cast<long>(sy.counts.measures),
                              static_cast<long>(sy.counts.done),
                              static_cast<long>(sy.counts.overdue),
                              sy.counts.done_share(),
                              static_cast<long>(sy.counts.indicators),
                              static_cast<long>(sy.counts.achieved),
                              sy.roadmap_accepted});
        }
    }
    return t;
}

Table measures(const compute::SchoolAnalysis& sa) {
    Table t{kMeasureColumns, {}};
    for (const auto& sy : sa.years)
        for (const auto& dp : sy.documents)
            for (const auto& ms : dp.measures) {
                const auto& m = *ms.measure;
                t.rows.push_back({sa.school->id, static_cast<long>(sy.year), dp.document->id, m.id,
                                  m.task, m.title, m.start.iso(), m.due.iso(),
                                  m.done_date ? Cell(m.done_date->iso()) : Cell(), m.responsible,
                                  m.participants, m.result, view::measure_status_key(m.status),
                                  ms.overdue});
            }
    return t;
}

Table indicators(const compute::SchoolAnalysis& sa) {
    Table t{kIndicatorColumns, {}};
    for (const auto& sy : sa.years)
        for (const auto& dp : sy.documents)
            for (const auto& ip : dp.indicators) {
                const auto& ind = *ip.indicator;
                t.rows.push_back(
                    {sa.school->id, static_cast<long>(sy.year), dp.document->id, ind.id, ind.title,
                     ind.unit,
                     std::string(ind.trend == model::Trend::Increase ? "increase" : "decrease"),
                     ind.baseline.value, ind.baseline.date.iso(), opt_value(ip.target),
                     opt_date(ip.target), opt_value(ip.latest), opt_date(ip.latest), ip.progress,
                     view::indicator_status_key(ip.status)});
            }
    return t;
}

Table risk_profiles(const compute::SchoolAnalysis& sa) {
    Table t{kRiskProfileColumns, {}};
    for (const auto& sy : sa.years)
        for (const auto* profile : {&sy.initial, &sy.final_}) {
            if (!*profile) continue;
            for (const auto& fl : (*profile)->factors) {
                if (!fl.factor) continue;
                t.rows.push_back(
                    {sa.school->id, static_cast<long>(sy.year),
                     std::string((*profile)->wave == model::Wave::Initial ? "initial" : "final"),
                     fl.factor->id, static_cast<long>(fl.factor->number), fl.factor->title,
                     level(fl.level), level(fl.supplied), level(fl.computed)});
            }
        }
    return t;
}

// The figures of the dashboard (scope "region") and of each municipality page.
Table monitoring(const compute::Analysis& a) {
    Table t{kMonitoringColumns, {}};
    auto row = [&](const char* scope, const std::string& id, const std::string& name,
                   const compute::YearFigures& f) {
        const auto& c = f.counts;
        t.rows.push_back({std::string(scope),
                          id,
                          name,
                          static_cast<long>(f.year),
                          static_cast<long>(f.schools),
                          static_cast<long>(f.exited),
                          static_cast<long>(f.second_year),
                          f.reduction,
                          static_cast<long>(f.accepted_roadmaps),
                          static_cast<long>(f.high_decreased),
                          static_cast<long>(f.with_both_waves),
                          static_cast<long>(c.measures),
                          static_cast<long>(c.done),
                          static_cast<long>(c.overdue),
                          static_cast<long>(c.cancelled),
                          c.done_share(),
                          static_cast<long>(c.indicators),
                          static_cast<long>(c.achieved),
                          static_cast<long>(c.on_track),
                          static_cast<long>(c.lagging),
                          static_cast<long>(c.no_data)});
    };
    for (std::size_t y = 0; y < a.region.size(); ++y) {
        row("region", "", "", a.region[y]);
        if (y >= a.municipalities.size()) continue;
        for (const auto& m : a.municipalities[y])
            if (m.municipality)
                row("municipality", m.municipality->id, m.municipality->name, m.figures);
    }
    return t;
}

}  // namespace

SchoolData school_data(const model::Project& project, const compute::SchoolAnalysis& sa) {
    SchoolData d;
    const Table tables[] = {schools(project, sa), measures(sa),     indicators(sa),
                            risk_profiles(sa),    visits_table(sa), results_table(sa)};
    for (std::size_t i = 0; i < kSchoolTables.size(); ++i) {
        d[i].csv = csv_rows(tables[i]);
        d[i].json = json_items(tables[i]);
    }
    return d;
}

const std::vector<Column>& school_table_columns(std::size_t table) {
    static const std::vector<Column>* all[] = {&kSchoolColumns,    &kMeasureColumns,
                                               &kIndicatorColumns, &kRiskProfileColumns,
                                               &visit_columns(),   &result_columns()};
    return *all[table];
}

bool write_open_data(const view::SiteInput& in, const SchoolRows& rows, OutputMemo* memo,
                     write::OutputSink& out) {
    const Table m = monitoring(in.analysis);
    if (!out.put("data/monitoring.csv", to_csv(m)) || !out.put("data/monitoring.json", to_json(m)))
        return false;
    if (view::open_data_by_municipality(in)) return write_municipality_tables(in, rows, memo, out);
    return write_school_tables("data/", in.analysis.summaries.size(), rows.data, out);
}

}  // namespace shnor::render
