#include "cli/cli.hpp"

#include <CLI/CLI.hpp>
#include <memory>

#include "cli/commands.hpp"
#include "cli/new_command.hpp"
#include "cli/russian.hpp"

namespace shnor::cli {

namespace {

// An empty path or id is a usage error (an empty --out once crashed, an
// empty school id exported the whole region).
const CLI::Validator kNonEmpty(
    [](std::string& value) { return value.empty() ? std::string("пустое значение") : ""; }, "");

void add_format(CLI::App& cmd, std::string& format) {
    cmd.add_option("--format", format,
                   "формат сообщений: text (по умолчанию), json, github, gitlab")
        ->type_name("ФОРМАТ")
        ->check(one_of({"text", "json", "github", "gitlab"}));
}

// `serve` reports to a person only: no --format.
void add_common(CLI::App& cmd, CommonArgs& a, bool with_format = true) {
    cmd.add_option("--content", a.options.content, "папка с данными (по умолчанию content)")
        ->type_name("ПАПКА")
        ->check(kNonEmpty);
    cmd.add_option("--as-of", a.as_of,
                   "дата отчёта ГГГГ-ММ-ДД (по умолчанию report_date из region.yaml)")
        ->type_name("ДАТА");
    cmd.add_flag("--strict", a.options.strict, "считать предупреждения ошибками");
    if (with_format) add_format(cmd, a.format);
    cmd.add_option("--jobs,-j", a.options.jobs,
                   "число потоков (по умолчанию 0 — по числу ядер процессора)")
        ->type_name("ЧИСЛО");
    auto* quiet = cmd.add_flag("--quiet,-q", a.quiet,
                               "только ошибки: без предупреждений, хода работы и итоговой строки");
    cmd.add_flag("--verbose,-v", a.verbose, "подробно: начало каждого этапа и его время")
        ->excludes(quiet);
}

void add_cache(CLI::App& cmd, CommonArgs& a, const char* where) {
    cmd.add_option("--cache", a.options.cache_dir,
                   std::string("папка кэша для быстрой повторной сборки (по умолчанию "
                               ".shnor-cache рядом с ") +
                       where + ")")
        ->type_name("ПАПКА");
    cmd.add_flag("--no-cache", a.no_cache, "собрать всё заново, без кэша");
}

void add_render(CLI::App& cmd, CommonArgs& a) {
    cmd.add_option("--templates", a.options.templates_dir,
                   "папка со своими шаблонами, заменяющими встроенные по одному файлу")
        ->type_name("ПАПКА");
    cmd.add_option("--font", a.options.font, "шрифт PDF: liberation (по умолчанию) или pt")
        ->type_name("ШРИФТ")
        ->check(one_of({"liberation", "pt"}));
}

CLI::App* add_serve(CLI::App& app, ServeArgs& a) {
    auto* cmd = app.add_subcommand(
        "serve", "собрать сайт и показывать его в браузере, пересобирая при каждом изменении");
    add_common(*cmd, a.common, false);
    add_render(*cmd, a.common);
    cmd->add_option("--port", a.port,
                    "порт на 127.0.0.1 (по умолчанию 8000; если занят — следующий свободный; "
                    "0 — любой свободный)")
        ->type_name("ПОРТ")
        ->check(CLI::Range(0, 65535).description(""));
    cmd->add_flag("--open", a.open, "открыть сайт в браузере (xdg-open), когда он собран");
    cmd->add_flag("--no-pdf", a.common.no_pdf, "не создавать PDF (быстрее)");
    add_cache(*cmd, a.common, "папкой данных");
    cmd->footer(
        "Страница в браузере обновляется сама после каждого сохранения файла в папке данных\n"
        "или шаблонов. Ошибка в данных показывается поверх страницы (файл, строка, столбец),\n"
        "а под ней остаётся последняя удачная сборка. Остановить: Ctrl-C.\n\n"
        "Пример:\n  shnor serve\n  shnor serve --port 8080 --open\n"
        "  shnor serve --content content --templates my-templates --no-pdf\n\n"
        "Код выхода: 0 — остановлен (Ctrl-C), 1 — не удалось запустить сервер, "
        "2 — неверные аргументы");
    return cmd;
}

// Help and --version go to stdout with exit 0; a usage error is one Russian
// line on stderr with where to read more, exit 2.
int usage_error(const CLI::App& app, const CLI::ParseError& e, std::ostream& out,
                std::ostream& err) {
    if (e.get_exit_code() == 0) {
        app.exit(e, out, err);
        return kOk;
    }
    std::string path = command_path(app), why = russian_error(e);
    // CLI11 takes an unknown command for a missing one; the words it could
    // not place stay with the deepest command given.
    const CLI::App& deepest = deepest_command(app);
    auto rest = deepest.remaining();
    if (rest.empty()) rest = app.remaining();
    const std::string word = rest.empty() ? std::string() : rest.front();
    if (dynamic_cast<const CLI::RequiredError*>(&e) && !word.empty() && word[0] != '-')
        why = "неизвестная команда \"" + word + "\"" + closest_name(deepest, word);
    else if (dynamic_cast<const CLI::ExtrasError*>(&e) && rest.size() == 1 && word.size() > 1 &&
             word[0] == '-')
        why = "неизвестный параметр \"" + word + "\"" + closest_name(deepest, word);
    err << path << ": " << why << "\n"
        << "Справка: " << path << " --help\n";
    return kUsage;
}

}  // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    CLI::App app{"shnor — сайт и PDF-документы проекта «500+» из данных YAML", "shnor"};
    // Subcommands copy the formatter and the help flag when they are added.
    app.formatter(std::make_shared<RussianFormatter>());
    app.set_help_flag("-h,--help", "показать эту справку и выйти");
    app.set_version_flag("--version", std::string("shnor ") + SHNOR_VERSION,
                         "показать версию и выйти");
    app.require_subcommand(1);
    app.footer(
        "Пример:\n  shnor check\n  shnor build --content content --out site\n  shnor serve "
        "--open\n\nЦвет в терминале отключается переменной окружения NO_COLOR");

