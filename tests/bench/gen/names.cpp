// Russian names for generated people and municipalities: combinations of
// short lists, so every index gives a plausible, mostly distinct name.
#include <array>
#include <string>

#include "gen.hpp"

namespace shnor::bench {

namespace {

// Surnames ending in -ов/-ев/-ин take "а" in the feminine.
constexpr std::array kSurnames = {
    "Иванов",  "Смирнов", "Кузнецов", "Попов",    "Васильев", "Петров",   "Соколов", "Михайлов",
    "Новиков", "Фёдоров", "Морозов",  "Волков",   "Алексеев", "Лебедев",  "Семёнов", "Егоров",
    "Павлов",  "Козлов",  "Степанов", "Николаев", "Орлов",    "Андреев",  "Макаров", "Никитин",
    "Захаров", "Зайцев",  "Соловьёв", "Борисов",  "Яковлев",  "Григорьев"};
constexpr std::array kMaleNames = {"Александр", "Сергей", "Андрей",   "Дмитрий", "Алексей",
                                   "Михаил",    "Игорь",  "Владимир", "Николай", "Павел"};
constexpr std::array kFemaleNames = {"Елена",    "Ольга",  "Наталья", "Татьяна", "Ирина",
                                     "Светлана", "Марина", "Анна",    "Юлия",    "Галина"};
struct Patronymic {
    const char* male;
    const char* female;
};
constexpr std::array<Patronymic, 12> kPatronymics = {{{"Сергеевич", "Сергеевна"},
                                                      {"Александрович", "Александровна"},
                                                      {"Викторович", "Викторовна"},
                                                      {"Николаевич", "Николаевна"},
                                                      {"Петрович", "Петровна"},
                                                      {"Иванович", "Ивановна"},
                                                      {"Юрьевич", "Юрьевна"},
                                                      {"Михайлович", "Михайловна"},
                                                      {"Владимирович", "Владимировна"},
                                                      {"Анатольевич", "Анатольевна"},
                                                      {"Геннадьевич", "Геннадьевна"},
                                                      {"Борисович", "Борисовна"}}};

// Adjective stems: "Озёр" + "ский"; prefixed ones are written lower-case.
struct Stem {
    const char* upper;
    const char* lower;
};
constexpr std::array<Stem, 20> kStems = {
    {{"Озёр", "озёр"},         {"Берёзов", "берёзов"}, {"Камен", "камен"},
     {"Лугов", "лугов"},       {"Соснов", "соснов"},   {"Долин", "долин"},
     {"Полян", "полян"},       {"Речен", "речен"},     {"Бор", "бор"},
     {"Ключев", "ключев"},     {"Ольхов", "ольхов"},   {"Липов", "липов"},
     {"Сосногор", "сосногор"}, {"Яблонов", "яблонов"}, {"Кедров", "кедров"},
     {"Сторожев", "сторожев"}, {"Покров", "покров"},   {"Знамен", "знамен"},
     {"Успен", "успен"},       {"Николь", "николь"}}};
constexpr std::array kPrefixes = {"",       "Верхне", "Нижне", "Ново",   "Старо",
                                  "Красно", "Бело",   "Южно",  "Северо", "Заречно"};

std::string pad(std::size_t n, int width) {
    std::string s = std::to_string(n);
    if (s.size() < static_cast<std::size_t>(width)) s.insert(0, width - s.size(), '0');
    return s;
}

}  // namespace

std::string person_name(std::size_t i) {
    bool female = i % 2 == 0;
    std::string surname = kSurnames[i % kSurnames.size()];
    std::size_t j = i / kSurnames.size();
    const auto& p = kPatronymics[(j / kMaleNames.size()) % kPatronymics.size()];
    if (female) return surname + "а " + kFemaleNames[j % kFemaleNames.size()] + " " + p.female;
    return surname + " " + kMaleNames[j % kMaleNames.size()] + " " + p.male;
}

Municipality municipality(std::size_t i) {
    const Stem& stem = kStems[i % kStems.size()];
    std::size_t j = i / kStems.size();
    std::string prefix = kPrefixes[j % kPrefixes.size()];
    std::string adj = prefix.empty() ? stem.upper : prefix + stem.lower;
    std::size_t round = j / kPrefixes.size();  // beyond 200 names: numbered
    std::string suffix = round == 0 ? "" : " № " + std::to_string(round + 1);
    Municipality m;
    m.id = "mo-" + pad(i + 1, 4);
    if (i % 7 == 3) {
        m.kind = "городской округ";
        m.name = "городской округ " + adj + "ск" + suffix;
    } else if (i % 3 == 1) {
        m.kind = "муниципальный округ";
        m.name = adj + "ский муниципальный округ" + suffix;
    } else {
        m.kind = "муниципальный район";
        m.name = adj + "ский муниципальный район" + suffix;
    }
    return m;
}

}  // namespace shnor::bench
