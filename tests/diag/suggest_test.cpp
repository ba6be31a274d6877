#include "diag/suggest.hpp"

#include <catch2/catch.hpp>

#include "diag/odd_chars.hpp"

using namespace shnor::diag;

TEST_CASE("suggest: the nearest id within a few edits, by characters", "[diag]") {
    CHECK(suggest("kuratorva", {"kuratorova", "koordinatorov"}) == "kuratorova");
    CHECK(suggest("rf9", {"rf01", "rf07", "rf09"}) == "rf09");
    CHECK_FALSE(suggest("nowhere", {"gorod", "lesnoy"}));
    CHECK(edit_distance("выполнено", "выполнена") == 1);  // code points, not bytes
}

TEST_CASE("did_you_mean: a near id, else the list when short", "[diag]") {
    CHECK(did_you_mean("t3", {"t2", "t1"}, 12) ==
          " (возможно, вы имели в виду \"t1\"; известные: t1, t2)");
    CHECK(did_you_mean("kuratorva", {"kuratorova"}, 12) ==
          " (возможно, вы имели в виду \"kuratorova\")");
    CHECK(did_you_mean("zzz", {"b", "a", "b"}, 12) == " (известные: a, b)");
    CHECK(did_you_mean("nowhere", {"gorod", "lesnoy"}, 12) == " (известные: gorod, lesnoy)");
    CHECK(did_you_mean("nowhere", {"gorod", "lesnoy"}, 1).empty());
}

TEST_CASE("fold_case: Cyrillic and Latin, spaces and a final period", "[diag]") {
    CHECK(fold_case(" Выполнено. ") == "выполнено");
    CHECK(fold_case("ЁЛКА Done") == "ёлка done");
}

TEST_CASE("find_odd_char names look-alikes at their index", "[diag]") {
    auto nbsp = find_odd_char("2022-11-30\u00a0");
    REQUIRE(nbsp);
    CHECK(nbsp->index == 10);
    CHECK(std::string(nbsp->name) == "неразрывный пробел");
    auto dash = find_odd_char("sosh\u20141");
    REQUIRE(dash);
    CHECK(std::string(dash->name) == "длинное тире вместо дефиса");
    CHECK_FALSE(find_odd_char("sosh\u20141", false));  // a dash is fine in prose
    CHECK_FALSE(find_odd_char("обычный текст"));
}