    CommonArgs build_args, check_args;
    auto* build = app.add_subcommand("build", "проверить данные и собрать сайт и PDF");
    add_common(*build, build_args);
    build->add_option("--out", build_args.options.out, "папка для сайта (по умолчанию site)")
        ->type_name("ПАПКА")
        ->check(kNonEmpty);
    add_render(*build, build_args);
    build->footer("Пример:\n  shnor build --content content --out site --as-of 2022-12-31");
    build->add_flag("--no-pdf", build_args.no_pdf,
                    "не создавать PDF (только сайт и открытые данные)");
    add_cache(*build, build_args, "папкой сайта");

    ServeArgs serve_args;
    auto* serve = add_serve(app, serve_args);

    auto* check = app.add_subcommand("check", "только проверить данные, ничего не записывая");
    add_common(*check, check_args);
    check->footer(
        "Пример:\n  shnor check --content content --strict\n\n"
        "Код выхода: 0 — ошибок нет, 1 — в данных есть ошибки, 2 — неверные аргументы");

    ValidateArgs validate_args;
    auto* validate = app.add_subcommand("validate", "проверить файлы YAML по схеме");
    validate->add_option("--schema", validate_args.schema, "файл схемы (YAML)")
        ->type_name("ФАЙЛ")
        ->required();
    validate->add_option("ФАЙЛЫ", validate_args.files, "файлы данных")->required();
    add_format(*validate, validate_args.format);
    validate->footer(
        "Пример:\n  shnor validate --schema schemas/school.schema.yaml "
        "content/schools/sosh-1/school.yaml");

    CommonArgs export_args;
    auto* exp = app.add_subcommand("export", "выгрузить часть сайта отдельно");
    auto* export_school =
        exp->add_subcommand("school", "страница одной школы с её PDF — для сайта школы");
    export_school
        ->add_option("ШКОЛА", export_args.options.export_school,
                     "идентификатор школы, например sosh-1")
        ->required()
        ->check(kNonEmpty);
    export_school->add_option("ПАПКА", export_args.options.out, "папка для выгрузки")
        ->required()
        ->check(kNonEmpty);
    add_common(*export_school, export_args);
    add_render(*export_school, export_args);
    export_school->footer("Пример:\n  shnor export school sosh-1 sosh-1-site");
    exp->require_subcommand(1);
    exp->footer("Пример:\n  shnor export school sosh-1 sosh-1-site");

    std::string export_dir;
    auto* schemas = app.add_subcommand("schemas", "схемы данных");
    auto* schemas_export =
        schemas->add_subcommand("export", "записать схемы в JSON для редакторов");
    schemas_export->add_option("ПАПКА", export_dir, "папка для файлов .schema.json")
        ->required()
        ->check(kNonEmpty);
    schemas_export->footer("Пример:\n  shnor schemas export .vscode/schemas");
    schemas->require_subcommand(1);
    schemas->footer("Пример:\n  shnor schemas export .vscode/schemas");

    NewCommand new_cmd;
    add_new_commands(app, new_cmd);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return usage_error(app, e, out, err);
    }
    if (*build) return cmd_build(build_args, out, err);
    if (*check) return cmd_check(check_args, out, err);
    if (*serve) return cmd_serve(serve_args, out, err);
    if (*validate) return cmd_validate(validate_args, out, err);
    if (*export_school) return cmd_export_school(export_args, out, err);
    if (*schemas_export) return cmd_schemas_export(export_dir, out, err);
    if (auto code = run_new(new_cmd, out, err)) return *code;
    return kUsage;
}

}  // namespace shnor::cli
