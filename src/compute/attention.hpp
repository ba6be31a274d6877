#pragma once
// What needs attention in a school-year at the report date, for the people
// who run the programme (curators, coordinators), and the order of urgency
// their pages list schools in. Pure functions of a SchoolYear.
#include <string>
#include <vector>

#include "model/date.hpp"

namespace shnor::compute {

struct SchoolYear;

// Ordered by urgency, most urgent first: a school without any roadmap blocks
// everything else; a returned document waits on the school; an overdue
// measure is a missed deadline; a submitted document waits on the curator;
// no curator visit for the region's N months is the curator's own debt;
// an indicator behind target is a trend to discuss.
enum class AttentionKind { NoRoadmap, Returned, Overdue, NoRecentVisit, AwaitingReview, Lagging };

struct AttentionItem {
    AttentionKind kind = AttentionKind::NoRoadmap;
    std::string subject;  // document, measure or indicator title; empty for NoRoadmap
    // Returned / AwaitingReview: the review's date; Overdue: the due date;
    // Lagging: the target's date; NoRecentVisit: the last visit (none: year
    // 0); NoRoadmap: none.
    model::Date date;
    bool operator==(const AttentionItem&) const = default;
};

// The items of one school-year, in the order of attention_less. A year the
// school is not in the programme (no participation) needs none.
std::vector<AttentionItem> attention_items(const SchoolYear& sy);

// Adds NoRecentVisit (compute/records: without_recent_visit) in its place.
void add_no_recent_visit(std::vector<AttentionItem>& items, const model::Date& last_visit);

// Items: by kind, then the older date first (it has waited longer), then
// subject.
bool attention_less(const AttentionItem& a, const AttentionItem& b);

// Schools: the one whose most urgent item is of a more urgent kind first;
// then more items of that kind, then more items in all. Returns <0, 0, >0
// like strcmp; equal lists compare 0 (callers break ties by name). Lists are
// sorted by attention_less; an empty list is the least urgent.
int compare_urgency(const std::vector<AttentionItem>& a, const std::vector<AttentionItem>& b);

}  // namespace shnor::compute
