#include "load/yaml_events.hpp"

#include "load/hints.hpp"
#include "load/scalar.hpp"

namespace shnor::load {

namespace {
const std::string kStrTag = "tag:yaml.org,2002:str";
bool plain_collection_tag(const std::string& tag) {
    return tag.empty() || tag == "?" || tag == "!" || tag == "tag:yaml.org,2002:seq" ||
           tag == "tag:yaml.org,2002:map";
}
}  // namespace

TreeBuilder::TreeBuilder(std::string_view text, const LineIndex& index, const Limits& limits,
                         diag::Sink& sink)
    : text_(text), index_(index), limits_(limits), sink_(sink) {}

diag::SourceLoc TreeBuilder::loc(const YAML::Mark& mark) const {
    if (mark.pos < 0) return {index_.file(), 1, 1};
    return index_.at(static_cast<std::size_t>(mark.pos));
}

void TreeBuilder::count(std::size_t nodes, int height, const YAML::Mark& mark) {
    total_ += nodes;
    if (total_ > limits_.max_nodes)  // blame aliases only when there are any
        throw StopParsing(loc(mark), std::string(aliased_ ? "слишком много элементов после "
                                                            "раскрытия ссылок (алиасов *)"
                                                          : "слишком много элементов в файле") +
                                         ": больше " + std::to_string(limits_.max_nodes));
    if (static_cast<int>(stack_.size()) + height > limits_.max_depth)
        throw StopParsing(loc(mark), "слишком глубокая вложенность: больше " +
                                         std::to_string(limits_.max_depth) + " уровней");
}

void TreeBuilder::check_tag(const std::string& tag, const YAML::Mark& mark) {
    sink_.error(loc(mark), "теги YAML не поддерживаются: уберите \"" + tag + "\"");
}

void TreeBuilder::check_quotes(const YAML::Mark& mark) {
    // yaml-cpp accepts a quoted string left open at the end of the file.
    if (mark.pos < 0) return;
    auto pos = static_cast<std::size_t>(mark.pos);
    if (pos >= text_.size() || (text_[pos] != '"' && text_[pos] != '\'')) return;
    char quote = text_[pos];
    for (std::size_t j = pos + 1; j < text_.size(); ++j) {
        if (quote == '"' && text_[j] == '\\') {
            ++j;
        } else if (text_[j] == quote) {
            if (quote == '\'' && j + 1 < text_.size() && text_[j + 1] == '\'') {
                ++j;
                continue;
            }
            return;
        }
    }
    throw StopParsing(loc(mark), std::string("незакрытая кавычка ") + quote +
                                     ": строка начинается здесь и не закрыта до конца файла");
}

void TreeBuilder::check_comma_decimal(const YAML::Mark& mark, const std::string& value) {
    // `{ value: 12,5 }` splits into the value 12 and a key "5": the comma is
    // a decimal comma when a digit touches it on both sides.
    if (stack_.empty() || !stack_.back().flow || !stack_.back().expecting_key) return;
    if (stack_.back().node->kind != Kind::Map || mark.pos < 2 || value.empty()) return;
    if (value.find_first_not_of("0123456789") != std::string::npos) return;
    auto pos = static_cast<std::size_t>(mark.pos);
    auto digit = [&](std::size_t k) { return text_[k] >= '0' && text_[k] <= '9'; };
    if (text_[pos - 1] != ',' || !digit(pos - 2)) return;
    std::size_t start = pos - 2;
    while (start > 0 && digit(start - 1)) --start;
    if (start > 0 && text_[start - 1] == '-') --start;
    std::string whole(text_.substr(start, pos - 1 - start));
    sink_.error(index_.at(start), decimal_comma_message(whole + "," + value));
}

void TreeBuilder::check_cut_by_comment(const YAML::Mark& mark, const Node& node) {
    // `9 #А` silently loses everything from " #": YAML reads it as a comment.
    // A comment proper has a space after #, so only "#<text>" is suspicious.
    if (node.kind != Kind::String || mark.pos < 0) return;
    auto pos = static_cast<std::size_t>(mark.pos);
    if (text_.compare(pos, node.s.size(), node.s) != 0) return;
    std::size_t j = pos + node.s.size();
    while (j < text_.size() && (text_[j] == ' ' || text_[j] == '\t')) ++j;
    if (j == pos + node.s.size() || j + 1 >= text_.size() || text_[j] != '#') return;
    if (std::string_view(" \t\r\n#").find(text_[j + 1]) != std::string_view::npos) return;
    auto eol = text_.find_first_of("\r\n", j);
    std::string_view lost = text_.substr(j, eol == std::string_view::npos ? eol : eol - j);
    std::string whole = node.s +
                        std::string(text_.substr(pos + node.s.size(), j - pos - node.s.size())) +
                        std::string(lost);
    sink_.warning(index_.at(j), "знак # начинает комментарий: текст \"" + std::string(lost) +
                                    "\" не попадёт в значение; заключите всё значение в кавычки: " +
                                    quote_for_yaml(whole));
}

void TreeBuilder::OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) {
    count(1, 1, mark);
    auto node = std::make_shared<Node>();
    node->loc = loc(mark);
    add(node, anchor, 1, 1);
}

