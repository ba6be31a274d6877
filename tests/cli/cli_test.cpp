// The real binary, as users and CI call it: exit codes and what it prints.
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "support/fixtures.hpp"
#include "support/run_shnor.hpp"

namespace stdfs = std::filesystem;

namespace {

using shnor::test::run_shnor;

std::string mini() { return shnor::test::test_dir() + "/fixtures/mini/content"; }

}  // namespace

TEST_CASE("usage errors exit with 2", "[cli]") {
    CHECK(run_shnor("").code == 2);
    CHECK(run_shnor("frobnicate").code == 2);
    CHECK(run_shnor("check --no-such-flag").code == 2);
    auto r = run_shnor("check --content " + mini() + " --as-of 2021-13-01");
    CHECK(r.code == 2);
    CHECK(r.output == "shnor: --as-of: \"2021-13-01\" не является датой ГГГГ-ММ-ДД\n");
    CHECK(run_shnor("check --format xml").code == 2);
}

TEST_CASE("--help and --version", "[cli]") {
    auto v = run_shnor("--version");
    CHECK(v.code == 0);
    CHECK(v.output.rfind("shnor ", 0) == 0);
    auto h = run_shnor("--help");
    CHECK(h.code == 0);
    CHECK(h.output.find("build") != std::string::npos);
    CHECK(h.output.find("check") != std::string::npos);
}

TEST_CASE("check prints a clean summary for a clean region", "[cli]") {
    auto r = run_shnor("check --content " + mini());
    CHECK(r.code == 0);
    CHECK(r.output == "проверено: 2 школы; ошибок нет\n");
}

TEST_CASE("content errors exit with 1, in every format", "[cli]") {
    auto dir = stdfs::temp_directory_path() / "shnor-cli-bad";
    stdfs::remove_all(dir);
    stdfs::copy(mini(), dir, stdfs::copy_options::recursive);
    {
        std::ofstream f(dir / "people.yaml", std::ios::app);
        f << "  - id: a\n    id: b\n";
    }
    auto text = run_shnor("check --content " + dir.string());
    CHECK(text.code == 1);
    CHECK(text.output.find("people.yaml:18:5: ошибка: ключ \"id\" повторяется") !=
          std::string::npos);
    auto gh = run_shnor("check --format github --content " + dir.string());
    CHECK(gh.code == 1);
    CHECK(gh.output.find("::error file=") == 0);
    CHECK(gh.output.find(",line=18,col=5,title=") != std::string::npos);
    auto js = run_shnor("check --format json --content " + dir.string());
    CHECK(js.code == 1);
    CHECK(js.output.find("\"line\": 18") != std::string::npos);
    CHECK(run_shnor("check --content /nonexistent/shnor").code == 1);
}

TEST_CASE("build writes the site, and a failed build keeps the old one", "[cli]") {
    auto base = stdfs::temp_directory_path() / "shnor-cli-build";
    stdfs::remove_all(base);
    stdfs::create_directories(base);
    auto out = (base / "site").string();
    auto r = run_shnor("build --content " + mini() + " --out " + out);
    INFO(r.output);
    REQUIRE(r.code == 0);
    CHECK(stdfs::exists(out + "/index.html"));
    CHECK(stdfs::exists(out + "/schools/sosh-1/index.html"));
    auto before = shnor::test::read_file(out + "/index.html");

    auto bad = base / "bad";
    stdfs::copy(mini(), bad, stdfs::copy_options::recursive);
    std::ofstream(bad / "region.yaml", std::ios::app) << "name: again\n";
    auto failed = run_shnor("build --content " + bad.string() + " --out " + out);
    CHECK(failed.code == 1);
    CHECK(shnor::test::read_file(out + "/index.html") == before);
}

TEST_CASE("validate checks any YAML file against any schema", "[cli]") {
    auto dir = stdfs::temp_directory_path() / "shnor-cli-validate";
    stdfs::remove_all(dir);
    stdfs::create_directories(dir);
    std::ofstream(dir / "s.yaml")
        << "$schema: https://json-schema.org/draft/2020-12/schema\n"
           "type: object\nrequired: [n]\nproperties:\n  n: {type: integer, maximum: 5}\n";
    std::ofstream(dir / "ok.yaml") << "n: 3\n";
    std::ofstream(dir / "bad.yaml") << "n: 7\n";
    auto s = (dir / "s.yaml").string();
    CHECK(run_shnor("validate --schema " + s + " " + (dir / "ok.yaml").string()).code == 0);
    auto bad = run_shnor("validate --schema " + s + " " + (dir / "ok.yaml").string() + " " +
                         (dir / "bad.yaml").string());
    CHECK(bad.code == 1);
    CHECK(bad.output.find("bad.yaml:1:4: ошибка: значение 7 больше максимума 5") !=
          std::string::npos);
    CHECK(run_shnor("validate --schema " + s).code == 2);
}

