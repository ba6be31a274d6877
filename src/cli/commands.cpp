#include "cli/commands.hpp"

#include <cstdlib>
#include <filesystem>
#include <optional>

#include "app/parallel.hpp"
#include "cli/cli.hpp"
#include "cli/terminal.hpp"
#include "diag/report.hpp"
#include "fs/file_system.hpp"
#include "load/yaml_loader.hpp"
#include "serve/serve.hpp"
#include "validate/content_schemas.hpp"
#include "validate/schema.hpp"
#include "view/format.hpp"
#include "write/site_writer.hpp"
#include "write/staged_output.hpp"

namespace shnor::cli {

namespace {

diag::Format parse_format(const std::string& f) {
    return f == "json"     ? diag::Format::Json
           : f == "github" ? diag::Format::Github
           : f == "gitlab" ? diag::Format::Gitlab
                           : diag::Format::Text;
}

// Diagnostics and the summary line. Text goes to stderr like a compiler's
// (in colour on a terminal); JSON, GitHub annotations and GitLab reports are
// for machines: stdout.
int finish(const diag::Sink& sink, const std::map<std::string, std::string>& sources,
           const std::string& format, const std::string& what, std::ostream& out, std::ostream& err,
           bool quiet = false) {
    auto f = parse_format(format);
    const bool text = f == diag::Format::Text;
    diag::report(quiet ? sink.errors_only() : sink, sources, f, text ? err : out,
                 text && stderr_colour());
    if (text && !(quiet && !sink.has_errors()))
        err << what << (what.empty() ? "" : "; ") << diag::summary(sink.errors(), sink.warnings())
            << "\n";
    return sink.has_errors() ? kContentErrors : kOk;
}

ProgressLine::Mode progress_mode(const CommonArgs& args) {
    if (args.quiet) return ProgressLine::Mode::Off;
    if (args.verbose) return ProgressLine::Mode::Verbose;
    return stderr_progress() ? ProgressLine::Mode::Line : ProgressLine::Mode::Off;
}

bool read_as_of(CommonArgs& args, std::ostream& err) {
    if (args.as_of.empty()) return true;
    args.options.as_of = model::parse_date(args.as_of);
    if (!args.options.as_of)
        err << "shnor: --as-of: \"" << args.as_of << "\" не является датой ГГГГ-ММ-ДД\n";
    return args.options.as_of.has_value();
}

std::string schools_word(int n) {
    return std::to_string(n) + " " + view::plural_ru(n, "школа", "школы", "школ");
}

std::string files_word(std::size_t n) {
    return std::to_string(n) + " " +
           view::plural_ru(static_cast<long>(n), "файл", "файла", "файлов");
}

}  // namespace

int cmd_check(CommonArgs& args, std::ostream& out, std::ostream& err) {
    if (!read_as_of(args, err)) return kUsage;
    fs::DiskFileSystem disk;
    ProgressLine progress(err, progress_mode(args));
    args.options.progress = progress.callback();
    auto r = app::run_pipeline(args.options, disk, app::Stop::AfterCheck);
    return finish(r.sink, r.sources, args.format, "проверено: " + schools_word(r.schools), out, err,
                  args.quiet);
}

// The cache lives beside the output folder unless told otherwise.
std::string default_cache(const std::string& out) {
    std::filesystem::path p = std::filesystem::path(out).lexically_normal();
    if (p.filename().empty()) p = p.parent_path();
    return (p.parent_path() / ".shnor-cache").string();
}

// `--no-cache` still needs a folder for the schools' open-data rows until
// the roll-ups (in memory they grow with the region: ~1 GB at 10,000
// schools): a fresh one beside the output, never read before, removed after.
class ScratchCache {
public:
    explicit ScratchCache(const std::string& out) {
        std::string pattern = default_cache(out) + "-tmp-XXXXXX";
        if (::mkdtemp(pattern.data())) path_ = pattern;
    }
    ~ScratchCache() {
        std::error_code ec;
        if (!path_.empty()) std::filesystem::remove_all(path_, ec);
    }
    ScratchCache(const ScratchCache&) = delete;
    ScratchCache& operator=(const ScratchCache&) = delete;
    const std::string& path() const { return path_; }

private:
    std::string path_;  // empty when it could not be made: rows stay in memory
};

int cmd_build(CommonArgs& args, std::ostream& out, std::ostream& err) {
    if (!read_as_of(args, err)) return kUsage;
    args.options.pdf = !args.no_pdf;
    std::optional<ScratchCache> scratch;
    if (args.no_cache) {
        scratch.emplace(args.options.out);
        args.options.cache_dir = scratch->path();
    } else if (args.options.cache_dir.empty()) {
        args.options.cache_dir = default_cache(args.options.out);
    }
    // Opening takes the lock and checks the folder before any work is done.
    write::StagedOutput site(args.options.out, args.options.content);
    app::Result r;
    const diag::SourceLoc where{args.options.out, 0, 0};
    if (!site.failure().empty()) {
        r.sink.error(where, site.failure());
        return finish(r.sink, r.sources, args.format, "", out, err);
    }
    fs::DiskFileSystem disk;
    ProgressLine progress(err, progress_mode(args));
    args.options.progress = progress.callback();
    args.options.cache_output = site.identity();
    r = app::run(args.options, disk, app::Stop::AfterRender, &site);
    std::string what;
    // Nothing written, all taken from the site in place: it stays, as is.
    const bool in_place = r.unchanged && !site.wrote();
    if (r.ok() && !in_place) {
        // The cache's new entries may describe only a site that is in place.
        if (r.cache) r.cache->retire();
        if (!site.commit(app::worker_count(args.options.jobs, r.schools)))
            r.sink.error(where, site.failure());
        else if (r.cache)
            r.cache->commit(site.identity());
    }
    if (r.ok()) {
        what = "собрано: " + schools_word(r.schools) + " в " + args.options.out;
        if (r.reused > 0) what += " (без изменений: " + schools_word(r.reused) + ")";
    }
    return finish(r.sink, r.sources, args.format, what, out, err, args.quiet);
}

// The cache of `serve` sits beside the content folder: for the usual
// layout (content/ and site/ side by side) inside the one `build` uses, in
// a session folder of its own (serve::run).
int cmd_serve(ServeArgs& args, std::ostream& out, std::ostream& err) {
    CommonArgs& c = args.common;
    if (!read_as_of(c, err)) return kUsage;
    c.options.pdf = !c.no_pdf;
    if (c.no_cache)
        c.options.cache_dir.clear();
    else if (c.options.cache_dir.empty())
        c.options.cache_dir = default_cache(c.options.content);
    ProgressLine progress(err, progress_mode(c));
    c.options.progress = progress.callback();
    serve::Options o{c.options, args.port, args.open, stderr_colour(), c.quiet};
    return serve::run(o, out, err) ? kOk : kContentErrors;
}

int cmd_export_school(CommonArgs& args, std::ostream& out, std::ostream& err) {
    if (!read_as_of(args, err)) return kUsage;
    fs::DiskFileSystem disk;
    ProgressLine progress(err, progress_mode(args));
    args.options.progress = progress.callback();
    auto r = app::run_pipeline(args.options, disk, app::Stop::AfterRender);
    std::string what;
    if (r.ok() && write::write_site(r.files, args.options.out, args.options.content, r.sink))
        what = "школа " + args.options.export_school + ": " + files_word(r.files.size()) + " в " +
               args.options.out;
    return finish(r.sink, r.sources, args.format, what, out, err, args.quiet);
}

int cmd_validate(const ValidateArgs& args, std::ostream& out, std::ostream& err) {
    fs::DiskFileSystem disk;
    diag::Sink sink;
    std::map<std::string, std::string> sources;
    auto load = [&](const std::string& path) -> load::NodePtr {
        auto bytes = disk.read("", path, load::Limits{}.max_bytes, sink);
        if (!bytes) return nullptr;
        sources[path] = *bytes;
        return load::parse_yaml(*bytes, path, sink);
    };
    auto schema_root = load(args.schema);
    auto schema = schema_root ? validate::compile_schema(schema_root, sink) : std::nullopt;
    if (schema)
        for (const auto& file : args.files)
            if (auto root = load(file)) validate::validate(*schema, *root, sink);
    return finish(sink, sources, args.format, "", out, err);
}

int cmd_schemas_export(const std::string& dir, std::ostream& out, std::ostream& err) {
    diag::Sink sink;
    auto set = validate::builtin_schemas(sink);
    write::OutputSet files;
    if (set)
        for (const auto& [name, root] : set->sources) {
            std::string json_name = name.substr(0, name.rfind(".yaml")) + ".json";
            // The copies refer to each other by their own (.json) names.
            std::string json = validate::schema_to_json(*root);
            for (auto at = json.find(".schema.yaml\""); at != std::string::npos;
                 at = json.find(".schema.yaml\"", at))
                json.replace(at, 12, ".schema.json");
            files[json_name] = json;
        }
    if (set) write::write_site(files, dir, "", sink);
    return finish(sink, {}, "text", sink.has_errors() ? "" : "схемы записаны в " + dir, out, err);
}

}  // namespace shnor::cli
