#include "render/table.hpp"

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
    bool needs = s.find_first_of(";\"\r\n") != std::string::npos ||
                 (!s.empty() && (s.front() == ' ' || s.back() == ' '));
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

std::vector<std::string> json_items(const Table& t) {
    std::vector<std::string> items;
    for (const auto& row : t.rows) {
        // nlohmann's object sorts keys; an ordered_json keeps the column order.
        nlohmann::ordered_json obj = nlohmann::ordered_json::object();
        for (std::size_t i = 0; i < t.columns.size() && i < row.size(); ++i)
            obj[t.columns[i].key] = json_cell(row[i]);
        const std::string text =
            obj.dump(1, '\t', false, nlohmann::ordered_json::error_handler_t::replace);
        // One level deeper than on its own: inside the array.
        std::string item = "\t";
        for (char c : text) {
            item += c;
            if (c == '\n') item += '\t';
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
