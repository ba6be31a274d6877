#include "cli/new_command.hpp"

#include <functional>

#include "app/pipeline.hpp"
#include "cli/cli.hpp"
#include "diag/report.hpp"
#include "fs/file_system.hpp"
#include "load/content.hpp"
#include "model/build.hpp"
#include "scaffold/field_docs.hpp"
#include "scaffold/new_document.hpp"
#include "scaffold/new_school.hpp"
#include "scaffold/new_year.hpp"
#include "write/content_writer.hpp"

namespace shnor::cli {

namespace {

const char* kFolderHelp = "папка с данными (по умолчанию content)";

std::size_t count_todos(const std::string& text) {
    std::size_t n = 0;
    for (auto at = text.find("# TODO"); at != std::string::npos; at = text.find("# TODO", at + 1))
        ++n;
    return n;
}

std::size_t new_todos(const scaffold::Plan& plan, const load::Content& content,
                      const std::string& root) {
    std::size_t n = 0;
    for (const auto& [rel, bytes] : plan.created) n += count_todos(bytes);
    for (const auto& [rel, bytes] : plan.edited) {
        auto old = content.sources.find(fs::join(root, rel));
        n += count_todos(bytes) - (old == content.sources.end() ? 0 : count_todos(old->second));
    }
    return n;
}

int execute(const std::string& root, const std::string& name,
            const std::function<scaffold::Plan(const scaffold::Input&)>& make, std::ostream& out,
            std::ostream& err) {
    fs::DiskFileSystem disk;
    app::Options options;
    options.content = root;
    // What is added must fit the content as it is: it has to be valid first.
    auto checked = app::run_pipeline(options, disk, app::Stop::AfterCheck);
    if (!checked.ok()) {
        diag::report(checked.sink, checked.sources, diag::Format::Text, err);
        err << name << ": ничего не записано: сначала исправьте ошибки в данных ("
            << diag::summary(checked.sink.errors(), checked.sink.warnings()) << ")\n";
        return kContentErrors;
    }
    diag::Sink sink;
    load::Content content = load::load_content(disk, root, sink);
    model::Project project = model::build_project(content, sink);
    scaffold::Plan plan = make(scaffold::Input{content, project});
    if (!plan.refusal.empty()) {
        err << name << ": " << plan.refusal << "\n";
        return kUsage;
    }
    diag::Sink written;
    if (!write::write_content(root, {plan.created, plan.edited}, written)) {
        diag::report(written, {}, diag::Format::Text, err);
        err << name << ": ничего не записано\n";
        return kContentErrors;
    }
    out << "в папке " << root << ":\n";
    for (const auto& line : plan.report) out << "  " << line << "\n";
    if (auto todos = new_todos(plan, content, root))
        out << "осталось заполнить отметок TODO: " << todos << " (их места покажет shnor check "
            << "--content " << root << ")\n";
    return kOk;
}

void add_content(CLI::App& cmd, NewCommand& c) {
    cmd.add_option("--content", c.content, kFolderHelp)->type_name("ПАПКА");
}

}  // namespace

void add_new_commands(CLI::App& app, NewCommand& c) {
    auto* nw =
        app.add_subcommand("new", "создать заготовки: новую школу, документ, новый год программы");
    nw->require_subcommand(1);
    nw->footer(
        "Пример:\n  shnor new school sosh-5-ensk --municipality ensk\n"
        "  shnor new document sosh-5-ensk 2022 antirisk --risk rf07\n  shnor new year 2023\n\n"
        "Команды не перезаписывают существующие файлы и пишут только в папку с данными.\n"
        "То, что должен решить человек, помечено комментарием # TODO: shnor check\n"
        "показывает каждую отметку как предупреждение.");

    c.school = nw->add_subcommand(
        "school", "папка новой школы: паспорт, диагностики и программа развития с пояснениями");
    c.school
        ->add_option("ШКОЛА", c.id, "идентификатор школы: строчные латинские буквы, цифры и дефис")
        ->required();
    c.school
        ->add_option("--municipality", c.municipality, "муниципалитет (id из municipalities.yaml)")
        ->type_name("МО")
        ->required();
    add_content(*c.school, c);
    c.school->footer(
        "Пример:\n  shnor new school sosh-5-ensk --municipality ensk\n\n"
        "Создаёт в schools/<ШКОЛА>/ school.yaml, diagnostics.yaml и <ГОД>/programme.yaml;\n"
        "школа включается в последний год программы из region.yaml.");

    c.document = nw->add_subcommand("document", "заготовка документа школы на год программы");
    c.document->add_option("ШКОЛА", c.id, "идентификатор школы")->required();
    c.document->add_option("ГОД", c.year_number, "год программы")->required();
    c.document
        ->add_option("ВИД", c.kind, "вид документа: " + scaffold::allowed_words_of("doc_kind"))
        ->required();
    c.document
        ->add_option("--risk", c.risk, "фактор риска антирисковой программы (id из каталога года)")
        ->type_name("ФАКТОР");
    add_content(*c.document, c);
    c.document->footer(
        "Пример:\n  shnor new document sosh-3-ensk 2022 antirisk --risk rf07\n"
        "  shnor new document sosh-3-ensk 2022 programme");

    c.year =
        nw->add_subcommand("year",
                           "начать новый год программы: перенести участие, каталог и невыполненные "
                           "мероприятия");
    c.year->add_option("ГОД", c.year_number, "новый год программы (следующий за последним)")
        ->required();
    add_content(*c.year, c);
    c.year->footer(
        "Пример:\n  shnor new year 2023\n\n"
        "Дописывает год и приказ в region.yaml, копирует каталог факторов, добавляет год\n"
        "в people.yaml работавшим в прошлом году, продолжает участие школ с outcome:\n"
        "continues (вышедшие не переходят) и переносит невыполненные мероприятия в\n"
        "документы нового года с их историей (carried_from).");
}

std::optional<int> run_new(const NewCommand& c, std::ostream& out, std::ostream& err) {
    if (c.school && *c.school)
        return execute(
            c.content, "shnor new school",
            [&](const scaffold::Input& in) {
                return scaffold::new_school(in, c.id, c.municipality);
            },
            out, err);
    if (c.document && *c.document)
        return execute(
            c.content, "shnor new document",
            [&](const scaffold::Input& in) {
                return scaffold::new_document(in, c.id, c.year_number, c.kind, c.risk);
            },
            out, err);
    if (c.year && *c.year)
        return execute(
            c.content, "shnor new year",
            [&](const scaffold::Input& in) { return scaffold::new_year(in, c.year_number); }, out,
            err);
    return std::nullopt;
}

}  // namespace shnor::cli
