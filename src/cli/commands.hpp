#pragma once
// One function per subcommand.
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "app/pipeline.hpp"

namespace shnor::cli {

struct CommonArgs {
    app::Options options;
    std::string as_of;
    std::string format = "text";
    bool no_pdf = false, no_cache = false;  // build and serve
    bool quiet = false, verbose = false;
};

struct ServeArgs {
    CommonArgs common;
    int port = 8000;
    bool open = false;
};

struct ValidateArgs {
    std::string schema;
    std::vector<std::string> files;
    std::string format = "text";
};

int cmd_build(CommonArgs& args, std::ostream& out, std::ostream& err);
int cmd_check(CommonArgs& args, std::ostream& out, std::ostream& err);
// args.options.export_school and .out: the school and the bundle's folder.
int cmd_export_school(CommonArgs& args, std::ostream& out, std::ostream& err);
int cmd_validate(const ValidateArgs& args, std::ostream& out, std::ostream& err);
int cmd_serve(ServeArgs& args, std::ostream& out, std::ostream& err);
int cmd_schemas_export(const std::string& dir, std::ostream& out, std::ostream& err);

}  // namespace shnor::cli
