#pragma once
// The monitoring report as a printable document: a portrait first part (the
// year's figures and the criteria), then the wide tables in landscape.
#include "view/monitoring.hpp"
#include "view/pdf_doc.hpp"

namespace shnor::view::pdf {

Document monitoring_document(const MonitoringReport& report);

}  // namespace shnor::view::pdf
