// Invariants over many generated projects. std::mt19937's sequence is fixed
// by the standard, and only its raw output is used, so runs are repeatable.
#include <algorithm>
#include <random>

#include "compute/builder.hpp"

using namespace shnor::testing;
using namespace shnor::compute;
namespace t = shnor::testing;

namespace {

class Gen {
public:
    explicit Gen(unsigned seed) : rng_(seed) {}
    int below(int n) { return static_cast<int>(rng_() % static_cast<unsigned>(n)); }
    bool coin() { return below(2) == 0; }
    Date date(int year) { return {year, 1 + below(12), 1 + below(28)}; }
    double value() { return below(1001) / 10.0; }

    Indicator indicator(int year) {
        Point base{value(), date(year)};
        std::vector<Point> targets;
        for (int i = below(3); i > 0; --i) targets.push_back({value(), date(year)});
        std::sort(targets.begin(), targets.end(), [](auto& a, auto& b) { return a.date < b.date; });
        return t::indicator("i" + std::to_string(year), coin() ? Trend::Increase : Trend::Decrease,
                            base, targets);
    }

    Document document(int year) {
        Document d = t::document("d", year);
        d.indicators = {indicator(year)};
        for (int i = below(4); i > 0; --i) {
            d.measures.push_back(
                t::measure("m", static_cast<MeasureStatus>(below(4)), "2021-06-30"));
            d.measures.back().due = date(year);
        }
        if (coin()) d.reviews = {review("2021-01-10", static_cast<ReviewStatus>(below(4)))};
        return d;
    }

    Diagnostic diagnostic(int year, Wave wave) {
        std::map<std::string, Level> levels;
        for (const char* f : {"rf01", "rf02", "rf03"})
            if (coin()) levels[f] = static_cast<Level>(below(4));
        return t::diagnostic(year, wave, levels, {{"rf01-a", value()}});
    }

    School school(int index, int municipalities) {
        School s =
            t::school("s" + std::to_string(index), "m" + std::to_string(below(municipalities)));
        for (int year = 2021; year <= 2023; ++year) {
            if (coin())
                s.participation.push_back(
                    participation(year, coin() ? Outcome::Continues : Outcome::Exited));
            if (coin()) s.diagnostics.push_back(diagnostic(year, Wave::Initial));
            if (coin()) s.diagnostics.push_back(diagnostic(year, Wave::Final));
            if (coin()) s.documents.push_back(document(year));
            for (int i = below(3); i > 0; --i) {
                s.measurements.push_back(
                    measurement("i" + std::to_string(year), "2021-01-01", value()));
                s.measurements.back().date = date(year);
            }
        }
        return s;
    }

    Project project() {
        Project p;
        p.region.years = {programme_year(2021), programme_year(2022), programme_year(2023)};
        int municipalities = 1 + below(3);
        for (int i = 0; i < municipalities; ++i)
            p.municipalities.push_back(t::municipality("m" + std::to_string(i), "МО"));
        for (int year = 2021; year <= 2023; ++year)
            p.catalogues[year] = catalogue(
                year,
                {factor("rf01", 1, {cat_indicator("rf01-a", Direction::HigherIsWorse, 30, 50)}),
                 factor("rf02", 2), factor("rf03", 3)});
        for (int i = below(9); i > 0; --i) p.schools.push_back(school(i, municipalities));
        return p;
    }

private:
    std::mt19937 rng_;
};

void check_progress_bounds(const Analysis& a) {
    for (const auto& s : a.schools)
        for (const auto& y : s.years)
            for (const auto& d : y.documents)
                for (const auto& i : d.indicators) {
                    CHECK(i.progress >= 0.0);
                    CHECK(i.progress <= 1.0);
                    CHECK(i.expected >= 0.0);
                    CHECK(i.expected <= 1.0);
                }
}

Counts school_sum(const Analysis& a, int year) {
    Counts c;
    for (const auto& s : a.schools)
        if (const SchoolYear* y = s.year(year); y && y->participation) c += y->counts;
    return c;
}

void check_rollups(const Analysis& a) {
    for (std::size_t i = 0; i < a.region.size(); ++i) {
        const YearFigures& r = a.region[i];
        Counts by_municipality;
        int schools = 0, exited = 0, both = 0;
        for (const auto& m : a.municipalities[i]) {
            by_municipality += m.figures.counts;
            schools += m.figures.schools;
            exited += m.figures.exited;
            both += m.figures.with_both_waves;
        }
        CHECK(r.counts == by_municipality);
        CHECK(r.counts == school_sum(a, r.year));
        CHECK(r.schools == schools);
        CHECK(r.exited == exited);
        CHECK(r.with_both_waves == both);
        CHECK(r.high_decreased <= r.with_both_waves);
        const Counts& c = r.counts;
        CHECK(c.planned + c.in_progress + c.done + c.cancelled == c.measures);
        CHECK(c.achieved + c.on_track + c.lagging + c.no_data == c.indicators);
        CHECK(c.done_share() >= 0.0);
        CHECK(c.done_share() <= 1.0);
    }
}

}  // namespace

TEST_CASE("properties: progress bounded, roll-ups add up", "[compute]") {
    Gen gen(20210301);
    Counts seen;  // the generator must reach every status, or the loop proves little
    for (int round = 0; round < 200; ++round) {
        const Project p = gen.project();
        const Date as_of = gen.date(2021 + gen.below(3));
        INFO("round " << round << " as of " << as_of.iso());
        shnor::diag::Sink sink;
        const Analysis a = analyse(p, as_of, sink);
        REQUIRE(a.municipalities.size() == a.region.size());
        check_progress_bounds(a);
        check_rollups(a);
        for (const auto& y : a.region) seen += y.counts;
    }
    CHECK(seen.achieved > 0);
    CHECK(seen.on_track > 0);
    CHECK(seen.lagging > 0);
    CHECK(seen.no_data > 0);
    CHECK(seen.overdue > 0);
}
