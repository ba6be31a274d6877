#pragma once
// The Russian label of every enumerated value of the content format: the one
// source for messages (validate/ lists "done (выполнено)"), pages, PDFs and
// open data (view/format). The schemas' enums must hold exactly these keys
// (tests/model/labels_test.cpp).
#include <string>
#include <string_view>
#include <vector>

#include "model/project.hpp"

namespace shnor::model {

struct EnumChoice {
    std::string_view key;    // as written in YAML: done
    std::string_view label;  // as read by people: выполнено
};

struct EnumTable {
    std::string_view name;  // measure_status, settlement, ...
    std::vector<EnumChoice> choices;
};

const std::vector<EnumTable>& enum_tables();
// The table with exactly these keys (in any order); nullptr for none.
const EnumTable* enum_table_for(const std::vector<std::string>& keys);
// The table of a name; throws std::out_of_range for an unknown name (a bug).
const EnumTable& enum_table(std::string_view name);
// The label of a key in a table; the key itself when it has none.
std::string enum_label(std::string_view table, std::string_view key);

std::string_view key(Level v);
std::string_view key(Direction v);
std::string_view key(Trend v);
std::string_view key(Wave v);
std::string_view key(MeasureStatus v);
std::string_view key(ReviewStatus v);  // Draft: "draft" (never written in YAML)
std::string_view key(DocKind v);
std::string_view key(Outcome v);
std::string_view key(Role v);

}  // namespace shnor::model
