#include "load/yaml_loader.hpp"

#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <sstream>
#include <utility>

#include "load/hints.hpp"
#include "load/text.hpp"
#include "load/todo.hpp"
#include "load/yaml_events.hpp"
#include "load/yaml_fast.hpp"

namespace shnor::load {

namespace {

// yaml-cpp's messages are terse and English; users get these instead.
std::string rewrite_message(const std::string& msg) {
    static const std::pair<const char*, const char*> table[] = {
        {"illegal map value",
         "здесь не может начинаться значение: проверьте отступы и двоеточие после ключа"},
        {"end of map not found", "словарь не закончен: проверьте отступы"},
        {"end of map flow not found", "не хватает закрывающей скобки }"},
        {"end of sequence not found", "список не закончен: проверьте отступы"},
        {"end of sequence flow not found", "не хватает закрывающей скобки ]"},
        {"unknown escape character",
         "неизвестная escape-последовательность после \\ в строке в кавычках"},
        {"illegal EOF in scalar", "файл закончился внутри строки: не закрыта кавычка"},
        {"illegal block entry", "элемент списка «- » здесь недопустим: проверьте отступы"},
        {"illegal map key", "ключ словаря здесь недопустим: проверьте отступы"},
        {"illegal flow end", "лишняя закрывающая скобка"},
        {"unknown token", "непонятная конструкция YAML"},
        {"invalid node; first non-space character",
         "значение не может начинаться с этого символа: заключите его в кавычки"},
        {"the referenced anchor is not defined", "ссылка (алиас *) на неизвестную метку &"},
        {"bad file", "слишком глубокая вложенность"},
        {"illegal character in scalar",
         "недопустимый символ в значении: заключите значение в кавычки"},
        {"unexpected character in block scalar", "недопустимый символ в многострочном тексте"},
        {"illegal document indicator in scalar", "строка «---» или «...» внутри значения"},
        {"invalid unicode", "неверная escape-последовательность Unicode"},
        {"cannot assign multiple anchors", "у элемента несколько меток &"},
        {"cannot assign multiple tags", "у элемента несколько тегов"},
    };
    for (const auto& [en, ru] : table)
        if (msg.rfind(en, 0) == 0) return ru;
    return "ошибка синтаксиса YAML: " + msg;
}

// A colon or a quote inside unquoted text breaks the line it is on (or, for
// an opening quote, the next): say that the text needs quotes, with the fix.
void report(std::string_view text, const LineIndex& index, const YAML::Exception& e,
            diag::Sink& sink) {
    for (int line = e.mark.line; line >= 0 && line >= e.mark.line - 1; --line)
        if (auto why = explain_unquoted_text(text, line)) {
            sink.error(index.at_line_byte(line, static_cast<int>(why->value_byte)), why->message);
            return;
        }
    auto loc = e.mark.pos < 0 ? diag::SourceLoc{index.file(), 0, 0}
                              : index.at(static_cast<std::size_t>(e.mark.pos));
    sink.error(loc, rewrite_message(e.msg));
}

class CountingHandler : public YAML::EventHandler {  // for a stray second document
public:
    YAML::Mark start = YAML::Mark::null_mark();
    void OnDocumentStart(const YAML::Mark& mark) override { start = mark; }
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  const std::string&) override {}
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                         YAML::EmitterStyle::value) override {}
    void OnSequenceEnd() override {}
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                    YAML::EmitterStyle::value) override {}
    void OnMapEnd() override {}
};

std::string_view strip_bom(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    return bytes;
}

// The reference path: yaml-cpp's parser, whose events build the tree.
NodePtr parse_with_yaml_cpp(std::string_view text, const LineIndex& index, const Limits& limits,
                            diag::Sink& sink) {
    const std::string& file = index.file();
    int errors_before = sink.errors();
    std::istringstream in{std::string(text)};
    TreeBuilder builder(text, index, limits, sink);
    try {
        YAML::Parser parser(in);
        if (!parser.HandleNextDocument(builder)) {
            auto empty = std::make_shared<Node>();
            empty->loc = {file, 1, 1};
            return empty;
        }
        CountingHandler rest;
        if (parser.HandleNextDocument(rest)) {
            auto loc = rest.start.pos < 0 ? diag::SourceLoc{file, 0, 0}
                                          : index.at(static_cast<std::size_t>(rest.start.pos));
            sink.error(loc,
                       "в файле больше одного документа YAML (разделитель ---): "
                       "оставьте один");
            return nullptr;
        }
    } catch (const StopParsing& e) {
        sink.error(e.loc, e.what());
        return nullptr;
    } catch (const YAML::Exception& e) {
        report(text, index, e, sink);
        return nullptr;
    }
    if (sink.errors() > errors_before) return nullptr;
    report_todos(text, index, *builder.root(), sink);
    return builder.root();
}

// The fast path (load/yaml_fast): the same handler, fed by our scanner of
// the common subset. Its diagnostics are held back until it succeeds; on
// anything doubtful, an error included, it returns nullptr and the file is
// parsed again by yaml-cpp, so every error comes from the reference path.
NodePtr parse_common(std::string_view text, const LineIndex& index, const Limits& limits,
                     diag::Sink& sink) {
    diag::Sink held;
    TreeBuilder builder(text, index, limits, held);
    try {
        if (!scan_common_yaml(text, builder)) return nullptr;
    } catch (const StopParsing&) {
        return nullptr;
    }
    if (held.errors() > 0 || !builder.root()) return nullptr;
    for (const auto& d : held.all()) sink.add(d);
    report_todos(text, index, *builder.root(), sink);
    return builder.root();
}

enum class Path { Common, YamlCppOnly };

NodePtr parse(std::string_view bytes, const std::string& file, diag::Sink& sink,
              const Limits& limits, Path path) {
    if (bytes.size() > limits.max_bytes) {
        sink.error({file, 0, 0}, "файл слишком большой: " + std::to_string(bytes.size()) +
                                     " байт, допустимо не более " +
                                     std::to_string(limits.max_bytes));
        return nullptr;
    }
    std::string_view text = strip_bom(bytes);
    LineIndex index(text, file);
    if (!check_text(text, index, sink) || !check_indentation(text, index, sink) ||
        !check_odd_spaces(text, index, sink))
        return nullptr;
    if (path == Path::Common)
        if (auto root = parse_common(text, index, limits, sink)) return root;
    return parse_with_yaml_cpp(text, index, limits, sink);
}

}  // namespace

NodePtr parse_yaml(std::string_view bytes, const std::string& file, diag::Sink& sink,
                   const Limits& limits) {
    return parse(bytes, file, sink, limits, Path::Common);
}

NodePtr parse_yaml_reference(std::string_view bytes, const std::string& file, diag::Sink& sink,
                             const Limits& limits) {
    return parse(bytes, file, sink, limits, Path::YamlCppOnly);
}

}  // namespace shnor::load
