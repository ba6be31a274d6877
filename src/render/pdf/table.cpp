// Tables: column widths from min-/max-content, header rows repeated on every
// page, rows split across pages when they cannot fit on a page of their own.
#include <algorithm>
#include <numeric>

#include "render/pdf/composer.hpp"

namespace shnor::render::pdf {
namespace {

constexpr double kPadX = 3, kPadY = 2, kBorder = 0.5;
constexpr double kMinCap = 90;  // one very long word must not starve the other columns
const Rgb kHeaderFill{0.9, 0.9, 0.9};

std::size_t column_count(const vp::Table& t) {
    std::size_t n = 0;
    for (const auto& r : t.header) n = std::max(n, r.size());
    for (const auto& r : t.rows) n = std::max(n, r.size());
    return n;
}

// CSS-like auto layout: everything at max-content if it fits, else each
// column between its min- and max-content in proportion, else min scaled down.
std::vector<double> column_widths(const std::vector<ContentWidths>& cw, double avail) {
    const std::size_t n = cw.size();
    double sum_min = 0, sum_max = 0;
    for (const auto& c : cw) {
        sum_min += c.min;
        sum_max += c.max;
    }
    std::vector<double> w(n);
    if (sum_max <= avail) {
        // Stretch to the full width, but only the text columns: a «№» column
        // stays narrow. Without text columns, stretch all in proportion.
        double text_sum = 0;
        for (const auto& c : cw)
            if (c.max >= avail * 0.15) text_sum += c.max;
        const double base = text_sum > 0 ? text_sum : sum_max;
        const double extra = avail - sum_max;
        for (std::size_t i = 0; i < n; ++i) {
            const bool takes = text_sum <= 0 || cw[i].max >= avail * 0.15;
            w[i] = cw[i].max;
            if (base > 0 && takes)
                w[i] += extra * cw[i].max / base;
            else if (base <= 0)
                w[i] += extra / static_cast<double>(n);
        }
    } else if (sum_min <= avail) {
        const double k = (avail - sum_min) / std::max(sum_max - sum_min, 1e-9);
        for (std::size_t i = 0; i < n; ++i) w[i] = cw[i].min + (cw[i].max - cw[i].min) * k;
    } else {
        for (std::size_t i = 0; i < n; ++i)
            w[i] = sum_min > 0 ? avail * cw[i].min / sum_min : avail / static_cast<double>(n);
    }
    return w;
}

// The rows' cells broken into lines at the column widths.
std::vector<PreparedRow> prepare(Composer& c, const vp::Table& t,
                                 const std::vector<std::vector<vp::Cell>>& rows,
                                 std::vector<std::vector<std::u32string>>& texts,
                                 const std::vector<double>& widths, bool header) {
    static const vp::Cell kEmpty{};
    std::vector<PreparedRow> out;
    out.reserve(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r) {
        PreparedRow pr;
        pr.cells.reserve(widths.size());
        for (std::size_t i = 0; i < widths.size(); ++i) {
            const vp::Cell& cell = i < rows[r].size() ? rows[r][i] : kEmpty;
            PreparedCell pc;
            pc.style = {header ? Face::Bold : cell.face, t.size,
                        header ? vp::Align::Center : cell.align};
            pc.lines =
                break_lines(texts[r][i], c.width_fn(pc.style.face, t.size), widths[i] - 2 * kPadX);
            pr.cells.push_back(std::move(pc));
        }
        out.push_back(std::move(pr));
    }
    return out;
}

MeasuredTable measure_table(Composer& c, const vp::Table& t) {
    const std::size_t n = column_count(t);
    std::vector<ContentWidths> cw(n);
    auto add = [&](const std::vector<vp::Cell>& row, bool header) {
        std::vector<std::u32string> texts(n);
        for (std::size_t i = 0; i < row.size() && i < n; ++i) {
            const Face f = header ? Face::Bold : row[i].face;
            texts[i] = c.clean(row[i].text, f, row[i].src);
            const auto w = content_widths(texts[i], c.width_fn(f, t.size));
            cw[i].min = std::max(cw[i].min, std::min(w.min, kMinCap) + 2 * kPadX);
            cw[i].max = std::max(cw[i].max, w.max + 2 * kPadX);
        }
        return texts;
    };
    std::vector<std::vector<std::u32string>> header, rows;
    for (const auto& r : t.header) header.push_back(add(r, true));
    for (const auto& r : t.rows) rows.push_back(add(r, false));
    MeasuredTable m;
    m.widths = column_widths(cw, c.geo().body_width());
    m.header = prepare(c, t, t.header, header, m.widths, true);
    m.rows = prepare(c, t, t.rows, rows, m.widths, false);
    return m;
}

}  // namespace

class TablePlacer {
public:
    TablePlacer(Composer& c, const vp::Table& t, const MeasuredTable& m)
        : c_(c), t_(t), n_(column_count(t)), widths_(m.widths), header_(m.header), rows_(m.rows) {}

