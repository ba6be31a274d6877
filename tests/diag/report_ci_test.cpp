// The two CI formats against their documented shapes: GitHub's workflow
// command `::error file=F,line=L,col=C,title=T::message` (% CR LF encoded
// everywhere, `,` and `:` also in properties) and GitLab's Code Quality
// report (a JSON array of issues with description, check_name, fingerprint,
// severity, location.path and location.lines.begin).
#include "diag/report_ci.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "diag/report.hpp"

using namespace shnor;

namespace {

std::string report(diag::Format format, const diag::Sink& sink) {
    std::ostringstream out;
    diag::report(sink, {}, format, out);
    return out.str();
}

// A message quoting user data with every character GitHub gives a meaning.
const std::string kMessage = "\"50%, а:б\"\nвторая строка\r%0A";
const std::string kFile = "content/schools/a,b:c%/x.yaml";

// GitHub's decoding of a workflow-command value.
std::string github_decode(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '%') {
            out += s[i];
            continue;
        }
        auto code = s.substr(i + 1, 2);
        out += code == "25"   ? '%'
               : code == "0D" ? '\r'
               : code == "0A" ? '\n'
               : code == "3A" ? ':'
                              : ',';
        i += 2;
    }
    return out;
}

}  // namespace

TEST_CASE("GitHub annotations follow the workflow-command shape, hostile text encoded", "[diag]") {
    diag::Sink sink;
    sink.error({kFile, 3, 5}, kMessage);
    sink.warning({"content/region.yaml", 0, 0}, "предупреждение без строки");
    auto out = report(diag::Format::Github, sink);
    CHECK(out ==
          "::warning file=content/region.yaml,title=shnor%3A предупреждение::предупреждение без "
          "строки\n"
          "::error file=content/schools/a%2Cb%3Ac%25/x.yaml,line=3,col=5,title=shnor%3A "
          "ошибка::\"50%25, а:б\"%0Aвторая строка%0D%250A\n");
    // Every line parses as one command: no raw CR, LF, and no `,` or `:`
    // inside a property value; the values decode back to what was reported.
    std::regex command(
        R"(::(error|warning) file=([^,:\r]*)(,line=\d+,col=\d+)?,title=([^,:\r]*)::([^\r]*))");
    std::istringstream lines(out);
    std::string line, last_file, last_message;
    int n = 0;
    for (; std::getline(lines, line); ++n) {
        std::smatch m;
        REQUIRE(std::regex_match(line, m, command));
        last_file = github_decode(m[2]);
        last_message = github_decode(m[5]);
    }
    CHECK(n == 2);
    CHECK(last_file == kFile);
    CHECK(last_message == kMessage);
}

TEST_CASE("terminal escapes stay escaped in GitHub annotations", "[diag]") {
    diag::Sink sink;
    sink.error({"a\n.yaml", 3, 5}, "\"\x1B[2K\r\x1B]0;pwned\a\" \xE2\x80\xAE\xC2\x85 \xFF");
    CHECK(report(diag::Format::Github, sink) ==
          "::error file=a%0A.yaml,line=3,col=5,title=shnor%3A ошибка::\"\\x1B[2K%0D\\x1B]0;"
          "pwned\\x07\" \\u202E\\u0085 \\xFF\n");
}

TEST_CASE("the GitLab report is a Code Quality array with stable, unique fingerprints", "[diag]") {
    diag::Sink sink;
    sink.error({kFile, 3, 5}, kMessage);
    sink.error({kFile, 9, 1}, kMessage);  // the same problem twice in one file
    sink.warning({"content/region.yaml", 0, 0}, "предупреждение \x1B[2K");
    auto json = nlohmann::json::parse(report(diag::Format::Gitlab, sink));
    REQUIRE(json.is_array());
    REQUIRE(json.size() == 3);
    std::set<std::string> fingerprints;
    for (const auto& issue : json) {
        INFO(issue.dump());
        CHECK(issue.size() == 5);
        CHECK(issue.at("description").is_string());
        CHECK(issue.at("check_name").is_string());
        CHECK(std::regex_match(issue.at("fingerprint").get<std::string>(),
                               std::regex("[0-9a-f]{32}")));
        fingerprints.insert(issue.at("fingerprint").get<std::string>());
        auto severity = issue.at("severity").get<std::string>();
        CHECK(
            std::set<std::string>{"info", "minor", "major", "critical", "blocker"}.count(severity));
        CHECK(issue.at("location").size() == 2);
        CHECK(issue.at("location").at("path").is_string());
        CHECK(issue.at("location").at("lines").size() == 1);
        CHECK(issue.at("location").at("lines").at("begin").get<int>() >= 1);
    }
    CHECK(fingerprints.size() == 3);
    CHECK(json[0]["location"]["path"] == "content/region.yaml");
    CHECK(json[0]["location"]["lines"]["begin"] == 1);
    CHECK(json[0]["severity"] == "minor");
    CHECK(json[0]["check_name"] == "shnor/warning");
    CHECK(json[0]["description"] == "предупреждение \\x1B[2K");
    CHECK(json[1]["location"]["path"] == kFile);
    CHECK(json[1]["location"]["lines"]["begin"] == 3);
    CHECK(json[1]["severity"] == "major");
    CHECK(json[1]["check_name"] == "shnor/error");
    CHECK(json[1]["description"] == "\"50%, а:б\"\\x0Aвторая строка\\x0D%0A");

    // The same problems moved down by an edit keep their fingerprints, so
    // GitLab does not call them new in the merge request.
    diag::Sink moved;
    moved.error({kFile, 13, 5}, kMessage);
    moved.error({kFile, 19, 1}, kMessage);
    moved.warning({"content/region.yaml", 0, 0}, "предупреждение \x1B[2K");
    auto again = nlohmann::json::parse(report(diag::Format::Gitlab, moved));
    for (std::size_t i = 0; i < 3; ++i) CHECK(again[i]["fingerprint"] == json[i]["fingerprint"]);
}

TEST_CASE("GitLab paths are relative to the repository's root", "[diag]") {
    diag::Sink sink;
    sink.error({"././content/region.yaml", 2, 1}, "x");
    auto json = nlohmann::json::parse(report(diag::Format::Gitlab, sink));
    CHECK(json[0]["location"]["path"] == "content/region.yaml");
}

TEST_CASE("a clean GitLab report is an empty array", "[diag]") {
    CHECK(report(diag::Format::Gitlab, diag::Sink{}) == "[]\n");
}
