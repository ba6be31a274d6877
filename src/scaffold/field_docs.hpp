#pragma once
// The comments of generated files come from the embedded schemas (each
// field's description) and model/labels (each allowed word with its Russian
// meaning), so a skeleton explains exactly what `check` will accept and no
// text is written twice.
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.hpp"
#include "load/node.hpp"

namespace shnor::scaffold {

class FieldDocs {
public:
    // The schema file's name in schemas/, e.g. "school.schema.yaml". A
    // missing schema is a bug: it throws std::out_of_range.
    explicit FieldDocs(const std::string& schema);

    // Comment lines (without "# ") for a field, by its path of property
    // names from the file's root, through arrays: {"participation", "curator"}.
    // The description, then "допустимые значения: town — город, village — село"
    // for an enumerated field.
    std::vector<std::string> lines(const std::vector<std::string_view>& path) const;

private:
    load::NodePtr root_;
    const load::Node* field(const std::vector<std::string_view>& path) const;
    const load::Node* resolve(const load::Node* n) const;
};

// "town — город, village — село": a model/labels table; the words alone for
// an enum without labels (levels of education).
std::string allowed_words(const std::vector<std::string>& keys);
// The same for every word of a model/labels table: allowed_words_of("outcome").
std::string allowed_words_of(std::string_view table);

}  // namespace shnor::scaffold
