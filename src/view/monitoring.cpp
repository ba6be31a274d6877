#include "view/monitoring.hpp"

#include "view/format.hpp"
#include "view/pdf_common.hpp"

namespace shnor::view {
namespace {

ReportCell text(std::string s) { return {CellKind::Text, std::move(s), 0, {}, false}; }
ReportCell count_cell(int n) {
    return {CellKind::Count, number_ru(n, 0), static_cast<double>(n), {}, false};
}
ReportCell share_cell(double share) {
    return {CellKind::Share, percent_ru(share), share, {}, false};
}
ReportCell date_cell(const model::Date& d) {
    if (!d.valid()) return {CellKind::Date, "нет данных", 0, {}, true};
    return {CellKind::Date, date_ru(d), 0, d, false};
}
ReportCell no_data(CellKind kind) { return {kind, "нет данных", 0, {}, true}; }
ReportCell done_share(const compute::Counts& c) {
    return c.measures > c.cancelled ? share_cell(c.done_share()) : no_data(CellKind::Share);
}

std::string yes_no(const std::optional<bool>& met) {
    if (!met) return "—";
    return *met ? "выполнен" : "не выполнен";
}

ReportTable kpi_table(const compute::MonitoringYear& y) {
    ReportTable t{"Критерии",
                  "Критерии эффективности (концепция региона)",
                  {"Критерий", "Целевое значение", "Значение", "Итог"},
                  {60, 22, 14, 14},
                  {},
                  false};
    for (const auto& k : y.kpi) {
        std::string name, target;
        CellKind kind = CellKind::Share;
        switch (k.kpi) {
            case compute::Kpi::Reduction:
                name = "Сокращение перечня ШНОР к предыдущему году";
                target = "не менее 25–30 %";
                break;
            case compute::Kpi::Roadmaps:
                name = "Школы, разработавшие дорожные карты";
                target = "100 % школ";
                break;
            case compute::Kpi::Execution:
                name = "Выполнение дорожных карт (выполненные мероприятия)";
                target = "—";
                break;
            case compute::Kpi::Partnerships:
                name = "Партнёрские договоры школ с высокими результатами и ШНОР";
                target = "не менее " + number_ru(k.target, 0) + " в год";
                kind = CellKind::Count;
                break;
            case compute::Kpi::SecondYear:
                name = "Школы в перечне второй год подряд (смена формата поддержки)";
                target = "—";
                kind = CellKind::Count;
                break;
        }
        ReportCell value = !k.value                  ? no_data(kind)
                           : kind == CellKind::Count ? count_cell(static_cast<int>(*k.value))
                                                     : share_cell(*k.value);
        t.rows.push_back({text(name), text(target), value, text(yes_no(k.met))});
    }
    return t;
}

ReportTable figures_table(const compute::MonitoringYear& y, const model::Date& as_of) {
    const auto& f = y.region;
    ReportTable t{"Итоги года",
                  "Показатели " + std::to_string(y.year) + " года",
                  {"Показатель", "Значение"},
                  {60, 16},
                  {},
                  false};
    auto row = [&](std::string name, ReportCell v) {
        t.rows.push_back({text(std::move(name)), v});
    };
    row("Дата отчёта", date_cell(as_of));
    row("Школ в перечне", count_cell(f.schools));
    row("Вышли из перечня по итогам года", count_cell(f.exited));
    row("В перечне второй год подряд", count_cell(f.second_year));
    row("С дорожной картой", count_cell(f.with_roadmap));
    row("Дорожная карта согласована", count_cell(f.accepted_roadmaps));
    row("Мероприятий в дорожных картах", count_cell(f.counts.measures));
    row("Выполнено мероприятий", count_cell(f.counts.done));
    row("Просрочено мероприятий на дату отчёта", count_cell(f.counts.overdue));
    row("Показателей отстаёт от цели", count_cell(f.counts.lagging));
    return t;
}

// The year's curator visits up to the report date, as the dashboard words
// them («посещений и консультаций»); on site: the format «посещение школы».
const char* const kVisitsHeader = "Посещений и консультаций";
const char* const kOnSiteHeader = "Из них посещений школы";

ReportTable municipality_table(const compute::MonitoringYear& y) {
    ReportTable t{"По муниципалитетам",
                  "По муниципальным образованиям",
                  {"№ п/п", "Муниципальное образование", "Школ", "Второй год подряд",
                   "Вышли из перечня", "С дорожной картой", "Мероприятий", "Выполнено",
                   "Доля выполненных", "Просрочено", kVisitsHeader, kOnSiteHeader},
                  {7, 40, 9, 12, 12, 12, 12, 12, 12, 12, 14, 12},
                  {},
                  true};
    int n = 0;
    for (const auto& m : y.municipalities) {
        const auto& f = m.figures;
        t.rows.push_back({count_cell(++n), text(m.municipality ? m.municipality->name : ""),
                          count_cell(f.schools), count_cell(f.second_year), count_cell(f.exited),
                          count_cell(f.with_roadmap), count_cell(f.counts.measures),
                          count_cell(f.counts.done), done_share(f.counts),
                          count_cell(f.counts.overdue), count_cell(f.visits),
                          count_cell(f.visits_on_site)});
    }
    return t;
}

ReportTable curator_table(const compute::MonitoringYear& y) {
    ReportTable t{
        "По кураторам",
        "По кураторам",
        {"№ п/п", "Куратор", "Школ", "Требуют внимания", "С дорожной картой", "Мероприятий",
         "Выполнено", "Доля выполненных", "Просрочено", kVisitsHeader, kOnSiteHeader},
        {7, 40, 9, 12, 12, 12, 12, 12, 12, 14, 12},
        {},
        true};
    int n = 0;
    for (const auto& c : y.curators) {
        const auto& f = c.figures;
        t.rows.push_back({count_cell(++n), text(c.person->name), count_cell(f.schools),
                          count_cell(c.needing_attention), count_cell(f.with_roadmap),
                          count_cell(f.counts.measures), count_cell(f.counts.done),
                          done_share(f.counts), count_cell(f.counts.overdue), count_cell(f.visits),
                          count_cell(f.visits_on_site)});
    }
    return t;
}

ReportTable changed_format_table(const model::Project& project, const compute::Analysis& a,
                                 const compute::MonitoringYear& y) {
    ReportTable t{"Смена формата",
                  "Школы для смены формата поддержки (второй год в перечне)",
                  {"№ п/п", "Муниципальное образование", "Наименование ОО",
                   "Приказ о включении в прошлом году", "Куратор"},
                  {7, 34, 50, 18, 30},
                  {},
                  true};
    const auto* previous = pdf::programme_year(project, y.year - 1);
    int n = 0;
    for (std::size_t i : y.changed_format) {
        const auto& s = a.summaries[i];
        const auto* sy = s.year(y.year);
        const std::string curator =
            sy && !sy->curator.empty() ? pdf::person_name(project, sy->curator) : "—";
        t.rows.push_back({count_cell(++n), text(pdf::municipality_name(project, s.municipality)),
                          text(s.name), date_cell(previous ? previous->order.date : model::Date{}),
                          text(curator)});
    }
    return t;
}

}  // namespace

MonitoringReport monitoring_report(const model::Project& project, const compute::Analysis& analysis,
                                   const compute::MonitoringYear& year, model::Date as_of) {
    MonitoringReport r;
    r.year = year.year;
    r.title = "Мониторинг реализации проекта «500+» в " + std::to_string(year.year) + " году";
    r.region = project.region.name;
    r.ministry = project.region.ministry;
    r.author = project.region.operator_name.empty() ? project.region.ministry
                                                    : project.region.operator_name;
    r.date = as_of;
    r.tables.push_back(figures_table(year, as_of));
    r.tables.push_back(kpi_table(year));
    r.tables.push_back(municipality_table(year));
    r.tables.push_back(curator_table(year));
    r.tables.push_back(changed_format_table(project, analysis, year));
    return r;
}

}  // namespace shnor::view
