#include "view/pdf_common.hpp"

#include "view/format.hpp"

namespace shnor::view::pdf {
namespace {

// The right-hand block starts at the middle of a portrait page body.
constexpr double kMarkIndent = 250;

}  // namespace

const model::ProgrammeYear* programme_year(const model::Project& p, int year) {
    for (const auto& y : p.region.years)
        if (y.year == year) return &y;
    return nullptr;
}

std::string municipality_name(const model::Project& p, const std::string& id) {
    for (const auto& m : p.municipalities)
        if (m.id == id) return m.name;
    return id;
}

std::string person_name(const model::Project& p, const std::string& id) {
    for (const auto& m : p.people)
        if (m.id == id) return m.name;
    return id;
}

Paragraph annex_mark(const model::Order& order) {
    Paragraph p;
    p.text = "Приложение №\u00a0" + std::to_string(order.annex) + "\nк приказу " +
             order.issuer_genitive + "\nот " + date_ru(order.date) + " №\u00a0" + order.number;
    p.style = {Face::Regular, kBodySize, Align::Left};
    p.indent_left = kMarkIndent;
    p.space_after = 12;
    return p;
}

std::string order_ref(const model::Order& order) {
    return "приказом " + order.issuer_genitive + " от " + date_ru(order.date) + " №\u00a0" +
           order.number;
}

void add_grif(std::vector<Block>& blocks, const std::string& word, const std::string& position,
              const std::string& name, const std::string& date, bool right) {
    Paragraph head;
    head.text = word;
    head.style = {Face::Bold, kBodySize, Align::Left};
    head.indent_left = right ? kMarkIndent : 0;
    blocks.push_back(head);
    Paragraph body = head;
    body.style.face = Face::Regular;
    body.text = position + "\n________________ " + name + "\n" +
                (date.empty() ? "«____» ______________ 20___ г." : date);
    body.space_after = 12;
    blocks.push_back(body);
}

Paragraph title(std::string text, int outline_level) {
    Paragraph p;
    p.text = std::move(text);
    p.style = {Face::Bold, kTitleSize, Align::Center};
    p.space_before = 6;
    p.space_after = 6;
    p.keep_with_next = true;
    p.outline_level = outline_level;
    return p;
}

Paragraph text(std::string s, Face face, Align align, double size) {
    Paragraph p;
    p.text = std::move(s);
    p.style = {face, size, align};
    p.space_after = 3;
    return p;
}

}  // namespace shnor::view::pdf
