#pragma once
// A calendar date without time zone; ordered, so overdue checks compare values.
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace shnor::model {

struct Date {
    int year = 0, month = 0, day = 0;
    auto operator<=>(const Date&) const = default;
    bool valid() const { return year > 0; }
    std::string iso() const;  // 2021-03-01
    long days() const;        // days since 1970-01-01 (proleptic Gregorian)
};

// Parses YYYY-MM-DD and checks that the day exists.
std::optional<Date> parse_date(std::string_view text);

}  // namespace shnor::model
