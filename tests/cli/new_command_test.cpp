// `shnor new school` and `shnor new document` through the real binary, on a
// copy of the mini fixture: what they write passes check (TODO warnings
// aside), they never overwrite, and usage errors are Russian with exit 2.
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/fixtures.hpp"
#include "support/run_shnor.hpp"
#include "support/temp_content.hpp"

namespace stdfs = std::filesystem;
using shnor::test::run_shnor;

namespace {

std::string mini() { return shnor::test::test_dir() + "/fixtures/mini/content"; }

// Every file under a folder with its bytes, to see that nothing changed.
std::map<std::string, std::string> snapshot(const std::string& dir) {
    std::map<std::string, std::string> out;
    for (const auto& e : stdfs::recursive_directory_iterator(dir))
        if (e.is_regular_file())
            out[stdfs::relative(e.path(), dir).string()] =
                shnor::test::read_file(e.path().string());
    return out;
}

void check_only_todos(const std::string& content, const shnor::app::Result& before) {
    auto after = shnor::test::check_folder(content);
    CHECK(after.sink.errors() == 0);
    // A new document may settle a warning (a year without a roadmap), never add one.
    for (const auto& w : shnor::test::other_warnings(after)) {
        INFO(std::get<0>(w) << ":" << std::get<1>(w) << ": " << std::get<2>(w));
        CHECK(shnor::test::other_warnings(before).count(w) == 1);
    }
    CHECK(shnor::test::todo_warnings(after) > 0);
}

}  // namespace

TEST_CASE("new school writes a commented passport and diagnostics that pass check", "[cli][new]") {
    auto content = shnor::test::temp_content(mini(), "shnor-new-school");
    auto before = shnor::test::check_folder(content);
    REQUIRE(before.ok());
    auto r = run_shnor("new school sosh-9 --municipality gorod --content " + content);
    INFO(r.output);
    REQUIRE(r.code == 0);
    CHECK(r.output.find("schools/sosh-9/school.yaml: паспорт школы") != std::string::npos);
    auto passport = shnor::test::read_file(content + "/schools/sosh-9/school.yaml");
    // Comments from the schema and the labels, never a second copy.
    CHECK(passport.find("# Полное наименование по уставу\nname:") != std::string::npos);
    CHECK(passport.find("# допустимые значения: town — город, village — село\nsettlement: town") !=
          std::string::npos);
    CHECK(passport.find("# допустимые значения: continues — продолжает участие, exited — вышла "
                        "из перечня") != std::string::npos);
    CHECK(stdfs::exists(content + "/schools/sosh-9/diagnostics.yaml"));
    CHECK(stdfs::exists(content + "/schools/sosh-9/2021/programme.yaml"));
    check_only_todos(content, before);

    // Again: refused, exit 1, nothing changed.
    auto files = snapshot(content);
    auto again = run_shnor("new school sosh-9 --municipality gorod --content " + content);
    CHECK(again.code == 1);
    CHECK(again.output.find("school.yaml: ошибка: файл уже существует: команда не перезаписывает "
                            "файлы") != std::string::npos);
    CHECK(snapshot(content) == files);
}

TEST_CASE("new school refuses a bad id or an unknown municipality with exit 2", "[cli][new]") {
    auto content = shnor::test::temp_content(mini(), "shnor-new-school-bad");
    auto files = snapshot(content);
    auto id = run_shnor("new school Школа-1 --municipality gorod --content " + content);
    CHECK(id.code == 2);
    CHECK(id.output ==
          "shnor new school: недопустимый идентификатор школы \"Школа-1\": только "
          "строчные латинские буквы, цифры и дефис, например sosh-5-ensk\n");
    auto m = run_shnor("new school sosh-9 --municipality grod --content " + content);
    CHECK(m.code == 2);
    CHECK(m.output ==
          "shnor new school: неизвестный муниципалитет \"grod\" (возможно, вы имели в виду "
          "\"gorod\"; известные: gorod, lesnoy) (см. municipalities.yaml)\n");
    auto missing = run_shnor("new school sosh-9 --content " + content);
    CHECK(missing.code == 2);
    CHECK(missing.output.find("не указан обязательный аргумент --municipality") !=
          std::string::npos);
    CHECK(snapshot(content) == files);
}

