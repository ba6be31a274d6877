#include "view/format.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "model/labels.hpp"

namespace shnor::view {

using compute::Change;
using compute::IndicatorStatus;
using model::Level;
using model::MeasureStatus;
using model::ReviewStatus;

std::string date_ru(const model::Date& d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d.%02d.%04d", d.day, d.month, d.year);
    return buf;
}

std::string date_long_ru(const model::Date& d) {
    static const char* months[] = {"января", "февраля", "марта",    "апреля",  "мая",    "июня",
                                   "июля",   "августа", "сентября", "октября", "ноября", "декабря"};
    if (d.month < 1 || d.month > 12) return date_ru(d);
    return std::to_string(d.day) + " " + months[d.month - 1] + " " + std::to_string(d.year) + " г.";
}

std::string number_ru(double v, int max_decimals) {
    double scale = std::pow(10.0, max_decimals);
    double r = std::round(v * scale) / scale;
    if (r == 0) r = 0;  // no "-0"
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", max_decimals, std::fabs(r));
    std::string s = buf;
    if (auto dot = s.find('.'); dot != std::string::npos) {
        while (s.back() == '0') s.pop_back();
        if (s.back() == '.') s.pop_back();
    }
    auto dot = s.find('.');
    std::string whole = s.substr(0, dot), frac = dot == std::string::npos ? "" : s.substr(dot + 1);
    std::string grouped;
    for (std::size_t n = 0; n < whole.size(); ++n) {
        if (n > 0 && (whole.size() - n) % 3 == 0 && whole.size() > 4)
            grouped += "\u00a0";  // NBSP between thousands, not for 4-digit numbers
        grouped += whole[n];
    }
    std::string out = r < 0 ? "\u2212" + grouped : grouped;
    if (!frac.empty()) out += "," + frac;
    return out;
}

int percent_whole(double share) {
    if (!std::isfinite(share) || share <= 0) return 0;
    if (share >= 1) return share == 1 ? 100 : static_cast<int>(std::lround(share * 100));
    // Never 100 % for what is not done, never 0 % for what has begun.
    return std::clamp(static_cast<int>(std::lround(share * 100)), 1, 99);
}

std::string percent_ru(double share) {
    if (std::isfinite(share) && share > 1) return number_ru(share * 100.0, 0) + "\u00a0%";
    return std::to_string(percent_whole(share)) + "\u00a0%";
}

std::string level_ru(Level l) { return model::enum_label("level", model::key(l)); }
std::string level_ru(const std::optional<Level>& l) { return l ? level_ru(*l) : "нет данных"; }

std::string level_key(Level l) { return std::string(model::key(l)); }
std::string level_key(const std::optional<Level>& l) { return l ? level_key(*l) : "nodata"; }

std::string measure_status_ru(MeasureStatus s) {
    return model::enum_label("measure_status", model::key(s));
}
std::string measure_status_key(MeasureStatus s) { return std::string(model::key(s)); }

std::string review_status_ru(ReviewStatus s) {
    // A draft has no review yet, so no YAML value and no entry in the table.
    if (s == ReviewStatus::Draft) return "черновик";
    return model::enum_label("review_status", model::key(s));
}
std::string review_status_key(ReviewStatus s) { return std::string(model::key(s)); }

std::string indicator_status_ru(IndicatorStatus s) {
    switch (s) {
        case IndicatorStatus::Achieved:
            return "достигнут";
        case IndicatorStatus::OnTrack:
            return "в графике";
        case IndicatorStatus::Lagging:
            return "отстаёт";
        case IndicatorStatus::NoData:
            return "нет данных";
    }
    return "";
}
std::string indicator_status_key(IndicatorStatus s) {
    switch (s) {
        case IndicatorStatus::Achieved:
            return "achieved";
        case IndicatorStatus::OnTrack:
            return "on-track";
        case IndicatorStatus::Lagging:
            return "lagging";
        case IndicatorStatus::NoData:
            return "no-data";
    }
    return "";
}

std::string change_ru(Change c) {
    switch (c) {
        case Change::Improved:
            return "улучшение";
        case Change::Unchanged:
            return "без изменений";
        case Change::Worsened:
            return "ухудшение";
        case Change::NoData:
            return "нет данных";
    }
    return "";
}
std::string change_key(Change c) {
    switch (c) {
        case Change::Improved:
            return "improved";
        case Change::Unchanged:
            return "unchanged";
        case Change::Worsened:
            return "worsened";
        case Change::NoData:
            return "no-data";
    }
    return "";
}

std::string doc_kind_ru(model::DocKind k) { return model::enum_label("doc_kind", model::key(k)); }

std::string wave_ru(model::Wave w) { return model::enum_label("wave", model::key(w)); }

std::string role_ru(model::Role r) { return model::enum_label("role", model::key(r)); }

std::string attention_ru(compute::AttentionKind k) {
    switch (k) {
        case compute::AttentionKind::NoRoadmap:
            return "нет дорожной карты";
        case compute::AttentionKind::Returned:
            return "документ на доработке";
        case compute::AttentionKind::Overdue:
            return "просрочено мероприятие";
        case compute::AttentionKind::NoRecentVisit:
            return "давно не было посещения куратора";
        case compute::AttentionKind::AwaitingReview:
            return "документ ждёт рассмотрения";
        case compute::AttentionKind::Lagging:
            return "показатель отстаёт от цели";
    }
    return "";
}

std::string attention_key(compute::AttentionKind k) {
    switch (k) {
        case compute::AttentionKind::NoRoadmap:
            return "no-roadmap";
        case compute::AttentionKind::Returned:
            return "returned";
        case compute::AttentionKind::Overdue:
            return "overdue";
        case compute::AttentionKind::NoRecentVisit:
            return "no-recent-visit";
        case compute::AttentionKind::AwaitingReview:
            return "awaiting-review";
        case compute::AttentionKind::Lagging:
            return "lagging";
    }
    return "";
}

std::string outcome_ru(model::Outcome o) { return model::enum_label("outcome", model::key(o)); }

std::string settlement_ru(const model::School& s) {
    std::string out = model::enum_label("settlement", s.rural ? "village" : "town");
    if (s.small) out += ", малокомплектная школа";
    return out;
}

// Appended by the site helper.
std::string level_short_ru(const std::optional<Level>& l) {
    if (!l) return "?";
    switch (*l) {
        case Level::High:
            return "В";
        case Level::Medium:
            return "С";
        case Level::Low:
            return "Н";
        case Level::None:
            return "—";
    }
    return "?";
}

std::string direction_ru(model::Direction d) {
    return model::enum_label("direction", model::key(d));
}

std::string trend_ru(model::Trend t) { return model::enum_label("trend", model::key(t)); }

std::string respondent_ru(const std::string& source) {
    return model::enum_label("respondent", source);  // unknown: as is
}

// Appended by the PDF helper.
std::string value_unit_ru(double v, const std::string& unit) {
    return unit.empty() ? number_ru(v) : number_ru(v) + "\u00a0" + unit;
}

std::string initials_ru(const std::string& full_name) {
    // "Фамилия Имя Отчество" -> "И. О. Фамилия" (the signature's расшифровка).
    std::vector<std::string> parts;
    std::string cur;
    for (char c : full_name + " ") {
        if (c == ' ') {
            if (!cur.empty()) parts.push_back(cur);
            cur.clear();
        } else {
            cur.push_back(c);
        }
    }
    if (parts.size() < 2) return full_name;
    std::string out;
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const auto lead = static_cast<unsigned char>(parts[i][0]);
        const std::size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        out += parts[i].substr(0, len) + ".\u00a0";
    }
    return out + parts[0];
}

std::string capitalized_ru(std::string s) {
    if (s.empty()) return s;
    const auto c0 = static_cast<unsigned char>(s[0]);
    if (c0 >= 'a' && c0 <= 'z') {
        s[0] = static_cast<char>(c0 - 32);
    } else if (c0 == 0xD0 && s.size() > 1) {
        const auto c1 = static_cast<unsigned char>(s[1]);
        if (c1 >= 0xB0 && c1 <= 0xBF) s[1] = static_cast<char>(c1 - 0x20);  // а..п -> А..П
    } else if (c0 == 0xD1 && s.size() > 1) {
        const auto c1 = static_cast<unsigned char>(s[1]);
        if (c1 >= 0x80 && c1 <= 0x8F) {  // р..я -> Р..Я
            s[0] = static_cast<char>(0xD0);
            s[1] = static_cast<char>(c1 + 0x20);
        } else if (c1 == 0x91) {  // ё -> Ё
            s[0] = static_cast<char>(0xD0);
            s[1] = static_cast<char>(0x81);
        }
    }
    return s;
}

}  // namespace shnor::view
