#pragma once
// `shnor new school|document|year`: the CLI11 definitions and the run, kept
// out of cli.cpp. Each command checks the content first, plans its files
// (scaffold/) and writes them all or none (write/content_writer).
#include <CLI/CLI.hpp>
#include <optional>
#include <ostream>
#include <string>

namespace shnor::cli {

struct NewCommand {
    CLI::App *school = nullptr, *document = nullptr, *year = nullptr;
    std::string content = "content";
    std::string id, municipality, kind, risk;
    int year_number = 0;
};

// Adds `new` and its three commands to app; `cmd` must outlive parsing.
void add_new_commands(CLI::App& app, NewCommand& cmd);

// The exit code when one of the commands was given; nullopt otherwise.
std::optional<int> run_new(const NewCommand& cmd, std::ostream& out, std::ostream& err);

}  // namespace shnor::cli
