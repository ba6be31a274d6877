// Terminal behaviour of the real binary (issue 14): suggestions for typos,
// exit codes, --quiet and --verbose, and no colour or progress when stderr
// is not a terminal (here a pipe; tests/cli/terminal_pty.py: a terminal).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support/fixtures.hpp"
#include "support/run_shnor.hpp"

using shnor::test::run_shnor;
namespace stdfs = std::filesystem;

namespace {

std::string mini() { return shnor::test::test_dir() + "/fixtures/mini/content"; }

}  // namespace

// The help of every command is checked in cli_test.cpp; here what serve and
// the terminal add to it.
TEST_CASE("serve's help names its options, the main help names NO_COLOR", "[cli]") {
    auto serve = run_shnor("serve --help");
    for (const char* option : {"--port", "--open", "--quiet", "--verbose", "--templates"})
        CHECK(serve.output.find(option) != std::string::npos);
    CHECK(run_shnor("--help").output.find("NO_COLOR") != std::string::npos);
}

TEST_CASE("a mistyped command or option gets the closest one, exit 2", "[cli]") {
    auto cmd = run_shnor("biuld");
    CHECK(cmd.code == 2);
    CHECK(cmd.output ==
          "shnor: неизвестная команда \"biuld\" (возможно, вы имели в виду \"build\")\n"
          "Справка: shnor --help\n");
    auto sub = run_shnor("export scool x y");
    CHECK(sub.code == 2);
    CHECK(sub.output.find("неизвестная команда \"scool\" (возможно, вы имели в виду \"school\")") !=
          std::string::npos);
    auto opt = run_shnor("check --strct");
    CHECK(opt.code == 2);
    CHECK(opt.output ==
          "shnor check: неизвестный параметр \"--strct\" (возможно, вы имели в виду "
          "\"--strict\")\nСправка: shnor check --help\n");
    auto far = run_shnor("serve --xyzzy");
    CHECK(far.code == 2);
    CHECK(far.output.find("неизвестный параметр \"--xyzzy\"\n") != std::string::npos);
    CHECK(run_shnor("serve --port 70000").code == 2);
    CHECK(run_shnor("check --quiet --verbose").code == 2);
}

TEST_CASE("quiet prints only errors, verbose the phases", "[cli]") {
    auto quiet = run_shnor("check -q --content " + mini());
    CHECK(quiet.code == 0);
    CHECK(quiet.output.empty());
    auto verbose = run_shnor("check --verbose --content " + mini());
    CHECK(verbose.code == 0);
    CHECK(verbose.output.find("] данные региона\n") != std::string::npos);
    CHECK(verbose.output.find("] школы: 2\n") != std::string::npos);
    CHECK(verbose.output.find("] готово\n") != std::string::npos);

    auto dir = stdfs::temp_directory_path() / "shnor-cli-quiet";
    stdfs::remove_all(dir);
    stdfs::copy(mini(), dir, stdfs::copy_options::recursive);
    std::ofstream(dir / "people.yaml", std::ios::app) << "  - id: a\n    id: b\n";
    auto bad = run_shnor("check --quiet --content " + dir.string());
    CHECK(bad.code == 1);
    CHECK(bad.output.find("ошибка: ключ \"id\" повторяется") != std::string::npos);
    CHECK(bad.output.find("предупреждение") == std::string::npos);
}

TEST_CASE("no colour and no progress line when stderr is not a terminal", "[cli]") {
    auto dir = stdfs::temp_directory_path() / "shnor-cli-plain";
    stdfs::remove_all(dir);
    stdfs::copy(mini(), dir, stdfs::copy_options::recursive);
    std::ofstream(dir / "people.yaml", std::ios::app) << "  - id: a\n    id: b\n";
    auto r = run_shnor("check --content " + dir.string());
    CHECK(r.code == 1);
    CHECK(r.output.find('\x1b') == std::string::npos);
    CHECK(r.output.find('\r') == std::string::npos);
}
