#include "app/pipeline.hpp"

#include <algorithm>
#include <set>

#include "compute/analysis.hpp"
#include "fs/file_system.hpp"
#include "load/content.hpp"
#include "model/build.hpp"
#include "render/pdf/render_pdfs.hpp"
#include "render/site.hpp"
#include "validate/content_schemas.hpp"
#include "validate/references.hpp"

namespace shnor::app {

namespace {

// Files that failed their schema are not built: their errors are already
// reported, and building them would only repeat them in other words.
// Returns the relative paths of every file that failed to load or validate.
std::set<std::string> drop_failed(load::Content& content, const std::set<std::string>& failed) {
    std::set<std::string> rel = content.unparsed();
    auto& files = content.files;
    for (const auto& f : files)
        if (failed.count(f.path)) rel.insert(f.rel);
    files.erase(std::remove_if(files.begin(), files.end(),
                               [&](const auto& f) { return failed.count(f.path) > 0; }),
                files.end());
    bool has_region = std::any_of(files.begin(), files.end(),
                                  [](const auto& f) { return f.kind == load::FileKind::Region; });
    if (!has_region) rel.insert("region.yaml");
    return rel;
}

std::optional<model::Date> report_date(const Options& options, const model::Project& project,
                                       const validate::Gaps& gaps, diag::Sink& sink) {
    if (options.as_of) return options.as_of;
    if (project.region.report_date) return project.region.report_date;
    if (gaps.region) return std::nullopt;  // region.yaml's own error says it all
    sink.error(project.region.loc,
               "не задана дата отчёта: укажите report_date в region.yaml "
               "или --as-of ГГГГ-ММ-ДД");
    return std::nullopt;
}

// `export school ID` names a school that must exist. After other errors it
// may be missing only because its own files failed: those errors say it.
void check_export(const Options& options, const model::Project& project, diag::Sink& sink) {
    if (options.export_school.empty() || sink.has_errors()) return;
    if (project.school(options.export_school)) return;
    sink.error({fs::join(options.content, "schools"), 0, 0},
               "школа \"" + options.export_school + "\" не найдена");
}

void render(const Options& options, const fs::FileSystem& fs, const model::Project& project,
            const compute::Analysis& analysis, write::OutputSet& files, diag::Sink& sink) {
    render::SiteOptions site{options.templates_dir, &fs};
    render::PdfOptions pdf{options.font};
    if (!options.export_school.empty())
        return render::render_school_bundle(project, analysis, options.export_school, site, pdf,
                                            files, sink);
    render::render_site(project, analysis, site, files, sink);
    render::render_pdfs(project, analysis, pdf, files, sink);
}

}  // namespace

Result run_pipeline(const Options& options, const fs::FileSystem& fs, Stop stop) {
    Result r;
    auto content = load::load_content(fs, options.content, r.sink);
    r.sources = content.sources;
    auto schemas = validate::builtin_schemas(r.sink);
    if (!schemas) return r;
    auto failed = drop_failed(content, validate::check_schemas(content, *schemas, r.sink));
    auto gaps = validate::find_gaps(failed);

    model::Project project = model::build_project(content, r.sink);
    validate::check_references(project, gaps, r.sink);
    validate::check_meaning(project, gaps, r.sink);
    check_export(options, project, r.sink);
    r.schools = static_cast<int>(project.schools.size());
    auto as_of = report_date(options, project, gaps, r.sink);
    if (as_of) validate::check_dates(project, gaps, *as_of, r.sink);
    if (r.sink.has_errors() || !as_of) return r;

    // Computing may warn (a supplied level disagreeing with the computed one).
    compute::Analysis analysis = compute::analyse(project, *as_of, r.sink);
    if (options.strict) r.sink.promote_warnings();
    if (stop == Stop::AfterCheck || r.sink.has_errors()) return r;

    write::OutputSet files;
    render(options, fs, project, analysis, files, r.sink);
    if (options.strict) r.sink.promote_warnings();
    if (!r.sink.has_errors()) r.files = std::move(files);
    return r;
}

}  // namespace shnor::app
