#include "render/pdf/linebreak.hpp"

#include <catch2/catch_test_macros.hpp>
#include <cmath>
#include <random>
#include <string>

#include "render/pdf/metrics.hpp"
#include "render/pdf/utf8.hpp"

using namespace shnor;
using namespace shnor::render::pdf;

namespace {

// 5 pt per character, 2.5 pt per space: a line of width 50 holds 10 characters.
const WidthFn kWidth = [](char32_t c) { return c == U' ' ? 2.5 : 5.0; };

std::vector<std::string> lines_of(const std::string& text, double width) {
    std::vector<std::string> out;
    for (const Line& l : break_lines(decode_utf8(text), kWidth, width)) {
        std::string s;
        for (const Word& w : l.words) s += (s.empty() ? "" : " ") + encode_utf8(w.text);
        out.push_back(s);
    }
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("lines break at spaces, greedily", "[pdf]") {
    CHECK(lines_of("один два три", 50) == V{"один два", "три"});
    CHECK(lines_of("", 50).empty());
    CHECK(lines_of("  много   пробелов  ", 200) == V{"много пробелов"});
}

TEST_CASE("a forced line break ends a line that is never justified", "[pdf]") {
    const auto lines = break_lines(decode_utf8("а б\nв г"), kWidth, 200);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].last);
    CHECK(lines[1].last);
}

TEST_CASE("no break at a no-break space", "[pdf]") {
    CHECK(lines_of("аааа 18\u00a0%", 35) == V{"аааа", "18 %"});
    CHECK(lines_of("№\u00a012345678", 40) == V{"№ 123456", "78"});  // emergency only
}

TEST_CASE("break after a hyphen or a dash inside a word", "[pdf]") {
    CHECK(lines_of("северо-западный", 40) == V{"северо-", "западный"});
    CHECK(lines_of("2021–2022годы", 30) == V{"2021–", "2022го", "ды"});
    // A leading minus is not a break opportunity.
    CHECK(lines_of("-5", 5) == V{"-", "5"});
}

TEST_CASE("a soft hyphen breaks with a drawn hyphen and is invisible otherwise", "[pdf]") {
    CHECK(lines_of("обу\u00adчение", 200) == V{"обучение"});
    CHECK(lines_of("обу\u00adчение", 30) == V{"обу-", "чение"});
    // The added hyphen must fit too: "обуч-" is 25 pt.
    CHECK(lines_of("обуч\u00adение", 22) == V{"обуч", "ение"});
}

TEST_CASE("a word wider than the line breaks between characters", "[pdf]") {
    const std::string word(300, 'x');
    const auto lines = lines_of(word, 50);
    REQUIRE(lines.size() == 30);
    for (const auto& l : lines) CHECK(l.size() == 10);
}

TEST_CASE("emergency breaks never split a UTF-8 sequence", "[pdf]") {
    std::string word;
    for (int i = 0; i < 100; ++i) word += "щ";
    for (const auto& l : lines_of(word, 47)) {
        CHECK(decode_utf8(l).find(kReplacement) == std::u32string::npos);
        CHECK(l.size() <= 9 * 2);
        CHECK(l.size() % 2 == 0);
    }
}

TEST_CASE("a line narrower than one character still progresses", "[pdf]") {
    CHECK(lines_of("абв", 1) == V{"а", "б", "в"});
    CHECK(lines_of("абв", 0) == V{"а", "б", "в"});
}

TEST_CASE("mixed Cyrillic and Latin text keeps every character", "[pdf]") {
    const std::string text = "ВПР и OGE-2021: «Школа № 5» — итоги";
    std::string joined;
    for (const auto& l : lines_of(text, 60)) joined += l + " ";
    CHECK(joined == "ВПР и OGE- 2021: «Школа № 5» — итоги ");
}

TEST_CASE("content widths: widest unbreakable piece and longest line", "[pdf]") {
    const auto cw = content_widths(decode_utf8("аб вгд-ежз\nк"), kWidth);
    CHECK(cw.min == 20.0);              // "вгд-" or "ежз"... "вгд-" is 4 characters
    CHECK(cw.max == 2 * 5 + 2.5 + 35);  // "аб вгд-ежз"
}

TEST_CASE("missing glyphs become '?' with one warning naming the character and source", "[pdf]") {
    FixedMetrics m;
    diag::Sink sink;
    GlyphCheck check(m, sink);
    const diag::SourceLoc src{"schools/x/2021/p.yaml", 12, 5};
    const auto out = check.clean(decode_utf8("Успех 😀 и 😀\u200d\ufe0f"), Face::Regular, src);
    CHECK(encode_utf8(out) == "Успех ? и ?");
    REQUIRE(sink.all().size() == 1);
    CHECK(sink.all()[0].severity == diag::Severity::Warning);
    CHECK(sink.all()[0].loc == src);
    CHECK(sink.all()[0].message.find("U+1F600") != std::string::npos);
    CHECK(sink.all()[0].message.find("😀") != std::string::npos);
}

TEST_CASE("fallbacks keep the meaning without a warning", "[pdf]") {
    FixedMetrics m;
    diag::Sink sink;
    GlyphCheck check(m, sink);
    CHECK(encode_utf8(check.clean(decode_utf8("по\u2011русски\tи\x01"), Face::Regular, {})) ==
          "по-русски и ");
    CHECK(sink.all().empty());
    CHECK(encode_utf8(check.clean(decode_utf8("bad \xff byte"), Face::Regular, {})) ==
          "bad ? byte");
    CHECK(sink.all().size() == 1);
}

// Random texts over the characters the breaker treats specially, against
// invariants that hold for every input: lines fit (or hold one character),
// a line's width is its words plus one space between each, and no character
// is lost or invented (soft hyphens vanish, a '-' may be added where one broke).
TEST_CASE("line breaking invariants hold for random texts", "[pdf]") {
    const std::u32string alphabet = U"абвx -—\u00a0\u00ad\n";
    std::mt19937 rng(20261122);  // fixed: the same texts on every run
    const WidthFn width = [](char32_t c) { return c == U' ' ? 2.5 : c == U'x' ? 7.0 : 5.0; };
    for (int round = 0; round < 2000; ++round) {
        std::u32string text;
        const auto len = rng() % 60;
        for (unsigned i = 0; i < len; ++i) text.push_back(alphabet[rng() % alphabet.size()]);
        const double max = 3 + static_cast<double>(rng() % 80);
        const double indent = static_cast<double>(rng() % 3) * 10;
        const auto lines = break_lines(text, width, max, indent);

        std::u32string kept, expected;
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const Line& l = lines[i];
            double sum = 0;
            for (const Word& w : l.words) {
                for (char32_t c : w.text) sum += width(c);
                for (char32_t c : w.text)
                    if (c != U'-') kept.push_back(c);
            }
            if (!l.words.empty()) sum += 2.5 * static_cast<double>(l.words.size() - 1);
            INFO("text #" << round << ", line " << i);
            CHECK(std::abs(sum - l.width) < 1e-9);
            const double room = std::max(std::max(max, 1.0) - (i == 0 ? indent : 0), 1.0);
            const bool one_char = l.words.size() == 1 && l.words[0].text.size() == 1;
            CHECK((l.width <= room + 1e-9 || one_char));
        }
        for (char32_t c : text) {
            if (c == U' ' || c == U'\n' || c == 0xAD || c == U'-') continue;
            expected.push_back(c == 0xA0 ? U' ' : c);
        }
        INFO("text #" << round);
        CHECK(kept == expected);
    }
}
