#pragma once
// Parsing of the enumerated values of the content format (English keys).
#include <optional>
#include <string>

#include "diag/diagnostic.hpp"
#include "load/node.hpp"
#include "model/project.hpp"

namespace shnor::model {

// Each reports "\"x\" не входит в список допустимых значений: a, b" and returns fallback.
Level parse_level(const load::Node& n, diag::Sink& sink);
Direction parse_direction(const load::Node* n, diag::Sink& sink);
Trend parse_trend(const load::Node* n, diag::Sink& sink);
Wave parse_wave(const load::Node* n, diag::Sink& sink);
MeasureStatus parse_measure_status(const load::Node* n, diag::Sink& sink);
ReviewStatus parse_review_status(const load::Node* n, diag::Sink& sink);
DocKind parse_doc_kind(const load::Node* n, diag::Sink& sink);
Outcome parse_outcome(const load::Node* n, diag::Sink& sink);
Role parse_role(const load::Node* n, diag::Sink& sink);

}  // namespace shnor::model
