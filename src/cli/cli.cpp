#include "cli/cli.hpp"

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

namespace shnor::cli {

namespace {

void add_common(CLI::App& cmd, CommonArgs& a) {
    cmd.add_option("--content", a.options.content, "папка с данными (по умолчанию content)");
    cmd.add_option("--as-of", a.as_of,
                   "дата отчёта ГГГГ-ММ-ДД (по умолчанию report_date из region.yaml)");
    cmd.add_flag("--strict", a.options.strict, "считать предупреждения ошибками");
    cmd.add_option("--format", a.format, "формат сообщений: text, json, github")
        ->check(CLI::IsMember({"text", "json", "github"}));
}

}  // namespace

int run(int argc, const char* const* argv, std::ostream& out, std::ostream& err) {
    CLI::App app{"shnor — сайт и PDF-документы проекта «500+» из данных YAML", "shnor"};
    app.set_version_flag("--version", std::string("shnor ") + SHNOR_VERSION);
    app.require_subcommand(1);

    CommonArgs build_args, check_args;
    auto* build = app.add_subcommand("build", "проверить данные и собрать сайт и PDF");
    add_common(*build, build_args);
    build->add_option("--out", build_args.options.out, "папка для сайта (по умолчанию site)");
    build->add_option("--templates", build_args.options.templates_dir,
                      "папка со своими шаблонами, заменяющими встроенные по одному файлу");
    build->add_option("--font", build_args.options.font, "шрифт PDF: liberation или pt")
        ->check(CLI::IsMember({"liberation", "pt"}));

    auto* check = app.add_subcommand("check", "только проверить данные");
    add_common(*check, check_args);

    ValidateArgs validate_args;
    auto* validate = app.add_subcommand("validate", "проверить файлы YAML по схеме");
    validate->add_option("--schema", validate_args.schema, "файл схемы (YAML)")->required();
    validate->add_option("files", validate_args.files, "файлы данных")->required();
    validate->add_option("--format", validate_args.format, "формат сообщений: text, json, github")
        ->check(CLI::IsMember({"text", "json", "github"}));

    CommonArgs export_args;
    auto* exp = app.add_subcommand("export", "выгрузить часть сайта отдельно");
    auto* export_school =
        exp->add_subcommand("school", "страница одной школы с её PDF — для сайта школы");
    export_school->add_option("id", export_args.options.export_school, "идентификатор школы")
        ->required();
    export_school->add_option("dir", export_args.options.out, "папка для выгрузки")->required();
    add_common(*export_school, export_args);
    export_school->add_option("--templates", export_args.options.templates_dir,
                              "папка со своими шаблонами, заменяющими встроенные по одному файлу");
    export_school->add_option("--font", export_args.options.font, "шрифт PDF: liberation или pt")
        ->check(CLI::IsMember({"liberation", "pt"}));
    exp->require_subcommand(1);

    std::string export_dir;
    auto* schemas = app.add_subcommand("schemas", "схемы данных");
    auto* schemas_export =
        schemas->add_subcommand("export", "записать схемы в JSON для редакторов");
    schemas_export->add_option("dir", export_dir, "папка")->required();
    schemas->require_subcommand(1);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e, out, err);
        return code == 0 ? kOk : kUsage;
    }
    if (*build) return cmd_build(build_args, out, err);
    if (*check) return cmd_check(check_args, out, err);
    if (*validate) return cmd_validate(validate_args, out, err);
    if (*export_school) return cmd_export_school(export_args, out, err);
    if (*schemas_export) return cmd_schemas_export(export_dir, out, err);
    return kUsage;
}

}  // namespace shnor::cli
