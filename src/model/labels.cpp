#include "model/labels.hpp"

#include <algorithm>
#include <stdexcept>

namespace shnor::model {

const std::vector<EnumTable>& enum_tables() {
    static const std::vector<EnumTable> tables = {
        {"level",
         {{"high", "высокий"}, {"medium", "средний"}, {"low", "низкий"}, {"none", "нет риска"}}},
        {"direction",
         {{"higher-is-worse", "чем выше, тем хуже"}, {"lower-is-worse", "чем ниже, тем хуже"}}},
        {"trend", {{"increase", "должно расти"}, {"decrease", "должно снижаться"}}},
        {"wave", {{"initial", "входная диагностика"}, {"final", "итоговая диагностика"}}},
        {"measure_status",
         {{"planned", "запланировано"},
          {"in-progress", "выполняется"},
          {"done", "выполнено"},
          {"cancelled", "отменено"}}},
        {"review_status",
         {{"submitted", "на согласовании"},
          {"returned", "на доработке"},
          {"accepted", "согласовано"}}},
        {"doc_kind",
         {{"concept", "концептуальный документ"},
          {"programme", "среднесрочная программа развития"},
          {"antirisk", "антирисковая программа"}}},
        {"outcome", {{"continues", "продолжает участие"}, {"exited", "вышла из перечня"}}},
        {"role",
         {{"curator", "куратор"},
          {"regional-coordinator", "региональный координатор"},
          {"municipal-coordinator", "муниципальный координатор"}}},
        {"settlement", {{"town", "город"}, {"village", "село"}}},
        {"visit_format",
         {{"visit", "посещение школы"},
          {"online", "онлайн-встреча"},
          {"consultation", "консультация"}}},
        {"assessment",
         {{"vpr", "ВПР"}, {"oge", "ОГЭ"}, {"ege", "ЕГЭ"}, {"regional", "региональная работа"}}},
        {"support",
         {{"consultation", "консультационная"},
          {"methodical", "методическая"},
          {"organisational", "организационная"},
          {"resource", "ресурсная"}}},
        {"measure_period",
         {{"calendar", "календарный год"},
          {"school-year", "учебный год (до 31 августа следующего года)"}}},
        {"respondent",
         {{"director", "директор"},
          {"teachers", "учителя"},
          {"students", "обучающиеся"},
          {"parents", "родители"}}},
    };
    return tables;
}

const EnumTable* enum_table_for(const std::vector<std::string>& keys) {
    for (const auto& t : enum_tables()) {
        if (t.choices.size() != keys.size()) continue;
        bool all = std::all_of(t.choices.begin(), t.choices.end(), [&](const EnumChoice& c) {
            return std::find(keys.begin(), keys.end(), c.key) != keys.end();
        });
        if (all) return &t;
    }
    return nullptr;
}

const EnumTable& enum_table(std::string_view name) {
    for (const auto& t : enum_tables())
        if (t.name == name) return t;
    throw std::out_of_range("no enum table " + std::string(name));
}

std::string enum_label(std::string_view table, std::string_view key) {
    for (const auto& c : enum_table(table).choices)
        if (c.key == key) return std::string(c.label);
    return std::string(key);
}

std::string_view key(Level v) {
    constexpr std::string_view keys[] = {"none", "low", "medium", "high"};
    return keys[static_cast<int>(v)];
}
std::string_view key(Direction v) {
    return v == Direction::HigherIsWorse ? "higher-is-worse" : "lower-is-worse";
}
std::string_view key(Trend v) { return v == Trend::Increase ? "increase" : "decrease"; }
std::string_view key(Wave v) { return v == Wave::Initial ? "initial" : "final"; }
std::string_view key(MeasureStatus v) {
    constexpr std::string_view keys[] = {"planned", "in-progress", "done", "cancelled"};
    return keys[static_cast<int>(v)];
}
std::string_view key(ReviewStatus v) {
    constexpr std::string_view keys[] = {"draft", "submitted", "returned", "accepted"};
    return keys[static_cast<int>(v)];
}
std::string_view key(DocKind v) {
    constexpr std::string_view keys[] = {"concept", "programme", "antirisk"};
    return keys[static_cast<int>(v)];
}
std::string_view key(Outcome v) { return v == Outcome::Continues ? "continues" : "exited"; }
std::string_view key(Role v) {
    constexpr std::string_view keys[] = {"curator", "regional-coordinator",
                                         "municipal-coordinator"};
    return keys[static_cast<int>(v)];
}

}  // namespace shnor::model
