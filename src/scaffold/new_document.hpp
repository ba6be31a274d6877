#pragma once
// `shnor new document SCHOOL YEAR KIND [--risk FACTOR]`: a document skeleton
// (concept, programme, or an anti-risk programme for a factor of the year's
// catalogue) with one task, indicator and measure to copy, marked TODO.
#include <string>

#include "scaffold/plan.hpp"

namespace shnor::scaffold {

Plan new_document(const Input& in, const std::string& school, int year, const std::string& kind,
                  const std::string& risk);

// The skeleton's text: kind is a doc_kind key; factor is set for antirisk only.
std::string document_skeleton(const std::string& school, int year, const std::string& kind,
                              const model::RiskFactor* factor);

}  // namespace shnor::scaffold
