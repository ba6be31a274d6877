#pragma once
// Pieces shared by the roadmap and the order annex: the annex mark and grif,
// lookups, and text styles of the printed documents.
#include <string>

#include "model/project.hpp"
#include "view/pdf_doc.hpp"

namespace shnor::view::pdf {

inline constexpr double kBodySize = 12, kTitleSize = 14, kTableSize = 10;

const model::ProgrammeYear* programme_year(const model::Project& p, int year);
std::string municipality_name(const model::Project& p, const std::string& id);
std::string person_name(const model::Project& p, const std::string& id);

// «Приложение № N к приказу министерства … от dd.mm.yyyy № …», top right
// (ГОСТ Р 7.0.97, отметка о приложении); the issuer in the genitive.
Paragraph annex_mark(const model::Order& order);
// «приказом министерства … от dd.mm.yyyy № …»
std::string order_ref(const model::Order& order);
// A grif (УТВЕРЖДАЮ / СОГЛАСОВАНО): the word in capitals, then the position,
// a signature line with the name, and the date; an empty date leaves the
// blank «___» to be filled in by hand. Right half when `right`.
void add_grif(std::vector<Block>& blocks, const std::string& word, const std::string& position,
              const std::string& name, const std::string& date, bool right);
Paragraph title(std::string text, int outline_level);
Paragraph text(std::string text, Face face = Face::Regular, Align align = Align::Justify,
               double size = kBodySize);

}  // namespace shnor::view::pdf
