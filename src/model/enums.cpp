#include "model/enums.hpp"

#include <string_view>
#include <utility>
#include <vector>

#include "model/labels.hpp"

namespace shnor::model {

namespace {

// The label table of each enum type (model/labels).
std::string_view table_of(Level) { return "level"; }
std::string_view table_of(Direction) { return "direction"; }
std::string_view table_of(Trend) { return "trend"; }
std::string_view table_of(Wave) { return "wave"; }
std::string_view table_of(MeasureStatus) { return "measure_status"; }
std::string_view table_of(ReviewStatus) { return "review_status"; }
std::string_view table_of(DocKind) { return "doc_kind"; }
std::string_view table_of(Outcome) { return "outcome"; }
std::string_view table_of(Role) { return "role"; }

template <typename E>
E pick(const load::Node* n, const std::vector<std::pair<const char*, E>>& options, E fallback,
       diag::Sink& sink) {
    if (!n || n->is_null()) return fallback;
    for (const auto& [key, value] : options)
        if (n->s == key && n->kind == load::Kind::String) return value;
    // Reached only when a schema lets a value through: same words as the schema's message.
    std::string list;
    for (const auto& [key, value] : options)
        list += (list.empty() ? "" : ", ") + std::string(key) + " (" +
                enum_label(table_of(value), model::key(value)) + ")";
    sink.error(n->loc, "\"" + n->s + "\" не входит в список допустимых значений: " + list);
    return fallback;
}

}  // namespace

Level parse_level(const load::Node& n, diag::Sink& sink) {
    return pick<Level>(&n,
                       {{"high", Level::High},
                        {"medium", Level::Medium},
                        {"low", Level::Low},
                        {"none", Level::None}},
                       Level::None, sink);
}
Direction parse_direction(const load::Node* n, diag::Sink& sink) {
    return pick<Direction>(n,
                           {{"higher-is-worse", Direction::HigherIsWorse},
                            {"lower-is-worse", Direction::LowerIsWorse}},
                           Direction::HigherIsWorse, sink);
}
Trend parse_trend(const load::Node* n, diag::Sink& sink) {
    return pick<Trend>(n, {{"increase", Trend::Increase}, {"decrease", Trend::Decrease}},
                       Trend::Increase, sink);
}
Wave parse_wave(const load::Node* n, diag::Sink& sink) {
    return pick<Wave>(n, {{"initial", Wave::Initial}, {"final", Wave::Final}}, Wave::Initial, sink);
}
MeasureStatus parse_measure_status(const load::Node* n, diag::Sink& sink) {
    return pick<MeasureStatus>(n,
                               {{"planned", MeasureStatus::Planned},
                                {"in-progress", MeasureStatus::InProgress},
                                {"done", MeasureStatus::Done},
                                {"cancelled", MeasureStatus::Cancelled}},
                               MeasureStatus::Planned, sink);
}
ReviewStatus parse_review_status(const load::Node* n, diag::Sink& sink) {
    return pick<ReviewStatus>(n,
                              {{"submitted", ReviewStatus::Submitted},
                               {"returned", ReviewStatus::Returned},
                               {"accepted", ReviewStatus::Accepted}},
                              ReviewStatus::Submitted, sink);
}
DocKind parse_doc_kind(const load::Node* n, diag::Sink& sink) {
    return pick<DocKind>(n,
                         {{"concept", DocKind::Concept},
                          {"programme", DocKind::Programme},
                          {"antirisk", DocKind::AntiRisk}},
                         DocKind::Programme, sink);
}
Outcome parse_outcome(const load::Node* n, diag::Sink& sink) {
    return pick<Outcome>(n, {{"continues", Outcome::Continues}, {"exited", Outcome::Exited}},
                         Outcome::Continues, sink);
}
Role parse_role(const load::Node* n, diag::Sink& sink) {
    return pick<Role>(n,
                      {{"curator", Role::Curator},
                       {"regional-coordinator", Role::RegionalCoordinator},
                       {"municipal-coordinator", Role::MunicipalCoordinator}},
                      Role::Curator, sink);
}

}  // namespace shnor::model
