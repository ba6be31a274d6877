#pragma once
// A table of open data, written as CSV (for spreadsheets in a Russian
// locale: UTF-8 with BOM, ";" separator, decimal comma, CRLF) and as JSON
// (an array of objects keyed by column).
#include <string>
#include <variant>
#include <vector>

namespace shnor::render {

using Cell = std::variant<std::monostate, std::string, long, double, bool>;

struct Table {
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;
};

std::string to_csv(const Table& t);
std::string to_json(const Table& t);

}  // namespace shnor::render
