#include "cli/russian.hpp"

#include <sstream>
#include <vector>

#include "diag/suggest.hpp"

namespace shnor::cli {

namespace {

std::string path_of(const CLI::App* app) {
    std::string path;
    for (const CLI::App* a = app; a; a = a->get_parent())
        path = a->get_name() + (path.empty() ? "" : " " + path);
    return path;
}

// "--content ПАПКА", "-h, --help", "id" for a positional.
std::string option_label(const CLI::Option* opt) {
    if (opt->get_positional()) return opt->get_name();
    std::string names;
    for (const auto& s : opt->get_snames()) names += (names.empty() ? "-" : ", -") + s;
    for (const auto& l : opt->get_lnames()) names += (names.empty() ? "--" : ", --") + l;
    std::string type = opt->get_type_name();
    if (opt->get_type_size() != 0 && !type.empty()) names += " " + type;
    return names;
}

void add_row(std::ostringstream& out, const std::string& left, const std::string& right) {
    constexpr std::size_t kWidth = 28;
    std::size_t chars = 0;
    for (unsigned char c : left)
        if ((c & 0xC0) != 0x80) ++chars;
    out << "  " << left;
    if (chars + 2 < kWidth)
        out << std::string(kWidth - chars, ' ');
    else
        out << "\n  " << std::string(kWidth, ' ');
    out << right << "\n";
}

std::string after_colon(const std::string& msg) {
    auto at = msg.find(": ");
    return at == std::string::npos ? msg : msg.substr(at + 2);
}

std::string before_colon(const std::string& msg) {
    auto at = msg.find(':');
    return at == std::string::npos ? msg : msg.substr(0, at);
}

bool starts_with(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

}  // namespace

std::string RussianFormatter::make_help(const CLI::App* app, std::string,
                                        CLI::AppFormatMode) const {
    std::ostringstream out;
    std::vector<const CLI::Option*> positionals, options;
    for (const CLI::Option* opt : app->get_options())
        (opt->get_positional() ? positionals : options).push_back(opt);
    auto subcommands = app->get_subcommands([](const CLI::App*) { return true; });

    out << "Использование: " << path_of(app);
    if (!options.empty()) out << " [параметры]";
    for (const CLI::Option* p : positionals) out << " " << p->get_name();
    if (!subcommands.empty()) out << " КОМАНДА";
    out << "\n\n";
    if (!app->get_description().empty()) out << app->get_description() << "\n\n";
    if (!positionals.empty()) {
        out << "Аргументы:\n";
        for (const CLI::Option* p : positionals) add_row(out, p->get_name(), p->get_description());
        out << "\n";
    }
    if (!options.empty()) {
        out << "Параметры:\n";
        for (const CLI::Option* o : options) add_row(out, option_label(o), o->get_description());
        out << "\n";
    }
    if (!subcommands.empty()) {
        out << "Команды:\n";
        for (const CLI::App* sub : subcommands)
            add_row(out, sub->get_name(), sub->get_description());
        out << "\nСправка по команде: " << path_of(app) << " КОМАНДА --help\n\n";
    }
    if (!app->get_footer().empty()) out << app->get_footer() << "\n";
    std::string text = out.str();
    while (text.size() > 1 && text[text.size() - 2] == '\n') text.pop_back();
    return text;
}

CLI::Validator one_of(std::initializer_list<const char*> values) {
    std::vector<std::string> allowed(values.begin(), values.end());
    std::string list;
    for (const auto& v : allowed) list += (list.empty() ? "" : ", ") + v;
    return CLI::Validator(
        [allowed, list](std::string& input) -> std::string {
            for (const auto& v : allowed)
                if (input == v) return {};
            return "\"" + input + "\" — допустимо: " + list;
        },
        "", "one_of");
}

std::string russian_error(const CLI::ParseError& e) {
    // By type: CLI11 sets some errors' names to the command's name.
    const std::string msg = e.what();
    auto is = [&e](auto* type) { return dynamic_cast<decltype(type)>(&e) != nullptr; };
    if (is(static_cast<const CLI::RequiredError*>(nullptr))) {
        if (starts_with(msg, "A subcommand") || starts_with(msg, "Requires at least"))
            return "не указана команда";
        auto at = msg.rfind(" is required");
        return "не указан обязательный аргумент " + msg.substr(0, at);
    }
    if (is(static_cast<const CLI::ExtrasError*>(nullptr)))
        return (msg.find("arguments were") != std::string::npos ? "лишние аргументы: "
                                                                : "лишний аргумент: ") +
               after_colon(msg);
    if (is(static_cast<const CLI::ArgumentMismatch*>(nullptr)))
        return "после " + before_colon(msg) + " нужно значение";
    if (is(static_cast<const CLI::ValidationError*>(nullptr)))
        return before_colon(msg) + ": " + after_colon(msg);
    if (is(static_cast<const CLI::ConversionError*>(nullptr)))
        return "недопустимое значение: " + after_colon(msg);
    return "ошибка в аргументах командной строки: " + msg;
}

const CLI::App& deepest_command(const CLI::App& app) {
    const CLI::App* deepest = &app;
    for (;;) {
        auto parsed = deepest->get_subcommands();
        if (parsed.empty()) break;
        deepest = parsed.front();
    }
    return *deepest;
}

std::string command_path(const CLI::App& app) { return path_of(&deepest_command(app)); }

std::string closest_name(const CLI::App& cmd, const std::string& word) {
    std::vector<std::string> names;
    if (starts_with(word, "-")) {
        const std::string name = word.substr(0, word.find('='));  // --prot=80
        for (const CLI::Option* opt : cmd.get_options()) {
            for (const auto& l : opt->get_lnames()) names.push_back("--" + l);
        }
        return diag::did_you_mean(name, names);
    }
    for (const CLI::App* sub : cmd.get_subcommands([](const CLI::App*) { return true; }))
        names.push_back(sub->get_name());
    return diag::did_you_mean(word, names);
}

}  // namespace shnor::cli
