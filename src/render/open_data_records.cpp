#include "render/open_data_records.hpp"

#include "view/format.hpp"

namespace shnor::render {
namespace {

std::string format_label(const std::string& code) { return view::visit_format_ru(code); }
std::string assessment_label(const std::string& code) { return view::assessment_ru(code); }

template <typename T>
Cell opt(const std::optional<T>& v) {
    return v ? Cell(*v) : Cell();
}

}  // namespace

const std::vector<Column>& visit_columns() {
    static const std::vector<Column> columns = {
        {"school", "код школы"},
        {"year", "год"},
        {"date", "дата"},
        {"curator", "куратор"},
        {"format", "формат", format_label},
        {"purpose", "цель"},
        {"findings", "выявлено"},
        {"recommendations", "рекомендации"},
        {"report", "отчёт о посещении"},
    };
    return columns;
}

const std::vector<Column>& result_columns() {
    static const std::vector<Column> columns = {
        {"school", "код школы"},
        {"year", "год"},
        {"assessment", "оценочная процедура", assessment_label},
        {"subject", "предмет"},
        {"grade", "класс"},
        {"participants", "участников"},
        {"below_basic", "доля ниже базового уровня, %"},
        {"mean_score", "средний балл"},
        {"objective", "результаты объективны"},
    };
    return columns;
}

Table visits_table(const compute::SchoolAnalysis& sa) {
    Table t{visit_columns(), {}};
    for (const auto& v : sa.school->visits)
        t.rows.push_back({sa.school->id, static_cast<long>(v.year), v.date.iso(), v.curator,
                          v.format, v.purpose, v.findings, v.recommendations,
                          v.report.empty() ? Cell() : Cell(v.report)});
    return t;
}

Table results_table(const compute::SchoolAnalysis& sa) {
    Table t{result_columns(), {}};
    for (const auto& r : sa.school->results)
        t.rows.push_back({sa.school->id, static_cast<long>(r.year), r.assessment, r.subject,
                          r.grade ? Cell(static_cast<long>(r.grade)) : Cell(),
                          static_cast<long>(r.participants), opt(r.below_basic), opt(r.mean_score),
                          opt(r.objective)});
    return t;
}

}  // namespace shnor::render
