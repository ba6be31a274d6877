#include "view/pdf_annex.hpp"

#include <algorithm>

#include "view/format.hpp"
#include "view/pdf_common.hpp"

namespace shnor::view::pdf {
namespace {

struct Entry {
    std::string municipality, school, curator;
    diag::SourceLoc loc;
};

// A sort key for Russian lists: case-insensitive, ё as е, numbers by value
// («№ 2» before «№ 10»). Byte order would put every capital before «город».
std::string collation_key(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= '0' && c <= '9') {
            std::size_t j = i;
            while (j < s.size() && s[j] >= '0' && s[j] <= '9') ++j;
            const std::string digits = s.substr(i, j - i);
            out += std::string(digits.size() < 12 ? 12 - digits.size() : 0, '0') + digits;
            i = j - 1;
        } else if (c == 0xD0 && i + 1 < s.size()) {
            auto n = static_cast<unsigned char>(s[i + 1]);
            if (n == 0x81 || n == 0x95) n = 0xB5;   // Ё -> е
            if (n >= 0x90 && n <= 0x9F) n += 0x20;  // А..П -> а..п
            if (n >= 0xA0 && n <= 0xAF) {           // Р..Я -> р..я (0xD1 0x80..)
                out += "\xD1";
                out.push_back(static_cast<char>(n - 0x20));
            } else {
                out += "\xD0";
                out.push_back(static_cast<char>(n));
            }
            ++i;
        } else if (c == 0xD1 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x91) {
            out += "\xD0\xB5";  // ё -> е
            ++i;
        } else {
            out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
    }
    return out;
}

std::vector<Entry> entries(const model::Project& project,
                           const std::vector<compute::SchoolSummary>& schools, int year) {
    std::vector<Entry> out;
    for (const auto& s : schools) {
        const compute::YearSummary* y = s.year(year);
        if (!y || !y->participates) continue;
        out.push_back({municipality_name(project, s.municipality), s.name,
                       y->curator.empty() ? "—" : person_name(project, y->curator), s.loc});
    }
    // Keys made once per entry, not per comparison.
    std::vector<std::pair<std::string, std::size_t>> keys;
    keys.reserve(out.size());
    for (std::size_t i = 0; i < out.size(); ++i)
        keys.emplace_back(collation_key(out[i].municipality) + '\0' + collation_key(out[i].school),
                          i);
    std::stable_sort(keys.begin(), keys.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<Entry> sorted;
    sorted.reserve(out.size());
    for (const auto& [key, i] : keys) sorted.push_back(std::move(out[i]));
    return sorted;
}

}  // namespace

Document annex_document(const model::Project& project,
                        const std::vector<compute::SchoolSummary>& schools,
                        const model::ProgrammeYear& year, const model::Date& as_of) {
    Document doc;
    const std::string y = std::to_string(year.year);
    const std::string heading =
        "Перечень общеобразовательных организаций\u00a0— участников проекта «500+» в " + y +
        " году";
    doc.title = heading;
    doc.author = project.region.operator_name.empty() ? project.region.ministry
                                                      : project.region.operator_name;
    doc.subject = "Приложение к приказу " + year.order.issuer_genitive + " от " +
                  date_ru(year.order.date) + " № " + year.order.number;
    doc.keywords = "500+, ШНОР, перечень, " + y;
    doc.date = as_of.valid() ? as_of : year.order.date;

    Section s;
    s.blocks.push_back(annex_mark(year.order));
    s.blocks.push_back(title(heading, 1));
    s.blocks.push_back(Spacer{6});
    Table t;
    t.size = kTableSize + 1;
    t.header.push_back({Cell{"№ п/п", Face::Bold, Align::Center, {}},
                        Cell{"Муниципальное образование", Face::Bold, Align::Center, {}},
                        Cell{"Наименование ОО", Face::Bold, Align::Center, {}},
                        Cell{"Куратор", Face::Bold, Align::Center, {}}});
    const auto list = entries(project, schools, year.year);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const Entry& e = list[i];
        t.rows.push_back({Cell{std::to_string(i + 1) + ".", Face::Regular, Align::Right, {}},
                          Cell{e.municipality, Face::Regular, Align::Left, {}},
                          Cell{e.school, Face::Regular, Align::Left, e.loc},
                          Cell{e.curator, Face::Regular, Align::Left, {}}});
    }
    s.blocks.push_back(t);
    const long n = static_cast<long>(list.size());
    s.blocks.push_back(
        text("Всего: " + std::to_string(n) + " " +
                 plural_ru(n, "общеобразовательная организация", "общеобразовательные организации",
                           "общеобразовательных организаций") +
                 ".",
             Face::Regular, Align::Left));
    doc.sections.push_back(std::move(s));
    return doc;
}

}  // namespace shnor::view::pdf
