#include "compute/attention.hpp"

#include <algorithm>
#include <tuple>

#include "compute/analysis.hpp"

namespace shnor::compute {
namespace {

model::Date last_review(const model::Document& d) {
    return d.reviews.empty() ? model::Date{} : d.reviews.back().date;
}

void add_document(std::vector<AttentionItem>& out, const DocumentProgress& dp) {
    const model::Document& d = *dp.document;
    if (dp.review == model::ReviewStatus::Returned)
        out.push_back({AttentionKind::Returned, d.title, last_review(d)});
    if (dp.review == model::ReviewStatus::Submitted)
        out.push_back({AttentionKind::AwaitingReview, d.title, last_review(d)});
    for (const auto& m : dp.measures)
        if (m.overdue) out.push_back({AttentionKind::Overdue, m.measure->title, m.measure->due});
    for (const auto& i : dp.indicators)
        if (i.status == IndicatorStatus::Lagging)
            out.push_back({AttentionKind::Lagging, i.indicator->title,
                           i.target ? i.target->date : model::Date{}});
}

int count_of(const std::vector<AttentionItem>& items, AttentionKind kind) {
    return static_cast<int>(
        std::count_if(items.begin(), items.end(), [&](const auto& i) { return i.kind == kind; }));
}

}  // namespace

bool attention_less(const AttentionItem& a, const AttentionItem& b) {
    return std::tie(a.kind, a.date, a.subject) < std::tie(b.kind, b.date, b.subject);
}

std::vector<AttentionItem> attention_items(const SchoolYear& sy) {
    std::vector<AttentionItem> out;
    if (!sy.participation) return out;
    if (sy.documents.empty()) out.push_back({AttentionKind::NoRoadmap, "", {}});
    for (const auto& dp : sy.documents) add_document(out, dp);
    std::stable_sort(out.begin(), out.end(), attention_less);
    return out;
}

void add_no_recent_visit(std::vector<AttentionItem>& items, const model::Date& last_visit) {
    const AttentionItem item{AttentionKind::NoRecentVisit, "", last_visit};
    items.insert(std::upper_bound(items.begin(), items.end(), item, attention_less), item);
}

int compare_urgency(const std::vector<AttentionItem>& a, const std::vector<AttentionItem>& b) {
    if (a.empty() || b.empty()) return (a.empty() ? 1 : 0) - (b.empty() ? 1 : 0);
    const AttentionKind ka = a.front().kind, kb = b.front().kind;
    if (ka != kb) return ka < kb ? -1 : 1;
    const int na = count_of(a, ka), nb = count_of(b, kb);
    if (na != nb) return na > nb ? -1 : 1;
    if (a.size() != b.size()) return a.size() > b.size() ? -1 : 1;
    return 0;
}

}  // namespace shnor::compute
