// utf8_sequence decodes ASCII and two-byte sequences inline and leaves the
// rest to the whole decoder: the inline path must agree with it exactly.
#include "diag/utf8.hpp"

#include <catch2/catch.hpp>
#include <string>

using namespace shnor;

TEST_CASE("utf8_sequence agrees with the whole decoder on every one- and two-byte start",
          "[diag]") {
    for (int a = 0; a < 256; ++a)
        for (int b = -1; b < 256; ++b) {  // -1: the text ends after the first byte
            std::string s(1, static_cast<char>(a));
            if (b >= 0) s.push_back(static_cast<char>(b));
            char32_t fast = 0, whole = 0;
            const auto n = diag::utf8_sequence(s, 0, fast);
            const auto m = diag::utf8_sequence_any(s, 0, whole);
            INFO(a << " " << b);
            REQUIRE(n == m);
            if (n) REQUIRE(fast == whole);
        }
}

TEST_CASE("utf8_sequence refuses overlong, surrogate and out-of-range sequences", "[diag]") {
    char32_t cp = 0;
    CHECK(diag::utf8_sequence("\xC0\x80", 0, cp) == 0);          // overlong NUL
    CHECK(diag::utf8_sequence("\xC1\xBF", 0, cp) == 0);          // overlong
    CHECK(diag::utf8_sequence("\xED\xA0\x80", 0, cp) == 0);      // a surrogate
    CHECK(diag::utf8_sequence("\xF4\x90\x80\x80", 0, cp) == 0);  // beyond U+10FFFF
    CHECK(diag::utf8_sequence("\xD0", 0, cp) == 0);              // truncated
    REQUIRE(diag::utf8_sequence("\xD0\xAF", 0, cp) == 2);
    CHECK(cp == U'Я');
    REQUIRE(diag::utf8_sequence("a\xE2\x82\xAC", 1, cp) == 3);
    CHECK(cp == U'€');
}
