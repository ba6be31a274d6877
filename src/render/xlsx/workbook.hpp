#pragma once
// The monitoring report as an Excel workbook through libxlsxwriter: one
// sheet per table, Russian headers in a frozen first row, column widths,
// counts and shares as numbers, dates as dates. Byte-identical for the same
// report: the creation time is the report's date, never the clock.
#include <string>

#include "diag/diagnostic.hpp"
#include "view/monitoring.hpp"

namespace shnor::render {

// XLSX bytes; "" after an error reported to sink at `path`.
std::string monitoring_xlsx(const view::MonitoringReport& report, const std::string& path,
                            diag::Sink& sink);

}  // namespace shnor::render