TEST_CASE("new document writes a skeleton of each kind that passes check", "[cli][new]") {
    auto content = shnor::test::temp_content(mini(), "shnor-new-document");
    // The school's one document goes; the command writes it anew (rf09 is its selected risk).
    stdfs::remove(content + "/schools/oosh-lesnoe/2021/antirisk-rf09.yaml");
    auto before = shnor::test::check_folder(content);
    REQUIRE(before.ok());
    auto r = run_shnor("new document oosh-lesnoe 2021 antirisk --risk rf09 --content " + content);
    INFO(r.output);
    REQUIRE(r.code == 0);
    auto doc = shnor::test::read_file(content + "/schools/oosh-lesnoe/2021/antirisk-rf09.yaml");
    CHECK(doc.find("kind: antirisk\n") != std::string::npos);
    CHECK(doc.find("risk: rf09\n") != std::string::npos);
    CHECK(doc.find("# TODO: цель на 2021 год") != std::string::npos);
    REQUIRE(run_shnor("new document oosh-lesnoe 2021 concept --content " + content).code == 0);
    check_only_todos(content, before);

    auto files = snapshot(content);
    auto again = run_shnor("new document oosh-lesnoe 2021 concept --content " + content);
    CHECK(again.code == 1);
    CHECK(snapshot(content) == files);
}

TEST_CASE("new document refuses what check would reject, with exit 2", "[cli][new]") {
    auto content = shnor::test::temp_content(mini(), "shnor-new-document-bad");
    auto files = snapshot(content);
    auto expect = [&](const std::string& args, const std::string& message) {
        auto r = run_shnor("new document " + args + " --content " + content);
        INFO(args);
        CHECK(r.code == 2);
        CHECK(r.output == "shnor new document: " + message + "\n");
    };
    expect("sosh-2 2021 concept",
           "неизвестная школа \"sosh-2\" (возможно, вы имели в виду \"sosh-1\"; известные: "
           "oosh-lesnoe, sosh-1)");
    expect("sosh-1 2030 concept",
           "школа sosh-1 не участвует в программе в 2030 году (см. "
           "participation в schools/sosh-1/school.yaml)");
    expect("sosh-1 2021 programe",
           "неизвестный вид документа \"programe\" (возможно, вы имели в виду \"programme\"): "
           "допустимо concept — концептуальный документ, programme — среднесрочная программа "
           "развития, antirisk — антирисковая программа");
    expect("sosh-1 2021 antirisk", "для антирисковой программы укажите фактор риска: --risk rf01");
    expect("sosh-1 2021 concept --risk rf01",
           "--risk указывают только для антирисковой программы (antirisk)");
    CHECK(snapshot(content) == files);
}

TEST_CASE("new and its commands have Russian help with examples", "[cli][new]") {
    for (const char* cmd : {"new", "new school", "new document", "new year"}) {
        auto r = run_shnor(std::string(cmd) + " --help");
        INFO(cmd << "\n" << r.output);
        CHECK(r.code == 0);
        CHECK(r.output.rfind("Использование: shnor " + std::string(cmd), 0) == 0);
        CHECK(r.output.find("Пример:\n  shnor new ") != std::string::npos);
        for (const char* english : {"Usage", "Options", "Subcommands", "REQUIRED", "TEXT", "INT"})
            CHECK(r.output.find(english) == std::string::npos);
    }
    auto none = run_shnor("new");
    CHECK(none.code == 2);
    CHECK(none.output == "shnor new: не указана команда\nСправка: shnor new --help\n");
}