    void place() {
        if (n_ == 0) return;
        const double first =
            rows_.empty() ? 0
                          : row_height(rows_[0], 0, std::min<std::size_t>(rows_[0].max_lines(), 2));
        if (header_height() + first > c_.room() && !c_.fresh()) c_.new_page();
        draw_header();
        for (std::size_t i = 0; i < rows_.size(); ++i) {
            // The last row takes what must follow it (a signature) along.
            if (i + 1 == rows_.size() && tail_ > 0) keep_last_row_with_tail(rows_[i]);
            place_row(rows_[i]);
        }
        c_.y_ += t_.space_after;
    }

    void set_tail(double h) { tail_ = h; }

    double height_hint() const {
        if (n_ == 0) return 0;
        // No rows: the height of one empty row.
        const std::size_t lines = rows_.empty() ? 0 : rows_[0].max_lines();
        return header_height() + row_height({}, 0, std::min<std::size_t>(lines, 2));
    }

private:
    double lh() const { return line_height(t_.size); }

    double row_height(const PreparedRow&, std::size_t from, std::size_t to) const {
        return lh() * static_cast<double>(std::max<std::size_t>(to, from + 1) - from) + 2 * kPadY;
    }

    double header_height() const {
        double h = 0;
        for (const auto& r : header_) h += row_height(r, 0, r.max_lines());
        return h;
    }

    void draw_header() {
        for (const auto& r : header_) draw_part(r, 0, r.max_lines(), true);
    }

    // Draws lines [from, to) of every cell of a row at the cursor.
    void draw_part(const PreparedRow& row, std::size_t from, std::size_t to, bool header) {
        const double h = row_height(row, from, to);
        double x = c_.geo().left;
        for (std::size_t i = 0; i < n_; ++i) {
            RectItem r{x, c_.y_, widths_[i], h, std::nullopt, kBorder};
            if (header) r.fill = kHeaderFill;
            c_.rect(r);
            const auto& cell = row.cells[i];
            c_.draw_lines(cell.lines, from, std::min(to, cell.lines.size()), x + kPadX,
                          widths_[i] - 2 * kPadX, c_.y_ + kPadY, cell.style, 0);
            x += widths_[i];
        }
        c_.y_ += h;
    }

    void keep_last_row_with_tail(const PreparedRow& row) {
        const double need = row_height(row, 0, row.max_lines()) + t_.space_after + tail_;
        const double page_room = c_.geo().height - c_.geo().top - c_.geo().bottom - header_height();
        if (need > c_.room() && need <= page_room && c_.room() < page_room - 0.01)
            continue_on_new_page();
    }

    void continue_on_new_page() {
        c_.new_page();
        draw_header();
    }

    void place_row(const PreparedRow& row) {
        const std::size_t total = std::max<std::size_t>(row.max_lines(), 1);
        const double page_room = c_.geo().height - c_.geo().top - c_.geo().bottom - header_height();
        std::size_t from = 0;
        // Each pass draws at least one line or starts a page (after which the
        // next pass is at the top and draws); the guard is belt and braces.
        for (std::size_t guard = 0; from < total; ++guard) {
            const double need = row_height(row, from, total);
            const bool at_top = c_.room() >= page_room - 0.01;
            if (need <= c_.room() || guard > 2 * total + 4) {
                draw_part(row, from, total, false);
                return;
            }
            // Move a row that fits on a page of its own; split only a taller one.
            auto fit = static_cast<std::size_t>(std::max(c_.room() - 2 * kPadY, 0.0) / lh());
            if (!at_top && (need <= page_room || fit == 0)) {
                continue_on_new_page();
                continue;
            }
            fit = std::clamp<std::size_t>(fit, 1, total - from);
            draw_part(row, from, from + fit, false);
            from += fit;
            if (from < total) continue_on_new_page();
        }
    }

    Composer& c_;
    const vp::Table& t_;
    std::size_t n_;
    const std::vector<double>& widths_;
    const std::vector<PreparedRow>& header_;
    const std::vector<PreparedRow>& rows_;
    double tail_ = 0;
};

std::size_t PreparedRow::max_lines() const {
    std::size_t n = 0;
    for (const auto& c : cells) n = std::max(n, c.lines.size());
    return n;
}

const MeasuredTable& Composer::measured(const vp::Table& t) {
    const auto key = std::make_pair(&t, geo_.body_width());  // widths depend on the page
    auto it = tables_.find(key);
    if (it == tables_.end()) it = tables_.emplace(key, measure_table(*this, t)).first;
    return it->second;
}

void Composer::table(const vp::Table& t, double tail) {
    TablePlacer placer(*this, t, measured(t));
    placer.set_tail(tail);
    placer.place();
}

double Composer::table_height_hint(const vp::Table& t) {
    return TablePlacer(*this, t, measured(t)).height_hint();
}

}  // namespace shnor::render::pdf
