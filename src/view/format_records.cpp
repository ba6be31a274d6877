// Russian text of the records of issue #15; labels from model/labels.
#include <array>

#include "model/labels.hpp"
#include "view/format.hpp"

namespace shnor::view {

std::string visit_format_ru(const std::string& key) {
    return model::enum_label("visit_format", key);
}

std::string assessment_ru(const std::string& key) { return model::enum_label("assessment", key); }

std::string support_ru(const std::vector<std::string>& keys) {
    std::string out;
    for (const auto& k : keys) out += (out.empty() ? "" : ", ") + model::enum_label("support", k);
    return out;
}

std::string regional_indicator_ru(std::size_t index) {
    static const std::array<const char*, model::kRegionalIndicators> titles = {
        "Массовость достижения базовых результатов",
        "Развитие талантов обучающихся",
        "Прозрачность образовательного процесса и объективность оценки его результатов",
        "Качество образовательной среды",
        "Индивидуализация образовательного процесса",
        "Результаты участия в региональных и федеральных программах подготовки выпускников",
    };
    return index < titles.size() ? titles[index] : "";
}

std::string percent_value_ru(const std::optional<double>& v) {
    return v ? number_ru(*v) + "\u00a0%" : "нет данных";
}

std::string change_signed_ru(double v, const std::string& unit) {
    std::string n = number_ru(v);
    std::string sign = n == "0" ? "" : v > 0 ? "+" : "";
    return sign + n + (unit.empty() ? "" : "\u00a0" + unit);
}

}  // namespace shnor::view
