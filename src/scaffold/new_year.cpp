#include "scaffold/new_year.hpp"

#include "load/hints.hpp"
#include "scaffold/field_docs.hpp"
#include "scaffold/text.hpp"
#include "scaffold/yaml_out.hpp"

namespace shnor::scaffold {

namespace {

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    return s;
}

// Adds `item` (lines already indented past the dash) to a block list.
bool append_item(const Input& in, const std::string& rel, const std::string& key,
                 const std::vector<std::string>& lines, Plan& plan) {
    const load::ContentFile* f = in.file(rel);
    if (!f || !f->root) return false;
    const std::string& text = plan.edited.count(rel) ? plan.edited[rel] : in.source(*f);
    auto at = append_point(text, *f->root, key);
    if (!at) return false;
    std::string item = at->needs_newline ? "\n" : "";
    for (std::size_t k = 0; k < lines.size(); ++k)
        item += at->indent + (k == 0 ? "- " : "  ") + lines[k] + "\n";
    plan.edited[rel] = apply(text, {{at->at, 0, item}});
    return true;
}

bool add_region_year(const Input& in, int year, Plan& plan) {
    const model::ProgrammeYear& last = in.project.region.years.back();
    const model::Order& o = last.order;
    const std::string y = std::to_string(year), ly = std::to_string(last.year);
    std::vector<std::string> lines = {
        "year: " + y,
        "order:",
        "  issuer: " + yaml_string(o.issuer),
        "  issuer_genitive: " + yaml_string(o.issuer_genitive),
        "  number: " + load::quote_for_yaml(o.number) +
            todo_comment("номер приказа на " + y + " год (здесь — номер приказа " + ly + " года)"),
        "  date: " + shift_years(o.date, year - last.year).iso() +
            todo_comment("дата приказа (здесь — дата приказа " + ly + " года, сдвинутая на год)"),
        "  title: " + yaml_string(replace_all(o.title, ly, y)) + todo_comment("заголовок приказа"),
        "  annex: " + std::to_string(o.annex),
    };
    if (!append_item(in, "region.yaml", "years", lines, plan)) return false;
    plan.report.push_back("region.yaml: " + y + " год программы; номер, дату и заголовок приказа " +
                          "заполнить (TODO)");
    return true;
}

// The last year's catalogue under the new year: the same ids, so each
// factor is its own predecessor and `replaces` (which named the year
// before) goes.
bool copy_catalogue(const Input& in, int year, Plan& plan) {
    int last = year - 1;
    const load::ContentFile* f = in.file("catalogue/" + std::to_string(last) + ".yaml");
    const model::Catalogue* cat = in.project.catalogue(last);
    if (!f || !f->root || !cat) return false;
    const std::string& text = in.source(*f);
    std::vector<Edit> edits;
    if (const load::Node* y = f->root->get("year"))
        edits.push_back(replace_scalar(text, *y, std::to_string(year)));
    const load::Node* factors = f->root->get("factors");
    for (const auto& factor : factors ? factors->seq : std::vector<load::NodePtr>{}) {
        const load::Node* r = factor->get("replaces");
        if (!r) continue;
        Edit e = replace_scalar(text, *r, "");
        std::size_t start = text.rfind('\n', e.at) + 1, end = text.find('\n', e.at);
        std::string_view head(text.data() + start, e.at - start);
        if (head.find_first_not_of(' ') == head.rfind("replaces:") && end != std::string::npos)
            edits.push_back({start, end + 1 - start, ""});  // the whole line
        else
            edits.push_back(replace_scalar(text, *r, factor->get("id")->s));
    }
    std::string ly = std::to_string(last), y = std::to_string(year);
    std::string header =
        "# Каталог факторов риска на " + y +
        " год, скопированный командой shnor new year из\n"
        "# каталога " +
        ly + " года. У факторов те же id, что в " + ly +
        " году, поэтому\n"
        "# replaces не нужен. Если фактор изменился, дайте ему новый id и укажите\n"
        "# replaces: <id в каталоге " +
        ly +
        " года>.\n"
        "# TODO: сверьте каталог с перечнем факторов риска на " +
        y + " год\n";
    std::string rel = "catalogue/" + y + ".yaml";
    plan.created[rel] = header + apply(text, edits);
    plan.report.push_back(rel + ": каталог " + ly +
                          " года, факторов: " + std::to_string(cat->factors.size()));
    return true;
}

bool continue_school(const Input& in, const model::School& s, const model::Participation& part,
                     int year, Plan& plan) {
    std::string rel = "schools/" + s.id + "/school.yaml";
    std::vector<std::string> lines = {
        "year: " + std::to_string(year),
        "curator: " + part.curator + "  # куратор " + std::to_string(part.year) +
            " года; сменился — укажите нового",
        "basis: " +
            yaml_string("продолжение участия по итогам " + std::to_string(part.year) + " года"),
        "outcome: continues  # итог года: " + allowed_words_of("outcome"),
    };
    if (!append_item(in, rel, "participation", lines, plan)) return false;
    plan.report.push_back(rel + ": участие в " + std::to_string(year) + " году, куратор " +
                          part.curator);
    return true;
}

// Why the year cannot start; empty when it can.
std::string check_year(const model::Region& region, int year) {
    if (region.years.empty()) return "в region.yaml нет ни одного года программы";
    const std::string last = std::to_string(region.years.back().year), y = std::to_string(year);
    if (year <= region.years.back().year)
        return y + " год уже есть в region.yaml (последний год программы — " + last + ")";
    if (year != region.years.back().year + 1)
        return "новый год программы следует за последним (" + last +
               "): " + std::to_string(region.years.back().year + 1) + ", а не " + y;
    return {};
}

// Continues each school that did not leave; false at the first school.yaml it cannot edit.
bool carry_schools(const Input& in, int year, Plan& plan) {
    int schools = 0;
    const std::string y = std::to_string(year), last = std::to_string(year - 1);
    for (const auto& s : in.project.schools) {
        const model::Participation* part = s.in_year(year - 1);
        if (!part) continue;
        if (part->outcome == model::Outcome::Exited) {
            plan.report.push_back("schools/" + s.id + ": не переходит в " + y +
                                  " год (вышла из перечня по итогам " + last + " года)");
            continue;
        }
        if (!continue_school(in, s, *part, year, plan)) {
            plan.refusal = "schools/" + s.id +
                           "/school.yaml: список participation записан не блоком «- year: …»: "
                           "допишите год вручную";
            return false;
        }
        carry_measures(s, year, plan);
        ++schools;
    }
    plan.report.push_back("перечень школ на " + y + " год: " + std::to_string(schools));
    return true;
}

}  // namespace

Plan new_year(const Input& in, int year) {
    Plan plan;
    plan.refusal = check_year(in.project.region, year);
    if (!plan.refusal.empty()) return plan;
    if (!add_region_year(in, year, plan))
        plan.refusal =
            "в region.yaml список years записан не блоком «- year: …»: допишите год вручную";
    else if (!copy_catalogue(in, year, plan))
        plan.refusal = "нет каталога catalogue/" + std::to_string(year - 1) +
                       ".yaml, из которого копируется каталог";
    else if (!carry_people(in, year, plan))
        plan.refusal =
            "в people.yaml список years записан так, что его не дописать: допишите год вручную";
    else
        carry_schools(in, year, plan);
    return plan;
}

}  // namespace shnor::scaffold
