// view/format is the one place values become text: keys for CSS/JSON and
// Russian words for people.
#include "view/format.hpp"

#include <catch2/catch.hpp>

using namespace shnor;
using compute::Change;
using compute::IndicatorStatus;
using model::Level;

TEST_CASE("stable keys for CSS classes and open data", "[view]") {
    CHECK(view::level_key(Level::None) == "none");
    CHECK(view::level_key(Level::High) == "high");
    CHECK(view::level_key(std::optional<Level>{}) == "nodata");
    CHECK(view::change_key(Change::Improved) == "improved");
    CHECK(view::change_key(Change::NoData) == "no-data");
    CHECK(view::indicator_status_key(IndicatorStatus::OnTrack) == "on-track");
    CHECK(view::measure_status_key(model::MeasureStatus::InProgress) == "in-progress");
}

TEST_CASE("Russian numbers, dates and plurals", "[view]") {
    CHECK(view::number_ru(12.5) == "12,5");
    CHECK(view::number_ru(12.0) == "12");
    CHECK(view::number_ru(-3) == "\u22123");
    CHECK(view::number_ru(-0.01) == "0");
    CHECK(view::number_ru(1234) == "1234");
    CHECK(view::number_ru(12345) == "12\u00a0345");
    CHECK(view::percent_ru(0.456) == "46\u00a0%");
    CHECK(view::date_ru({2020, 12, 29}) == "29.12.2020");
    CHECK(view::date_long_ru({2021, 3, 1}) == "1 марта 2021 г.");
    CHECK(std::string(view::plural_ru(1, "школа", "школы", "школ")) == "школа");
    CHECK(std::string(view::plural_ru(3, "школа", "школы", "школ")) == "школы");
    CHECK(std::string(view::plural_ru(11, "школа", "школы", "школ")) == "школ");
    CHECK(std::string(view::plural_ru(21, "школа", "школы", "школ")) == "школа");
    CHECK(view::level_ru(std::optional<Level>{}) == "нет данных");
    CHECK(view::indicator_status_ru(IndicatorStatus::Lagging) == "отстаёт");
}

TEST_CASE("percentages never round to 100 % or 0 % what is not exactly that", "[view]") {
    CHECK(view::percent_ru(535.0 / 537.0) == "99\u00a0%");
    CHECK(view::percent_ru((72.9 - 20) / (73 - 20)) == "99\u00a0%");  // an indicator short of 73
    CHECK(view::percent_ru(1.0) == "100\u00a0%");
    CHECK(view::percent_ru(0.0) == "0\u00a0%");
    CHECK(view::percent_ru(0.002) == "1\u00a0%");
    CHECK(view::percent_ru(0.994) == "99\u00a0%");
    CHECK(view::percent_ru(0.5) == "50\u00a0%");
    CHECK(view::percent_whole(0.999) == 99);
    CHECK(view::percent_whole(0.001) == 1);
}

TEST_CASE("headings start with a capital letter", "[view]") {
    CHECK(view::capitalized_ru("городской округ Энск") == "Городской округ Энск");
    CHECK(view::capitalized_ru("рабочий посёлок") == "Рабочий посёлок");
    CHECK(view::capitalized_ru("ёлкинский район") == "Ёлкинский район");
    CHECK(view::capitalized_ru("ozerki") == "Ozerki");
    CHECK(view::capitalized_ru("Озёрский район") == "Озёрский район");
    CHECK(view::capitalized_ru("«Школа»") == "«Школа»");
    CHECK(view::capitalized_ru("").empty());
}
