#include "render/table.hpp"

#include <catch2/catch_test_macros.hpp>
#include <limits>
#include <nlohmann/json.hpp>

using namespace shnor::render;

TEST_CASE("CSV: BOM, semicolons, CRLF, quoting, decimal comma", "[render]") {
    Table t{{"a", "b", "c", "d", "e"},
            {{std::string("x;y"), std::string("say \"hi\""), 12.5, 3L, true},
             {std::string("=SUM(A1)"), std::string("line\nbreak"), std::monostate{}, -0.0, false}}};
    CHECK(to_csv(t) ==
          "\xEF\xBB\xBF"
          "a;b;c;d;e\r\n"
          "\"x;y\";\"say \"\"hi\"\"\";12,5;3;да\r\n"
          "'=SUM(A1);\"line\nbreak\";;0;нет\r\n");
}

TEST_CASE("JSON: objects in column order, nulls, numbers", "[render]") {
    Table t{{"b", "a"}, {{std::string("ё"), 1.23456789}, {std::monostate{}, 2L}}};
    CHECK(to_json(t) ==
          "[\n\t{\n\t\t\"b\": \"ё\",\n\t\t\"a\": 1.2346\n\t},\n"
          "\t{\n\t\t\"b\": null,\n\t\t\"a\": 2\n\t}\n]\n");
}

TEST_CASE("JSON items are what nlohmann writes for the same objects", "[render]") {
    // json_items writes rows itself; the library's own dump of each row as
    // an ordered object, one level deeper, is the reference.
    const double nan = std::numeric_limits<double>::quiet_NaN();
    Table t{{"s", "l", "d", "b", "n"},
            {{std::string("\"\\/\b\f\n\r\t\x01\x1f\x7f ё €"), -9223372036854775807L - 1, 0.1, true,
              std::monostate{}},
             {std::string("\xff\xfe broken"), 0L, -0.0, false, 1e20},
             {std::string(), 42L, 1234567.891249, true, nan},
             {std::string("x")}}};
    std::vector<std::string> want;
    for (const auto& row : t.rows) {
        nlohmann::ordered_json obj = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < t.columns.size() && i < row.size(); ++i)
            obj[t.columns[i].key] = std::visit(
                [](const auto& v) -> nlohmann::ordered_json {
                    using V = std::decay_t<decltype(v)>;
                    if constexpr (std::is_same_v<V, std::monostate>)
                        return nullptr;
                    else if constexpr (std::is_same_v<V, double>)
                        return std::isfinite(v) ? nlohmann::ordered_json(std::round(v * 1e4) / 1e4)
                                                : nlohmann::ordered_json();
                    else
                        return v;
                },
                row[i]);
        std::string text =
            obj.dump(1, '\t', false, nlohmann::ordered_json::error_handler_t::replace);
        std::string item = "\t";
        for (char c : text) {
            item += c;
            if (c == '\n') item += '\t';
        }
        want.push_back(item);
    }
    CHECK(json_items(t) == want);
    CHECK(json_items(Table{{}, {{}}}) == std::vector<std::string>{"\t{}"});
}
