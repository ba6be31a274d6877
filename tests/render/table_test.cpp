#include "render/table.hpp"

#include <catch2/catch_test_macros.hpp>

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
