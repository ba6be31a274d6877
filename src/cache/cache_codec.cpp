#include "cache/cache_codec.hpp"

#include <charconv>
#include <limits>

namespace shnor::cache {
namespace {

// Each file starts with its kind and shape: bump the number when the shape changes.
constexpr std::string_view kSchoolTag = "shnor-school-5";
constexpr std::string_view kRegionTag = "shnor-region-5";

class Writer {
public:
    void piece(std::string_view s) {
        out_ += std::to_string(s.size());
        out_ += ':';
        out_ += s;
    }
    void num(std::uint64_t v) { piece(std::to_string(v)); }
    void num(int v) { piece(std::to_string(v)); }
    void flag(bool v) { piece(v ? "1" : "0"); }
    void real(double v) {
        char buf[32];
        auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest, exact round trip
        piece({buf, static_cast<std::size_t>(r.ptr - buf)});
    }
    void date(const model::Date& d) { piece(d.valid() ? d.iso() : ""); }
    std::string take() { return std::move(out_); }

private:
    std::string out_;
};

// Every read after a failure fails too: check done() once, at the end.
class Reader {
public:
    explicit Reader(std::string_view in) : in_(in) {}
    bool done() const { return ok_ && in_.empty(); }

    std::string_view piece() {
        auto colon = in_.find(':');
        std::size_t n = 0;
        if (!ok_ || colon == std::string_view::npos || colon == 0 || colon > 12 ||
            std::from_chars(in_.data(), in_.data() + colon, n).ptr != in_.data() + colon ||
            in_.size() - colon - 1 < n)
            return fail();
        auto out = in_.substr(colon + 1, n);
        in_.remove_prefix(colon + 1 + n);
        return out;
    }
    std::string str() { return std::string(piece()); }
    template <typename T>
    T num(T lo = std::numeric_limits<T>::min(), T hi = std::numeric_limits<T>::max()) {
        auto s = piece();
        T v{};
        auto r = std::from_chars(s.data(), s.data() + s.size(), v);
        if (r.ec != std::errc{} || r.ptr != s.data() + s.size() || v < lo || v > hi) fail();
        return ok_ ? v : T{};
    }
    bool flag() { return num<int>(0, 1) == 1; }
    // A number, or "-" for none.
    std::optional<double> real() {
        auto s = piece();
        if (s == "-") return std::nullopt;
        double v = 0;
        auto r = std::from_chars(s.data(), s.data() + s.size(), v);
        if (r.ec != std::errc{} || r.ptr != s.data() + s.size()) fail();
        return v;
    }
    std::optional<model::Date> date() {
        auto s = piece();
        if (s.empty()) return std::nullopt;
        auto d = model::parse_date(s);
        if (!d) fail();
        return d;
    }
    // A count of items that follow, each at least one piece long.
    std::size_t count() {
        auto n = num<std::size_t>();
        if (n > in_.size()) fail();
        return ok_ ? n : 0;
    }

private:
    std::string_view fail() {
        ok_ = false;
        in_ = {};
        return {};
    }
    std::string_view in_;
    bool ok_ = true;
};

template <typename Enum>
int as_int(Enum e) {
    return static_cast<int>(e);
}

void put(Writer& w, const compute::Counts& c) {
    for (int v : {c.measures, c.planned, c.in_progress, c.done, c.cancelled, c.overdue,
                  c.indicators, c.achieved, c.on_track, c.lagging, c.no_data})
        w.num(v);
}

void get(Reader& r, compute::Counts& c) {
    for (int* v : {&c.measures, &c.planned, &c.in_progress, &c.done, &c.cancelled, &c.overdue,
                   &c.indicators, &c.achieved, &c.on_track, &c.lagging, &c.no_data})
        *v = r.num<int>();
}

void put(Writer& w, const compute::YearSummary& y) {
    w.num(y.year);
    for (bool f : {y.participates, y.exited, y.roadmap_accepted, y.both_waves, y.high_decreased,
                   y.has_profile, y.no_roadmap})
        w.flag(f);
    w.piece(y.curator);
    put(w, y.counts);
    w.num(as_int(y.wave));
    for (int v : {y.high, y.medium, y.low, y.visits, y.visits_on_site}) w.num(v);
    w.num(y.levels.size());
    for (const auto& l : y.levels) w.num(l ? as_int(*l) : -1);
    for (const auto* list : {&y.high_initial, &y.high_final}) {
        w.num(list->size());
        for (const auto& id : *list) w.piece(id);
    }
    w.date(y.last_visit.value_or(model::Date{}));
    for (const auto& v : y.indicators) v ? w.real(*v) : w.piece("-");
    w.num(y.attention.size());
    for (const auto& a : y.attention) {
        w.num(as_int(a.kind));
        w.piece(a.subject);
        w.date(a.date);
    }
}

void get(Reader& r, compute::YearSummary& y) {
    y.year = r.num<int>();
    for (bool* f : {&y.participates, &y.exited, &y.roadmap_accepted, &y.both_waves,
                    &y.high_decreased, &y.has_profile, &y.no_roadmap})
        *f = r.flag();
    y.curator = r.str();
    get(r, y.counts);
    y.wave = static_cast<model::Wave>(r.num<int>(0, as_int(model::Wave::Final)));
    for (int* v : {&y.high, &y.medium, &y.low, &y.visits, &y.visits_on_site}) *v = r.num<int>();
    for (std::size_t n = r.count(); n > 0; --n) {
        const int l = r.num<int>(-1, as_int(model::Level::High));
        y.levels.push_back(l < 0 ? std::nullopt
                                 : std::optional<model::Level>(static_cast<model::Level>(l)));
    }
    for (auto* list : {&y.high_initial, &y.high_final})
        for (std::size_t n = r.count(); n > 0; --n) list->push_back(r.str());
    y.last_visit = r.date();
    for (auto& v : y.indicators) v = r.real();
    for (std::size_t n = r.count(); n > 0; --n) {
        compute::AttentionItem a;
        a.kind = static_cast<compute::AttentionKind>(
            r.num<int>(0, as_int(compute::AttentionKind::Lagging)));
        a.subject = r.str();
        a.date = r.date().value_or(model::Date{});
        y.attention.push_back(std::move(a));
    }
}

void put(Writer& w, const diag::SourceLoc& l) {
    w.piece(l.file.str());
    w.num(l.line);
    w.num(l.column);
}

diag::SourceLoc loc(Reader& r) {
    diag::SourceLoc l;
    l.file = r.str();
    l.line = r.num<int>();
    l.column = r.num<int>();
    return l;
}

// What school and region entries both carry: the paths they rendered and
// the warnings repeated on a hit.
void put_outputs(Writer& w, const std::vector<std::string>& outputs,
                 const std::vector<diag::Diagnostic>& diagnostics) {
    w.num(outputs.size());
    for (const auto& o : outputs) w.piece(o);
    w.num(diagnostics.size());
    for (const auto& d : diagnostics) {
        w.flag(d.severity == diag::Severity::Error);
        put(w, d.loc);
        w.piece(d.message);
    }
}

void get_outputs(Reader& r, std::vector<std::string>& outputs,
                 std::vector<diag::Diagnostic>& diagnostics) {
    for (std::size_t n = r.count(); n > 0; --n) outputs.push_back(r.str());
    for (std::size_t n = r.count(); n > 0; --n) {
        diag::Diagnostic d;
        d.severity = r.flag() ? diag::Severity::Error : diag::Severity::Warning;
        d.loc = loc(r);
        d.message = r.str();
        diagnostics.push_back(std::move(d));
    }
}

}  // namespace

std::string encode(const CachedSchool& e) {
    Writer w;
    w.piece(kSchoolTag);
    w.num(e.key);
    w.num(e.data_hash);
    w.num(e.files.size());
    for (const auto& f : e.files) {
        w.piece(f.rel);
        for (auto v : {f.stamp.size, f.stamp.mtime_ns, f.stamp.inode, f.hash}) w.num(v);
    }
    const auto& s = e.summary;
    for (const auto* text : {&s.id, &s.name, &s.short_name, &s.municipality}) w.piece(*text);
    put(w, s.loc);
    w.num(s.years.size());
    for (const auto& y : s.years) put(w, y);
    put_outputs(w, e.outputs, e.diagnostics);
    return w.take();
}

std::optional<CachedSchool> decode_school(std::string_view bytes) {
    Reader r(bytes);
    if (r.piece() != kSchoolTag) return std::nullopt;
    CachedSchool e;
    e.key = r.num<std::uint64_t>();
    e.data_hash = r.num<std::uint64_t>();
    for (std::size_t n = r.count(); n > 0; --n) {
        FileVersion f;
        f.rel = r.str();
        for (auto* v : {&f.stamp.size, &f.stamp.mtime_ns, &f.stamp.inode, &f.hash})
            *v = r.num<std::uint64_t>();
        e.files.push_back(std::move(f));
    }
    auto& s = e.summary;
    for (auto* text : {&s.id, &s.name, &s.short_name, &s.municipality}) *text = r.str();
    s.loc = loc(r);
    for (std::size_t n = r.count(); n > 0; --n) get(r, s.years.emplace_back());
    get_outputs(r, e.outputs, e.diagnostics);
    if (!r.done()) return std::nullopt;
    return e;
}

std::string encode(const CachedRegion& e) {
    Writer w;
    w.piece(kRegionTag);
    w.num(e.key);
    w.num(e.shared);
    put_outputs(w, e.outputs, e.diagnostics);
    w.num(e.fingerprints.size());
    for (const auto& [path, print] : e.fingerprints) {
        w.piece(path);
        w.num(print);
    }
    return w.take();
}

std::optional<CachedRegion> decode_region(std::string_view bytes) {
    Reader r(bytes);
    if (r.piece() != kRegionTag) return std::nullopt;
    CachedRegion e;
    e.key = r.num<std::uint64_t>();
    e.shared = r.num<std::uint64_t>();
    get_outputs(r, e.outputs, e.diagnostics);
    for (std::size_t n = r.count(); n > 0; --n) {
        std::string path = r.str();
        e.fingerprints[std::move(path)] = r.num<std::uint64_t>();
    }
    if (!r.done()) return std::nullopt;
    return e;
}

std::string encode(const render::SchoolData& rows) {
    Writer w;
    for (const auto& t : rows) {
        w.piece(t.csv);
        w.num(t.json.size());
        for (const auto& item : t.json) w.piece(item);
    }
    return w.take();
}

std::optional<render::SchoolData> decode_rows(std::string_view bytes) {
    Reader r(bytes);
    render::SchoolData d;
    for (auto& table : d) {
        table.csv = r.str();
        for (std::size_t n = r.count(); n > 0; --n) table.json.push_back(r.str());
    }
    if (!r.done()) return std::nullopt;
    return d;
}

}  // namespace shnor::cache
