#pragma once
// All formatting of domain values for people happens here, once, in Russian,
// so that pages, PDFs and exports show the same text for the same value.
#include <optional>
#include <string>
#include <vector>

#include "compute/analysis.hpp"
#include "diag/plural.hpp"
#include "model/project.hpp"

namespace shnor::view {

std::string date_ru(const model::Date& d);              // 29.12.2020
std::string date_long_ru(const model::Date& d);         // 29 декабря 2020 г.
std::string number_ru(double v, int max_decimals = 1);  // 12,5 ; 12 ; −3 ; 1 234
// 0.456 -> "46 %". Inside (0, 1) the result stays within 1–99 %: 0.996 is
// "99 %", never "100 %"; 0.002 is "1 %", never "0 %".
std::string percent_ru(double share);
int percent_whole(double share);  // the number percent_ru prints, for bar widths

std::string level_ru(model::Level l);  // высокий / средний / низкий / нет риска
std::string level_ru(const std::optional<model::Level>& l);  // "нет данных" when empty
std::string level_key(model::Level l);  // high / medium / low / none (CSS classes)
std::string level_key(const std::optional<model::Level>& l);  // "nodata" when empty

std::string measure_status_ru(
    model::MeasureStatus s);  // запланировано / выполняется / выполнено / отменено
std::string measure_status_key(model::MeasureStatus s);  // planned / in-progress / done / cancelled
std::string review_status_ru(
    model::ReviewStatus s);  // черновик / на согласовании / на доработке / согласовано
std::string review_status_key(model::ReviewStatus s);
std::string indicator_status_ru(
    compute::IndicatorStatus s);  // достигнут / в графике / отстаёт / нет данных
std::string indicator_status_key(
    compute::IndicatorStatus s);  // achieved / on-track / lagging / no-data
std::string change_ru(compute::Change c);  // улучшение / без изменений / ухудшение / нет данных
std::string change_key(compute::Change c);
std::string doc_kind_ru(
    model::DocKind k);  // концепция / среднесрочная программа развития / антирисковая программа
std::string wave_ru(model::Wave w);  // входная / итоговая
std::string role_ru(
    model::Role r);  // куратор / региональный координатор / муниципальный координатор
// нет дорожной карты / документ на доработке / просрочено мероприятие /
// документ ждёт рассмотрения / показатель отстаёт от цели
std::string attention_ru(compute::AttentionKind k);
std::string attention_key(compute::AttentionKind k);  // no-roadmap / returned / overdue / ...
std::string outcome_ru(model::Outcome o);  // продолжает участие / вышла из перечня
std::string settlement_ru(const model::School& s);  // город / село (малокомплектная)

// Russian plural: plural_ru(5, "школа", "школы", "школ") -> "школ".
using diag::plural_ru;

// Appended by the site helper.
std::string level_short_ru(const std::optional<model::Level>& l);  // В / С / Н / — / ?
std::string direction_ru(model::Direction d);  // чем выше, тем хуже / чем ниже, тем хуже
std::string trend_ru(model::Trend t);  // должно расти / должно снижаться
std::string respondent_ru(const std::string& source);  // teachers -> учителя; unknown: as is

// Appended by the PDF helper.
std::string value_unit_ru(double v,
                          const std::string& unit);  // 18 + "%" -> "18 %" (NBSP before the unit)
std::string initials_ru(const std::string& full_name);
// The first letter in capitals, for headings made from names that start
// lowercase in running text («городской округ Энск» -> «Городской округ Энск»).
std::string capitalized_ru(std::string s);  // Петрова Анна Сергеевна -> А. С. Петрова

// Records of issue #15 (view/format_records.cpp).
std::string visit_format_ru(const std::string& key);  // посещение школы / онлайн-встреча / …
std::string assessment_ru(const std::string& key);  // ВПР / ОГЭ / ЕГЭ / региональная работа
std::string support_ru(const std::vector<std::string>& keys);  // «методическая, ресурсная»
std::string regional_indicator_ru(std::size_t index);          // seed 003's six, in its order
std::string percent_value_ru(const std::optional<double>& v);  // «87,5 %»; «нет данных»
// A signed change: +2,5 / −1 / 0 (with the unit after it, if any).
std::string change_signed_ru(double v, const std::string& unit = "");

}  // namespace shnor::view
