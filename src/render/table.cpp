#include "render/table.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace shnor::render {
namespace {

std::string decimal(double v) {
    if (!std::isfinite(v)) return "";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    std::string s = buf;
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
    if (s == "-0") s = "0";
    for (char& c : s)
        if (c == '.') c = ',';
    return s;
}

std::string quote(std::string s) {
    // Spreadsheets run cells that start like a formula: neutralise them.
    if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@')) s = "'" + s;
    bool needs = !s.empty() && (s.front() == ' ' || s.back() == ' ');
    for (char c : s) needs = needs || c == ';' || c == '"' || c == '\r' || c == '\n';
    if (!needs) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

std::string csv_cell(const Cell& c) {
    struct {
        std::string operator()(std::monostate) const { return ""; }
        std::string operator()(const std::string& s) const { return quote(s); }
        std::string operator()(long v) const { return std::to_string(v); }
        std::string operator()(double v) const { return decimal(v); }
        std::string operator()(bool b) const { return b ? "да" : "нет"; }
    } visit;
    return std::visit(visit, c);
}

nlohmann::ordered_json json_cell(const Cell& c) {
    struct {
        nlohmann::ordered_json operator()(std::monostate) const { return nullptr; }
        nlohmann::ordered_json operator()(const std::string& s) const { return s; }
        nlohmann::ordered_json operator()(long v) const { return v; }
        nlohmann::ordered_json operator()(double v) const {
            return std::isfinite(v) ? nlohmann::ordered_json(std::round(v * 1e4) / 1e4)
                                    : nlohmann::ordered_json();
        }
        nlohmann::ordered_json operator()(bool b) const { return b; }
    } visit;
    return std::visit(visit, c);
}

}  // namespace

std::string csv_head(const std::vector<Column>& columns) {
    std::string out = "\xEF\xBB\xBF";
    for (std::size_t i = 0; i < columns.size(); ++i)
        out += (i ? ";" : "") + quote(columns[i].header);
    return out + "\r\n";
}

std::string csv_rows(const Table& t) {
    std::string out;
    for (const auto& row : t.rows) {
        for (std::size_t i = 0; i < row.size(); ++i) {
            const auto* code = std::get_if<std::string>(&row[i]);
            Label label = i < t.columns.size() ? t.columns[i].label : nullptr;
            out += i ? ";" : "";
            out += code && label && !code->empty() ? quote(label(*code)) : csv_cell(row[i]);
        }
        out += "\r\n";
    }
    return out;
}

// Each row is written as nlohmann's dump(1, '\t') of an ordered object
// would be, one level deeper, but without building that object and
// re-indenting its text (9 % of a clean build's CPU): the library still
// writes every key and value, as scalars.
std::vector<std::string> json_items(const Table& t) {
    std::vector<std::string> keys;
    for (const auto& c : t.columns)
        keys.push_back("\t\t" + nlohmann::ordered_json(c.key).dump() + ": ");
    std::vector<std::string> items;
    items.reserve(t.rows.size());
    for (const auto& row : t.rows) {
        std::size_t n = std::min(keys.size(), row.size());
        std::string item = n ? "\t{\n" : "\t{}";
        for (std::size_t i = 0; i < n; ++i) {
            item += keys[i];
            item += json_cell(row[i]).dump(-1, ' ', false,
                                           nlohmann::ordered_json::error_handler_t::replace);
            item += i + 1 < n ? ",\n" : "\n\t}";
        }
        items.push_back(std::move(item));
    }
    return items;
}

std::string json_open(bool empty) { return empty ? "[]" : "[\n"; }
std::string json_close(bool empty) { return empty ? "\n" : "\n]\n"; }

std::string to_csv(const Table& t) { return csv_head(t.columns) + csv_rows(t); }

std::string to_json(const Table& t) {
    const auto items = json_items(t);
    std::string out = json_open(items.empty());
    for (std::size_t i = 0; i < items.size(); ++i) out += (i ? kJsonItemSeparator : "") + items[i];
    return out + json_close(items.empty());
}

}  // namespace shnor::render
