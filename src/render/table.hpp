#pragma once
// A table of open data, written as CSV (for spreadsheets in a Russian
// locale: UTF-8 with BOM, ";" separator, decimal comma, CRLF) and as JSON
// (an array of objects keyed by column). CSV is for people (Russian headers,
// Russian labels for coded values); JSON is for programs (stable English
// keys and codes).
#include <string>
#include <variant>
#include <vector>

namespace shnor::render {

using Cell = std::variant<std::monostate, std::string, long, double, bool>;

// The Russian text of a coded value (done -> выполнено), for CSV.
using Label = std::string (*)(const std::string& code);

struct Column {
    std::string key;                              // JSON key
    std::string header;                           // CSV header
    Label label = nullptr;                        // CSV text of a string cell; JSON keeps the code
    Column(const char* k) : key(k), header(k) {}  // NOLINT: plain tables in tests
    Column(const char* k, const char* h, Label l = nullptr) : key(k), header(h), label(l) {}
};

struct Table {
    std::vector<Column> columns;  // keys unique within a table
    std::vector<std::vector<Cell>> rows;
};

std::string to_csv(const Table& t);
std::string to_json(const Table& t);

// The same files in pieces, for writing them row by row: the CSV head (BOM
// and header line), CSV lines of rows, JSON array items (each a tabbed object,
// without the separating ",\n"), and the JSON array around joined items.
std::string csv_head(const std::vector<Column>& columns);
std::string csv_rows(const Table& t);
std::vector<std::string> json_items(const Table& t);
inline constexpr const char* kJsonItemSeparator = ",\n";
std::string json_open(bool empty);   // "[\n", or "[]" for an empty array
std::string json_close(bool empty);  // "\n]\n", or "\n"

}  // namespace shnor::render
