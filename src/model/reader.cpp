#include "model/reader.hpp"

#include <cmath>

namespace shnor::model {

namespace {
constexpr long kMaxInteger = 1000000000;  // every count and year fits in an int
}  // namespace

Reader::Reader(const load::Node* node, diag::Sink& sink) : node_(node), sink_(sink) {
    if (node_ && !node_->is_map()) {
        wrong(node_, "словарь (поля «ключ: значение»)");
        node_ = nullptr;
    }
}

diag::SourceLoc Reader::loc() const { return node_ ? node_->loc : diag::SourceLoc{}; }

const load::Node* Reader::field(const char* key, bool required) const {
    if (!node_) return nullptr;
    const load::Node* v = node_->get(key);
    if ((!v || v->is_null()) && required)
        sink_.error(node_->loc, std::string("нет обязательного поля \"") + key + "\"");
    return v && !v->is_null() ? v : nullptr;
}

void Reader::wrong(const load::Node* v, const char* expected) const {
    sink_.error(v->loc,
                std::string("ожидалось: ") + expected + ", а найдено: " + load::kind_name(v->kind));
}

const load::Node* Reader::child(const char* key) const { return field(key, false); }

diag::SourceLoc Reader::at(const char* key) const {
    const load::Node* v = node_ ? node_->get(key) : nullptr;
    return v ? v->loc : loc();
}

std::vector<diag::SourceLoc> Reader::item_locs(const char* key) const {
    std::vector<diag::SourceLoc> out;
    const load::Node* v = node_ ? node_->get(key) : nullptr;
    if (v && v->is_seq())
        for (const auto& item : v->seq)
            if (!item->is_map() && !item->is_seq() && !item->is_null()) out.push_back(item->loc);
    return out;
}

std::string Reader::str(const char* key, bool required) const {
    const load::Node* v = field(key, required);
    if (!v) return {};
    if (v->kind == load::Kind::Map || v->kind == load::Kind::Seq) {
        wrong(v, "текст");
        return {};
    }
    return v->s;  // numbers keep their source text: "1852" and 1852 both read as 1852
}

std::optional<double> Reader::number(const char* key, bool required) const {
    const load::Node* v = field(key, required);
    if (!v) return std::nullopt;
    if (v->is_number() && !std::isfinite(v->number())) {
        // .nan, .inf, 1e309: say why, not "expected a number, found a number".
        sink_.error(v->loc, "ожидалось конечное число, а найдено " + v->s +
                                ": бесконечность и «не число» (NaN) недопустимы");
        return std::nullopt;
    }
    if (!v->is_number()) {
        wrong(v, "число");
        return std::nullopt;
    }
    return v->number();
}

int Reader::integer(const char* key, int fallback) const {
    const load::Node* v = field(key, false);
    if (!v) return fallback;
    if (v->kind == load::Kind::Int && v->i >= -kMaxInteger && v->i <= kMaxInteger)
        return static_cast<int>(v->i);
    bool huge = v->kind == load::Kind::Int ||  // beyond 64 bits an integer reads as a float
                (v->kind == load::Kind::Float && std::isfinite(v->f) && std::trunc(v->f) == v->f &&
                 std::fabs(v->f) > kMaxInteger);
    if (huge)  // name the real limit: "expected an integer, found an integer" said nothing
        sink_.error(v->loc, "ожидалось целое число от -" + std::to_string(kMaxInteger) + " до " +
                                std::to_string(kMaxInteger) + ", а найдено " + v->s);
    else
        wrong(v, "целое число");
    return fallback;
}

bool Reader::boolean(const char* key, bool fallback) const {
    const load::Node* v = field(key, false);
    if (!v) return fallback;
    if (v->kind != load::Kind::Bool) {
        wrong(v, "true или false");
        return fallback;
    }
    return v->b;
}

std::optional<Date> Reader::date(const char* key, bool required) const {
    const load::Node* v = field(key, required);
    if (!v) return std::nullopt;
    auto d = v->kind == load::Kind::String ? parse_date(v->s) : std::nullopt;
    if (!d) sink_.error(v->loc, "\"" + v->s + "\" не является датой ГГГГ-ММ-ДД");
    return d;
}

std::vector<std::string> Reader::strings(const char* key) const {
    std::vector<std::string> out;
    for (const load::Node* item : items(key)) {
        if (item->kind == load::Kind::Map || item->kind == load::Kind::Seq || item->is_null())
            wrong(item, "текст");
        else
            out.push_back(item->s);
    }
    return out;
}

std::vector<const load::Node*> Reader::items(const char* key) const {
    std::vector<const load::Node*> out;
    const load::Node* v = field(key, false);
    if (!v) return out;
    if (!v->is_seq()) {
        wrong(v, "список");
        return out;
    }
    for (const auto& item : v->seq) out.push_back(item.get());
    return out;
}

}  // namespace shnor::model
