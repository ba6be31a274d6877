#pragma once
// CLI11 speaks English ("Usage", "Options", "A subcommand is required"):
// this replaces its help formatter, its validators' messages and its parse
// errors with Russian, so that everything a user reads is Russian.
#include <CLI/CLI.hpp>
#include <initializer_list>
#include <string>

namespace shnor::cli {

// The help of a command: usage, description, arguments, options, commands
// and the command's footer (its example).
class RussianFormatter : public CLI::FormatterBase {
public:
    std::string make_help(const CLI::App* app, std::string name,
                          CLI::AppFormatMode mode) const override;
};

// Like CLI::IsMember, with a Russian message: "xml" — допустимо: text, json, github.
CLI::Validator one_of(std::initializer_list<const char*> values);

// A parse error as a Russian sentence, without CLI11's "Run with --help".
std::string russian_error(const CLI::ParseError& e);

// "shnor export school": the names from the root to the deepest command
// that was given on the command line.
std::string command_path(const CLI::App& app);

// The deepest command given on the command line.
const CLI::App& deepest_command(const CLI::App& app);

// For a mistyped command or option of cmd: " (возможно, вы имели в виду
// "build")" (diag::did_you_mean), or empty when nothing is close.
std::string closest_name(const CLI::App& cmd, const std::string& word);

}  // namespace shnor::cli
