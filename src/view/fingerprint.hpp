#pragma once
// Fingerprints of what an output shows: two view-models with the same
// fingerprint render to the same bytes (with the same templates, fonts and
// options). The incremental roll-ups (write/output_memo.hpp) key the pages
// over all schools and the printed documents by them.
#include <cstdint>
#include <string_view>

#include "view/monitoring.hpp"
#include "view/pdf_doc.hpp"
#include "view/value.hpp"

namespace shnor::view {

// kind: what the tree is rendered with (the page's template).
std::uint64_t fingerprint(std::string_view kind, const Value& body, const Value& layout);
// Source positions are left out: they change no byte of the document.
std::uint64_t fingerprint(const pdf::Document& doc);
std::uint64_t fingerprint(const MonitoringReport& report);

}  // namespace shnor::view
