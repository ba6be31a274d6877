#include "render/xlsx/workbook.hpp"

#include <sys/mman.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <string>

namespace shnor::render {
namespace {

// libxlsxwriter 1.1 writes only to a named file: give it an anonymous
// in-memory file (memfd) by its /proc name, so nothing reaches the disk
// outside the output sink, then read the bytes back.
class MemoryFile {
public:
    MemoryFile() : fd_(::memfd_create("shnor-xlsx", MFD_CLOEXEC)) {}
    ~MemoryFile() {
        if (fd_ >= 0) ::close(fd_);
    }
    MemoryFile(const MemoryFile&) = delete;
    MemoryFile& operator=(const MemoryFile&) = delete;

    bool ok() const { return fd_ >= 0; }
    std::string name() const { return "/proc/self/fd/" + std::to_string(fd_); }
    std::string bytes() const {
        std::string out;
        char buf[65536];
        for (off_t at = 0;;) {
            const ssize_t n = ::pread(fd_, buf, sizeof buf, at);
            if (n <= 0) break;
            out.append(buf, static_cast<std::size_t>(n));
            at += n;
        }
        return out;
    }

private:
    int fd_;
};

struct Formats {
    lxw_format *header, *text, *count, *share, *date;
};

Formats formats(lxw_workbook* wb) {
    Formats f{};
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_CENTER);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_CENTER);
    format_set_border(f.header, LXW_BORDER_THIN);
    f.text = workbook_add_format(wb);
    format_set_text_wrap(f.text);
    format_set_align(f.text, LXW_ALIGN_VERTICAL_TOP);
    f.count = workbook_add_format(wb);
    format_set_num_format(f.count, "0");
    f.share = workbook_add_format(wb);
    format_set_num_format(f.share, "0%");
    f.date = workbook_add_format(wb);
    format_set_num_format(f.date, "dd.mm.yyyy");
    return f;
}

void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const view::ReportCell& cell,
                const Formats& f) {
    using view::CellKind;
    if (cell.empty) {
        worksheet_write_blank(ws, r, c, nullptr);
        return;
    }
    switch (cell.kind) {
        case CellKind::Text:
            worksheet_write_string(ws, r, c, cell.text.c_str(), f.text);
            break;
        case CellKind::Count:
            worksheet_write_number(ws, r, c, cell.number, f.count);
            break;
        case CellKind::Share:
            worksheet_write_number(ws, r, c, cell.number, f.share);
            break;
        case CellKind::Date: {
            lxw_datetime d{cell.date.year, cell.date.month, cell.date.day, 0, 0, 0};
            worksheet_write_datetime(ws, r, c, &d, f.date);
            break;
        }
    }
}

void write_sheet(lxw_workbook* wb, const view::ReportTable& t, const Formats& f) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, t.sheet.c_str());
    for (std::size_t c = 0; c < t.header.size(); ++c) {
        const auto col = static_cast<lxw_col_t>(c);
        worksheet_write_string(ws, 0, col, t.header[c].c_str(), f.header);
        if (c < t.widths.size()) worksheet_set_column(ws, col, col, t.widths[c], nullptr);
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (std::size_t r = 0; r < t.rows.size(); ++r)
        for (std::size_t c = 0; c < t.rows[r].size(); ++c)
            write_cell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), t.rows[r][c],
                       f);
}

}  // namespace

std::string monitoring_xlsx(const view::MonitoringReport& report, const std::string& path,
                            diag::Sink& sink) {
    MemoryFile file;
    if (!file.ok()) {
        sink.error({path, 0, 0}, "не удалось создать файл XLSX: нет памяти для файла");
        return {};
    }
    lxw_workbook* wb = workbook_new(file.name().c_str());
    if (!wb) {
        sink.error({path, 0, 0}, "не удалось создать файл XLSX");
        return {};
    }
    lxw_doc_properties props{};
    std::string title = report.title, author = report.author, subject = report.region;
    props.title = title.data();
    props.author = author.data();
    props.subject = subject.data();
    // The report's date at midnight UTC: 0 would mean "now" to the library.
    props.created = static_cast<time_t>(report.date.valid() ? report.date.days() * 86400 : 86400);
    workbook_set_properties(wb, &props);
    const Formats f = formats(wb);
    for (const auto& t : report.tables) write_sheet(wb, t, f);
    if (lxw_error e = workbook_close(wb); e != LXW_NO_ERROR) {
        sink.error({path, 0, 0}, std::string("не удалось создать файл XLSX: ") + lxw_strerror(e));
        return {};
    }
    return file.bytes();
}

}  // namespace shnor::render
