#include "compute/school_year.hpp"

#include "compute/builder.hpp"

using namespace shnor::testing;
using namespace shnor::compute;

namespace {

Project base_project() {
    Project p;
    p.catalogues[2021] = catalogue(2021, {factor("rf01", 1), factor("rf07", 7)});
    return p;
}

Document with_measures(std::string id, std::vector<Review> reviews,
                       DocKind kind = DocKind::Programme, std::string risk = "") {
    Document d = document(std::move(id), 2021, kind, std::move(risk));
    d.measures = {measure("m1", MeasureStatus::Done, "2021-03-31")};
    d.reviews = std::move(reviews);
    return d;
}

}  // namespace

TEST_CASE("selected risks keep the school's order and find their anti-risk programmes",
          "[compute]") {
    Project p = base_project();
    School s = school("s", "m", {participation(2021)});
    s.diagnostics = {diagnostic(2021, Wave::Initial, {}, {}, {"rf07", "rf99", "rf01"})};
    s.documents = {document("antirisk-rf07", 2021, DocKind::AntiRisk, "rf07"),
                   document("programme", 2021, DocKind::Programme, "rf01")};
    const auto sel = selected_risks(&p.catalogues[2021], s, 2021);
    REQUIRE(sel.size() == 2);  // rf99 is not in the catalogue
    CHECK(sel[0].factor->id == "rf07");
    CHECK(sel[0].programme == &s.documents[0]);
    CHECK(sel[1].factor->id == "rf01");
    CHECK(sel[1].programme == nullptr);  // a programme, not an anti-risk one
}

TEST_CASE("selected risks come from the final diagnostic when the initial has none", "[compute]") {
    Project p = base_project();
    School s = school("s", "m", {participation(2021)});
    s.diagnostics = {diagnostic(2021, Wave::Initial, {}),
                     diagnostic(2021, Wave::Final, {}, {}, {"rf01"})};
    const auto sel = selected_risks(&p.catalogues[2021], s, 2021);
    REQUIRE(sel.size() == 1);
    CHECK(sel[0].factor->id == "rf01");
    CHECK(selected_risks(&p.catalogues[2021], s, 2022).empty());
}

TEST_CASE("roadmap accepted: at least one document with measures, all accepted", "[compute]") {
    const auto accepted = review("2021-03-28", ReviewStatus::Accepted);
    const auto returned = review("2021-03-20", ReviewStatus::Returned);
    struct Row {
        const char* name;
        std::vector<Document> docs;
        bool expected;
    };
    Document concept_without_measures = document("concept", 2021, DocKind::Concept);
    const Row rows[] = {
        {"no documents", {}, false},
        {"only a document without measures", {concept_without_measures}, false},
        {"one accepted", {with_measures("a", {accepted})}, true},
        {"accepted, then returned", {with_measures("a", {accepted, returned})}, false},
        {"accepted and a draft", {with_measures("a", {accepted}), with_measures("b", {})}, false},
        {"accepted and a draft concept without measures",
         {with_measures("a", {returned, accepted}), concept_without_measures},
         true},
    };
    for (const auto& r : rows) {
        INFO(r.name);
        std::vector<DocumentProgress> progress;
        for (const auto& d : r.docs)
            progress.push_back(shnor::compute::DocumentProgress{
                &d, d.reviews.empty() ? ReviewStatus::Draft : d.reviews.back().status, {}, {}, {}});
        CHECK(roadmap_accepted(progress) == r.expected);
    }
}

TEST_CASE("school years: union of participation, diagnostics and documents", "[compute]") {
    Project p = base_project();
    School s = school("s", "m", {participation(2021, Outcome::Exited)});
    s.diagnostics = {diagnostic(2022, Wave::Initial, {})};
    s.documents = {document("concept", 2020, DocKind::Concept)};
    shnor::diag::Sink sink;
    const auto a = analyse_school(p, s, day("2022-12-20"), sink);
    REQUIRE(a.years.size() == 3);
    CHECK(a.years[0].year == 2020);
    CHECK(a.years[0].participation == nullptr);
    CHECK(a.years[0].documents.size() == 1);
    CHECK(a.years[1].year == 2021);
    CHECK(a.years[1].exited);
    CHECK(a.years[2].year == 2022);
    CHECK_FALSE(a.years[2].exited);
    CHECK(a.years[2].initial.has_value());
    CHECK(a.years[2].initial->factors.empty());  // no catalogue for 2022
}

TEST_CASE("school year sums its documents and warns once per disagreement", "[compute]") {
    Project p = base_project();
    p.catalogues[2021].factors[0].indicators = {
        cat_indicator("rf01-a", Direction::HigherIsWorse, 30, 50)};
    p.catalogues[2022] = p.catalogues[2021];
    p.catalogues[2022].year = 2022;
    School s = school("s", "m", {participation(2021), participation(2022)});
    // 2021 initial: supplied high, computed low -> one warning even though the
    // profile feeds both dynamics lists.
    s.diagnostics = {diagnostic(2021, Wave::Initial, {{"rf01", Level::High}}, {{"rf01-a", 10}}),
                     diagnostic(2022, Wave::Initial, {{"rf01", Level::Medium}})};
    Document a = with_measures("a", {review("2021-03-28", ReviewStatus::Accepted)});
    a.measures.push_back(measure("m2", MeasureStatus::Planned, "2021-05-31"));
    Document b = with_measures("b", {review("2021-03-28", ReviewStatus::Accepted)},
                               DocKind::AntiRisk, "rf07");
    s.documents = {a, b};
    shnor::diag::Sink sink;
    const auto an = analyse_school(p, s, day("2021-06-01"), sink);
    CHECK(sink.warnings() == 1);
    const SchoolYear* y = an.year(2021);
    REQUIRE(y);
    CHECK(y->documents.size() == 2);
    CHECK(y->counts.measures == 3);
    CHECK(y->counts.done == 2);
    CHECK(y->counts.overdue == 1);
    CHECK(y->roadmap_accepted);
    CHECK(an.year(2022)->from_previous_year.size() == 2);
    CHECK(an.year(2019) == nullptr);
}
