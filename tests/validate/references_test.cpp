// Reference checks on a hand-built project: the id's own position and the
// nearest-id suggestion.
#include "validate/references.hpp"

#include <catch2/catch.hpp>

using namespace shnor;

TEST_CASE("replaces names a factor of last year's catalogue, at its own place", "[validate]") {
    model::Project p;
    model::Catalogue old, now;
    old.year = 2021;
    old.groups = {{"g", "Группа"}};
    model::RiskFactor rf07;
    rf07.id = "rf07";
    rf07.group = "g";
    old.factors = {rf07};
    now.year = 2022;
    now.groups = old.groups;
    model::RiskFactor renamed = rf07;
    renamed.id = "rf08";
    renamed.replaces = "rf7";
    renamed.loc = {"catalogue/2022.yaml", 3, 5};
    renamed.replaces_loc = {"catalogue/2022.yaml", 6, 15};
    now.factors = {renamed};
    p.catalogues = {{2021, old}, {2022, now}};
    diag::Sink sink;
    validate::check_references(p, {}, sink);
    REQUIRE(sink.all().size() == 1);
    const auto& d = sink.all().front();
    CHECK(d.loc == diag::SourceLoc{"catalogue/2022.yaml", 6, 15});
    CHECK(d.message ==
          "фактор \"rf7\" (replaces) не найден в каталоге 2021 года (возможно, вы имели в виду "
          "\"rf07\")");
}