void TreeBuilder::OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                           const std::string& value) {
    count(1, 1, mark);
    auto node = std::make_shared<Node>();
    node->loc = loc(mark);
    if (tag == "?") {
        check_comma_decimal(mark, value);
        type_plain_scalar(value, *node);
        node->plain = true;
        check_cut_by_comment(mark, *node);
    } else {
        if (tag != "!" && tag != kStrTag) check_tag(tag, mark);
        if (tag == "!") check_quotes(mark);
        node->kind = Kind::String;
        node->s = value;
    }
    add(node, anchor, 1, 1);
}

void TreeBuilder::OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (open_anchors_.count(anchor))
        throw StopParsing(loc(mark),
                          "ссылка (алиас *) на элемент, внутри которого она стоит: "
                          "получается бесконечный цикл");
    auto it = anchors_.find(anchor);
    if (it == anchors_.end()) throw StopParsing(loc(mark), "ссылка (алиас *) на неизвестную метку");
    aliased_ = true;
    count(it->second.size, it->second.depth, mark);
    add(it->second.node, 0, it->second.size, it->second.depth);
}

void TreeBuilder::OnSequenceStart(const YAML::Mark& mark, const std::string& tag,
                                  YAML::anchor_t anchor, YAML::EmitterStyle::value style) {
    if (!plain_collection_tag(tag)) check_tag(tag, mark);
    auto node = std::make_shared<Node>();
    node->kind = Kind::Seq;
    node->loc = loc(mark);
    open(node, anchor, mark, style == YAML::EmitterStyle::Flow);
}

void TreeBuilder::OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                             YAML::EmitterStyle::value style) {
    if (!plain_collection_tag(tag)) check_tag(tag, mark);
    auto node = std::make_shared<Node>();
    node->kind = Kind::Map;
    node->loc = loc(mark);
    open(node, anchor, mark, style == YAML::EmitterStyle::Flow);
}

void TreeBuilder::open(std::shared_ptr<Node> node, YAML::anchor_t anchor, const YAML::Mark& mark,
                       bool flow) {
    count(1, 1, mark);
    stack_.push_back({std::move(node), anchor, true, flow, {}, {}, {}});
    sizes_.push_back(1);
    heights_.push_back(1);
    if (anchor) open_anchors_[anchor] = true;
}

void TreeBuilder::close() {
    Frame frame = std::move(stack_.back());
    std::size_t size = sizes_.back();
    int height = heights_.back();
    stack_.pop_back(), sizes_.pop_back(), heights_.pop_back();
    if (frame.anchor) open_anchors_.erase(frame.anchor);
    add(frame.node, frame.anchor, size, height);
}

void TreeBuilder::add(NodePtr node, YAML::anchor_t anchor, std::size_t size, int height) {
    if (anchor) anchors_[anchor] = {node, size, height};
    if (stack_.empty()) {
        root_ = std::move(node);
        return;
    }
    sizes_.back() += size;
    heights_.back() = std::max(heights_.back(), height + 1);
    Frame& parent = stack_.back();
    Node& target = *parent.node;  // mutable until close()
    if (target.kind == Kind::Seq) {
        target.seq.push_back(std::move(node));
    } else if (parent.expecting_key) {
        if (node->kind == Kind::Seq || node->kind == Kind::Map || node->kind == Kind::Null)
            throw StopParsing(node->loc, "ключ словаря должен быть простым текстом");
        auto [it, fresh] = parent.seen.emplace(node->s, node->loc);
        if (!fresh) {
            const auto& first = it->second;
            sink_.error(node->loc, "ключ \"" + node->s +
                                       "\" повторяется: впервые указан в строке " +
                                       std::to_string(first.line) + ", столбце " +
                                       std::to_string(first.column));
        }
        parent.key = node->s;
        parent.key_loc = node->loc;
        parent.expecting_key = false;
    } else {
        target.map.emplace_back(parent.key, std::move(node));
        target.key_locs.push_back(parent.key_loc);
        parent.expecting_key = true;
    }
}

}  // namespace shnor::load
