#pragma once
// The region's yearly monitoring report for the ministry as tables of typed
// cells: the PDF (view/pdf_monitoring) prints each cell's text, the workbook
// (render/xlsx) writes its number or date. Texts are formatted here, once.
#include <string>
#include <vector>

#include "compute/monitoring.hpp"
#include "model/project.hpp"

namespace shnor::view {

enum class CellKind { Text, Count, Share, Date };

struct ReportCell {
    CellKind kind = CellKind::Text;
    std::string text;    // as printed: «12», «46 %», «29.12.2020», «нет данных»
    double number = 0;   // Count, Share (in [0, 1])
    model::Date date;    // Date
    bool empty = false;  // no data: a blank cell in the workbook, the text in print
};

struct ReportTable {
    std::string sheet;    // the workbook's sheet name (≤ 31 characters)
    std::string caption;  // the printed heading
    std::vector<std::string> header;
    std::vector<double> widths;  // per column, in characters (the workbook; PDF weights)
    std::vector<std::vector<ReportCell>> rows;
    bool wide = false;  // printed in landscape
};

struct MonitoringReport {
    int year = 0;
    std::string title, region, ministry, author;
    model::Date date;  // the report date: PDF and workbook metadata
    std::vector<ReportTable> tables;
};

// as_of: the report date (the figures' «на дату»).
MonitoringReport monitoring_report(const model::Project& project, const compute::Analysis& analysis,
                                   const compute::MonitoringYear& year, model::Date as_of);

}  // namespace shnor::view
