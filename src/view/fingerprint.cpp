#include "view/fingerprint.hpp"

#include <xxhash.h>

#include <memory>
#include <type_traits>

namespace shnor::view {
namespace {

// XXH3 over a stream of typed pieces. Every string is length-prefixed and
// every list counted, so different trees never feed the same bytes. Pieces
// are small and many: they are gathered and hashed in blocks.
class Hasher {
public:
    Hasher() : state_(XXH3_createState(), &XXH3_freeState) { XXH3_64bits_reset(state_.get()); }

    template <typename T>
    requires std::is_arithmetic_v<T> || std::is_enum_v<T>
    void add(T v) { append(&v, sizeof v); }
    void add(std::string_view s) {
        add(s.size());
        append(s.data(), s.size());
    }
    void add(const std::string& s) { add(std::string_view(s)); }
    void add(const model::Date& d) { add(d.year), add(d.month), add(d.day); }
    std::uint64_t digest() {
        flush();
        return XXH3_64bits_digest(state_.get());
    }

private:
    void append(const void* p, std::size_t n) {
        buffer_.append(static_cast<const char*>(p), n);
        if (buffer_.size() >= kBlock) flush();
    }
    void flush() {
        XXH3_64bits_update(state_.get(), buffer_.data(), buffer_.size());
        buffer_.clear();
    }

    static constexpr std::size_t kBlock = 1 << 16;
    std::unique_ptr<XXH3_state_t, decltype(&XXH3_freeState)> state_;
    std::string buffer_;
};

void add(Hasher& h, const Value& v) {
    h.add(v.kind());
    switch (v.kind()) {
        case Value::Kind::String:
            return h.add(v.str());
        case Value::Kind::Bool:
            return h.add(v.boolean());
        case Value::Kind::List:
            h.add(v.items().size());
            for (const auto& item : v.items()) add(h, item);
            return;
        case Value::Kind::Object:
            h.add(v.fields().size());
            for (const auto& [key, field] : v.fields()) {
                h.add(key);
                add(h, field);
            }
            return;
    }
}

void add(Hasher& h, const pdf::TextStyle& s) { h.add(s.face), h.add(s.size), h.add(s.align); }

void add(Hasher& h, const pdf::Paragraph& p) {
    h.add(p.text), add(h, p.style), h.add(p.indent_left), h.add(p.first_line);
    h.add(p.space_before), h.add(p.space_after), h.add(p.keep_with_next);
    h.add(p.outline_level), h.add(p.anchor), h.add(p.link), h.add(p.link_page);
}

void add(Hasher& h, const std::vector<std::vector<pdf::Cell>>& rows) {
    h.add(rows.size());
    for (const auto& row : rows) {
        h.add(row.size());
        for (const auto& c : row) h.add(c.text), h.add(c.face), h.add(c.align);
    }
}

void add(Hasher& h, const pdf::Table& t) {
    h.add(t.weights.size());
    for (double w : t.weights) h.add(w);
    add(h, t.header), add(h, t.rows), h.add(t.size), h.add(t.space_after);
}

void add(Hasher& h, const pdf::Chart& c) {
    h.add(c.caption), h.add(c.legend), h.add(c.space_after), h.add(c.bars.size());
    for (const auto& b : c.bars)
        h.add(b.label), h.add(b.level), h.add(b.caption), h.add(b.selected);
}

void add(Hasher& h, const pdf::Signature& s) { h.add(s.position), h.add(s.name); }
void add(Hasher& h, const pdf::Spacer& s) { h.add(s.height); }

void add(Hasher& h, const ReportTable& t) {
    h.add(t.sheet), h.add(t.caption), h.add(t.wide), h.add(t.header.size());
    for (const auto& s : t.header) h.add(s);
    h.add(t.widths.size());
    for (double w : t.widths) h.add(w);
    h.add(t.rows.size());
    for (const auto& row : t.rows) {
        h.add(row.size());
        for (const auto& c : row)
            h.add(c.kind), h.add(c.text), h.add(c.number), h.add(c.date), h.add(c.empty);
    }
}

}  // namespace

std::uint64_t fingerprint(std::string_view kind, const Value& body, const Value& layout) {
    Hasher h;
    h.add(kind);
    add(h, body);
    add(h, layout);
    return h.digest();
}

std::uint64_t fingerprint(const pdf::Document& doc) {
    Hasher h;
    h.add(doc.title), h.add(doc.author), h.add(doc.subject), h.add(doc.keywords), h.add(doc.date);
    h.add(doc.sections.size());
    for (const auto& s : doc.sections) {
        h.add(s.landscape), h.add(s.blocks.size());
        for (const auto& b : s.blocks) {
            h.add(b.index());
            std::visit([&h](const auto& block) { add(h, block); }, b);
        }
    }
    return h.digest();
}

std::uint64_t fingerprint(const MonitoringReport& report) {
    Hasher h;
    h.add(report.year), h.add(report.title), h.add(report.region), h.add(report.ministry);
    h.add(report.author), h.add(report.date), h.add(report.tables.size());
    for (const auto& t : report.tables) add(h, t);
    return h.digest();
}

}  // namespace shnor::view
