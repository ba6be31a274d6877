// Terminal escapes in user data never reach a terminal or a CI log raw
// (issue #13 item 9), in every report format.
#include "diag/report.hpp"

#include <catch2/catch.hpp>
#include <sstream>

using namespace shnor;

namespace {

std::string report(diag::Format format, const std::string& message, const std::string& file) {
    diag::Sink sink;
    sink.error({file, 3, 5}, message);
    std::ostringstream out;
    diag::report(sink, {}, format, out);
    return out.str();
}

const std::string kHostile = "\"\x1B[2K\r\x1B]0;pwned\a\" \xE2\x80\xAE\xC2\x85 \xFF";

}  // namespace

TEST_CASE("control characters are shown escaped in text reports", "[diag]") {
    CHECK(report(diag::Format::Text, kHostile, "a\x1B.yaml") ==
          "a\\x1B.yaml:3:5: ошибка: \"\\x1B[2K\\x0D\\x1B]0;pwned\\x07\" \\u202E\\u0085 \\xFF\n");
}

TEST_CASE("JSON reports escape control characters and survive invalid UTF-8", "[diag]") {
    auto json = report(diag::Format::Json, kHostile, "a.yaml");
    CHECK(json.find("\\u001b[2K\\r\\u001b]0;pwned\\u0007") != std::string::npos);
    CHECK(json.find('\x1B') == std::string::npos);
    CHECK(json.find("\xEF\xBF\xBD") != std::string::npos);  // the 0xFF byte, replaced
}

TEST_CASE("the quoted source line shows no bidi override, C1 control or line separator", "[diag]") {
    diag::Sink sink;
    sink.error({"a.yaml", 1, 10}, "ошибка в строке");
    // U+202E (right-to-left override), C1 CSI (U+009B) and U+2028, then the
    // column the caret points at.
    const std::string line = "name: \xE2\x80\xAE\xC2\x9B\xE2\x80\xA8x";
    std::ostringstream out;
    diag::report(sink, {{"a.yaml", line + "\n"}}, diag::Format::Text, out);
    const std::string text = out.str();
    CHECK(text.find("\xE2\x80\xAE") == std::string::npos);
    CHECK(text.find("\xC2\x9B") == std::string::npos);
    CHECK(text.find("\xE2\x80\xA8") == std::string::npos);
    CHECK(text.find(" 1 | name: \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDx\n") != std::string::npos);
    // Each hidden character is one column and one U+FFFD: the caret stays under the x.
    CHECK(text.find("   |          ^\n") != std::string::npos);
}

namespace {

// Counts the writes a stream hands to its (unbuffered) buffer.
struct CountingBuf : std::streambuf {
    std::string text;
    int writes = 0;
    std::streamsize xsputn(const char* s, std::streamsize n) override {
        ++writes;
        text.append(s, static_cast<std::size_t>(n));
        return n;
    }
    int_type overflow(int_type c) override {
        ++writes;
        if (c != traits_type::eof()) text += traits_type::to_char_type(c);
        return c;
    }
};

}  // namespace

// Regression: on std::cerr (unit-buffered) every fragment, down to each
// column of a caret's padding, was a system call of its own on a terminal.
TEST_CASE("a report reaches its stream in one write", "[diag]") {
    diag::Sink sink;
    sink.error({"a.yaml", 2, 9}, "первая");
    sink.warning({"b.yaml", 1, 1}, "вторая");
    const std::map<std::string, std::string> sources{{"a.yaml", "x: 1\ny:      [\n"}};
    CountingBuf buf;
    std::ostream out(&buf);
    out.setf(std::ios::unitbuf);
    diag::report(sink, sources, diag::Format::Text, out, true);
    CHECK(buf.writes == 1);
    CHECK(buf.text.find("\x1b[31mошибка\x1b[0m: первая\n 2 | y:      [\n   |         "
                        "\x1b[32m^") != std::string::npos);
}
