#include "render/open_data.hpp"

#include "render/table.hpp"
#include "view/format.hpp"

namespace shnor::render {
namespace {

using model::Level;

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

Table schools(const model::Project& p, const compute::Analysis& a) {
    Table t{{"school",
             "name",
             "short_name",
             "municipality",
             "municipality_name",
             "year",
             "curator",
             "outcome",
             "rural",
             "small",
             "students",
             "students_ovz",
             "teachers",
             "initial_high",
             "initial_medium",
             "initial_low",
             "final_high",
             "final_medium",
             "final_low",
             "measures",
             "done",
             "overdue",
             "done_share",
             "indicators",
             "achieved",
             "roadmap_accepted"},
            {}};
    for (const auto& sa : a.schools) {
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

Table measures(const compute::Analysis& a) {
    Table t{{"school", "year", "document", "measure", "task", "title", "start", "due", "done_date",
             "responsible", "participants", "result", "status", "overdue"},
            {}};
    for (const auto& sa : a.schools)
        for (const auto& sy : sa.years)
            for (const auto& dp : sy.documents)
                for (const auto& ms : dp.measures) {
                    const auto& m = *ms.measure;
                    t.rows.push_back({sa.school->id, static_cast<long>(sy.year), dp.document->id,
                                      m.id, m.task, m.title, m.start.iso(), m.due.iso(),
                                      m.done_date ? Cell(m.done_date->iso()) : Cell(),
                                      m.responsible, m.participants, m.result,
                                      view::measure_status_key(m.status), ms.overdue});
                }
    return t;
}

Table indicators(const compute::Analysis& a) {
    Table t{
        {"school", "year", "document", "indicator", "title", "unit", "trend", "baseline",
         "baseline_date", "target", "target_date", "latest", "latest_date", "progress", "status"},
        {}};
    for (const auto& sa : a.schools)
        for (const auto& sy : sa.years)
            for (const auto& dp : sy.documents)
                for (const auto& ip : dp.indicators) {
                    const auto& ind = *ip.indicator;
                    t.rows.push_back(
                        {sa.school->id, static_cast<long>(sy.year), dp.document->id, ind.id,
                         ind.title, ind.unit,
                         std::string(ind.trend == model::Trend::Increase ? "increase" : "decrease"),
                         ind.baseline.value, ind.baseline.date.iso(), opt_value(ip.target),
                         opt_date(ip.target), opt_value(ip.latest), opt_date(ip.latest),
                         ip.progress, view::indicator_status_key(ip.status)});
                }
    return t;
}

Table risk_profiles(const compute::Analysis& a) {
    Table t{
        {"school", "year", "wave", "factor", "number", "title", "level", "supplied", "computed"},
        {}};
    for (const auto& sa : a.schools)
        for (const auto& sy : sa.years)
            for (const auto* profile : {&sy.initial, &sy.final_}) {
                if (!*profile) continue;
                for (const auto& fl : (*profile)->factors) {
                    if (!fl.factor) continue;
                    t.rows.push_back(
                        {sa.school->id, static_cast<long>(sy.year),
                         std::string((*profile)->wave == model::Wave::Initial ? "initial"
                                                                              : "final"),
                         fl.factor->id, static_cast<long>(fl.factor->number), fl.factor->title,
                         level(fl.level), level(fl.supplied), level(fl.computed)});
                }
            }
    return t;
}

// The figures of the dashboard (scope "region") and of each municipality page.
Table monitoring(const compute::Analysis& a) {
    Table t{{"scope",          "municipality",    "name",
             "year",           "schools",         "exited",
             "second_year",    "reduction",       "accepted_roadmaps",
             "high_decreased", "with_both_waves", "measures",
             "done",           "overdue",         "cancelled",
             "done_share",     "indicators",      "achieved",
             "on_track",       "lagging",         "no_data"},
            {}};
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

void add(write::OutputSet& out, const std::string& stem, const Table& t) {
    out["data/" + stem + ".csv"] = to_csv(t);
    out["data/" + stem + ".json"] = to_json(t);
}

}  // namespace

void add_open_data(const model::Project& project, const compute::Analysis& analysis,
                   write::OutputSet& out) {
    add(out, "monitoring", monitoring(analysis));
    add(out, "schools", schools(project, analysis));
    add(out, "measures", measures(analysis));
    add(out, "indicators", indicators(analysis));
    add(out, "risk-profiles", risk_profiles(analysis));
}

}  // namespace shnor::render