TEST_CASE("schemas export writes JSON copies for editors", "[cli]") {
    auto dir = stdfs::temp_directory_path() / "shnor-cli-schemas";
    stdfs::remove_all(dir);
    auto r = run_shnor("schemas export " + dir.string());
    INFO(r.output);
    REQUIRE(r.code == 0);
    auto json = shnor::test::read_file((dir / "school.schema.json").string());
    CHECK(json.find("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"") !=
          std::string::npos);
    CHECK(json.find("school.schema.json\"") != std::string::npos);
    CHECK(json.find(".schema.yaml") == std::string::npos);
}

TEST_CASE("export school writes one school's self-contained bundle", "[cli][bundle]") {
    auto base = stdfs::temp_directory_path() / "shnor-cli-export";
    stdfs::remove_all(base);
    stdfs::create_directories(base);
    auto dir = (base / "bundle").string();
    auto r = run_shnor("export school sosh-1 " + dir + " --content " + mini());
    INFO(r.output);
    REQUIRE(r.code == 0);
    CHECK(r.output.find("школа sosh-1: ") == 0);
    CHECK(stdfs::exists(dir + "/index.html"));
    CHECK(stdfs::exists(dir + "/roadmap-2021.pdf"));
    CHECK(stdfs::exists(dir + "/assets/style.css"));
    CHECK(stdfs::exists(dir + "/.shnor-output"));
    CHECK_FALSE(stdfs::exists(dir + "/assets/search.js"));
    CHECK_FALSE(stdfs::exists(dir + "/schools"));
    auto html = shnor::test::read_file(dir + "/index.html");
    CHECK(html.find("../") == std::string::npos);
    CHECK(html.find("search") == std::string::npos);

    auto unknown =
        run_shnor("export school nope " + (base / "other").string() + " --content " + mini());
    CHECK(unknown.code == 1);
    CHECK(unknown.output.find("ошибка: школа \"nope\" не найдена") != std::string::npos);
    CHECK_FALSE(stdfs::exists(base / "other"));

    CHECK(run_shnor("export school sosh-1").code == 2);  // no folder
    CHECK(run_shnor("export").code == 2);
    // A folder shnor did not make is never replaced.
    stdfs::create_directories(base / "mine");
    std::ofstream(base / "mine" / "keep.txt") << "x";
    auto refused =
        run_shnor("export school sosh-1 " + (base / "mine").string() + " --content " + mini());
    CHECK(refused.code == 1);
    CHECK(stdfs::exists(base / "mine" / "keep.txt"));
}

TEST_CASE("help is Russian, with an example, for every command", "[cli]") {
    auto check = run_shnor("check --help");
    CHECK(check.code == 0);
    CHECK(check.output ==
          "Использование: shnor check [параметры]\n\n"
          "только проверить данные, ничего не записывая\n\n"
          "Параметры:\n"
          "  -h, --help                  показать эту справку и выйти\n"
          "  --content ПАПКА             папка с данными (по умолчанию content)\n"
          "  --as-of ДАТА                дата отчёта ГГГГ-ММ-ДД (по умолчанию report_date из "
          "region.yaml)\n"
          "  --strict                    считать предупреждения ошибками\n"
          "  --format ФОРМАТ             формат сообщений: text (по умолчанию), json, github, "
          "gitlab\n"
          "  -j, --jobs ЧИСЛО            число потоков (по умолчанию 0 — по числу ядер "
          "процессора)\n"
          "  -q, --quiet                 только ошибки: без предупреждений, хода работы и "
          "итоговой строки\n"
          "  -v, --verbose               подробно: начало каждого этапа и его время\n\n"
          "Пример:\n"
          "  shnor check --content content --strict\n\n"
          "Код выхода: 0 — ошибок нет, 1 — в данных есть ошибки, 2 — неверные аргументы\n");
    for (const char* cmd : {"", "build", "check", "serve", "validate", "export", "export school",
                            "schemas", "schemas export"}) {
        auto r = run_shnor(std::string(cmd) + " --help");
        INFO(cmd << "\n" << r.output);
        CHECK(r.code == 0);
        CHECK(r.output.rfind("Использование: shnor", 0) == 0);
        CHECK(r.output.find("Пример:\n  shnor ") != std::string::npos);
        for (const char* english : {"Usage", "Options", "Subcommands", "Print", "help message",
                                    "REQUIRED", "TEXT", "Positionals", "Run with"})
            CHECK(r.output.find(english) == std::string::npos);
    }
}

TEST_CASE("usage errors are one Russian line and where to read more, exit 2", "[cli]") {
    auto none = run_shnor("");
    CHECK(none.code == 2);
    CHECK(none.output == "shnor: не указана команда\nСправка: shnor --help\n");
    auto unknown = run_shnor("frobnicate");
    CHECK(unknown.code == 2);
    CHECK(unknown.output == "shnor: неизвестная команда \"frobnicate\"\nСправка: shnor --help\n");
    auto format = run_shnor("check --format xml");
    CHECK(format.code == 2);
    CHECK(format.output ==
          "shnor check: --format: \"xml\" — допустимо: text, json, github, gitlab\n"
          "Справка: shnor check --help\n");
    auto missing = run_shnor("export school");
    CHECK(missing.code == 2);
    CHECK(missing.output ==
          "shnor export school: не указан обязательный аргумент ШКОЛА\n"
          "Справка: shnor export school --help\n");
    auto value = run_shnor("check --content");
    CHECK(value.code == 2);
    CHECK(value.output ==
          "shnor check: после --content нужно значение\nСправка: shnor check --help\n");
    auto extra = run_shnor("check lishnee");
    CHECK(extra.code == 2);
    CHECK(extra.output == "shnor check: лишний аргумент: lishnee\nСправка: shnor check --help\n");
}
