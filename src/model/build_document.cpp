// A document with its roadmap: schools/<id>/<year>/<doc>.yaml.
#include "model/build_parts.hpp"
#include "model/enums.hpp"
#include "model/reader.hpp"

namespace shnor::model {

namespace {

Point build_point(const load::Node* n, diag::Sink& sink) {
    Reader r(n, sink);
    Point p;
    if (!r.ok()) return p;
    p.value = r.number("value").value_or(0);
    p.date = r.date("date").value_or(Date{});
    return p;
}

Indicator build_indicator(const load::Node* n, diag::Sink& sink) {
    Reader r(n, sink);
    Indicator ind;
    if (!r.ok()) return ind;
    ind.loc = r.loc();
    ind.id = r.str("id");
    ind.title = r.str("title");
    ind.unit = r.str("unit", false);
    ind.method = r.str("method", false);
    ind.trend = parse_trend(r.child("trend"), sink);
    if (const load::Node* b = r.child("baseline"))
        ind.baseline = build_point(b, sink);
    else
        sink.error(r.loc(), "нет обязательного поля \"baseline\"");
    for (const load::Node* t : r.items("targets")) ind.targets.push_back(build_point(t, sink));
    std::stable_sort(ind.targets.begin(), ind.targets.end(),
                     [](const auto& a, const auto& b) { return a.date < b.date; });
    return ind;
}

Measure build_measure(const load::Node* n, diag::Sink& sink) {
    Reader r(n, sink);
    Measure m;
    if (!r.ok()) return m;
    m.loc = r.loc();
    m.id = r.str("id");
    m.task = r.str("task", false);
    m.task_loc = r.at("task");
    m.title = r.str("title");
    m.start = r.date("start").value_or(Date{});
    m.due = r.date("due").value_or(Date{});
    m.done_date = r.date("done_date", false);
    if (const load::Node* done = r.child("done_date")) m.done_loc = done->loc;
    m.responsible = r.str("responsible");
    m.participants = r.str("participants", false);
    m.result = r.str("result", false);
    m.indicators = r.strings("indicators");
    m.indicator_locs = r.item_locs("indicators");
    m.evidence = build_links(r, "evidence", sink);
    m.status = parse_measure_status(r.child("status"), sink);
    return m;
}

}  // namespace

void build_document(const load::ContentFile& f, School& s, diag::Sink& sink) {
    Reader r(f.root.get(), sink);
    if (!r.ok()) return;
    Document d;
    d.loc = r.loc();
    d.id = f.stem;
    d.year = f.year;
    d.kind = parse_doc_kind(r.child("kind"), sink);
    d.risk = r.str("risk", d.kind == DocKind::AntiRisk);
    d.risk_loc = r.at("risk");
    d.title = r.str("title");
    d.goal = r.str("goal", false);
    for (const load::Node* t : r.items("tasks")) {
        Reader tr(t, sink);
        if (tr.ok()) d.tasks.push_back({tr.str("id"), tr.str("title"), tr.loc()});
    }
    for (const load::Node* i : r.items("indicators"))
        d.indicators.push_back(build_indicator(i, sink));
    for (const load::Node* m : r.items("measures")) d.measures.push_back(build_measure(m, sink));
    for (const load::Node* v : r.items("reviews")) {
        Reader vr(v, sink);
        if (!vr.ok()) continue;
        Review rev;
        rev.loc = vr.loc();
        rev.date = vr.date("date").value_or(Date{});
        rev.status = parse_review_status(vr.child("status"), sink);
        rev.by = vr.str("by", false);
        if (const load::Node* by = vr.child("by")) rev.by_loc = by->loc;
        rev.comment = vr.str("comment", false);
        d.reviews.push_back(std::move(rev));
    }
    s.documents.push_back(std::move(d));
}

void build_page(const load::ContentFile& f, Project& p, diag::Sink& sink) {
    Page page;
    page.id = f.stem;
    page.loc = {f.path, 1, 1};
    std::string_view text = f.text;
    auto nl = text.find('\n');
    std::string_view first = text.substr(0, nl);
    if (first.rfind("# ", 0) != 0) {
        sink.error(page.loc, "страница должна начинаться с заголовка «# Название»");
        return;
    }
    page.title = std::string(first.substr(2));
    std::string_view rest = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    static const std::string_view marker = "<!-- order: ";
    if (rest.rfind(marker, 0) == 0) {
        auto end = rest.find('\n');
        std::string_view line = rest.substr(marker.size(), end - marker.size());
        page.order = std::atoi(std::string(line).c_str());
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    }
    page.markdown = std::string(rest);
    p.pages.push_back(std::move(page));
}

}  // namespace shnor::model
