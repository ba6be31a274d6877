#include "app/school_job.hpp"

#include <algorithm>

#include "compute/school_year.hpp"
#include "compute/summary.hpp"
#include "model/build.hpp"

namespace shnor::app {

std::set<std::string> drop_failed(load::Content& content, const std::set<std::string>& failed) {
    std::set<std::string> rel = content.unparsed();
    auto& files = content.files;
    for (const auto& f : files)
        if (failed.count(f.path)) rel.insert(f.rel);
    files.erase(std::remove_if(files.begin(), files.end(),
                               [&](const auto& f) { return failed.count(f.path) > 0; }),
                files.end());
    return rel;
}

std::map<std::string, std::string> sources_of(const diag::Sink& sink,
                                              const std::map<std::string, std::string>& all) {
    std::map<std::string, std::string> out;
    for (const auto& d : sink.all())
        if (auto it = all.find(d.loc.file); it != all.end()) out.insert(*it);
    return out;
}

namespace {

validate::Gaps school_gaps(const validate::Gaps& region, const std::set<std::string>& failed) {
    validate::Gaps g = region;
    for (const auto& year : validate::find_gaps(failed).school_years) g.school_years.insert(year);
    return g;
}

}  // namespace

SchoolOutcome run_school(const RegionContext& ctx, const std::string& id,
                         std::vector<load::ContentFile> files, render::SchoolRenderer* renderer,
                         write::OutputSink* out, bool keep) {
    SchoolOutcome r;
    auto content = load::load_files(ctx.fs, ctx.content, std::move(files), r.sink);
    auto failed = drop_failed(content, validate::check_schemas(content, ctx.schemas, r.sink));
    const validate::Gaps gaps = school_gaps(ctx.gaps, failed);
    auto school = model::build_school_files(content, id, r.sink);
    r.built = school.has_value();
    if (school) {
        validate::check_school_references(ctx.project, *school, gaps, r.sink);
        validate::check_school_meaning(ctx.project, *school, gaps, r.sink);
        if (ctx.base.as_of.valid())
            validate::check_school_dates(ctx.project, *school, gaps, ctx.base.as_of, r.sink);
    }
    if (school && ctx.compute && !r.sink.has_errors()) {
        auto sa = compute::analyse_school(ctx.project, *school, ctx.base.as_of, r.sink);
        if (ctx.strict) r.sink.promote_warnings();
        if (!r.sink.has_errors()) {
            if (renderer && out) {
                r.outputs = renderer->render(ctx.site(), sa, *out, r.sink);
                r.data = render::school_data(ctx.project, sa);
                r.data_in_memory = true;
            }
            r.summary = compute::summarise(ctx.project, sa);
            if (keep) {
                r.school = std::make_unique<model::School>(std::move(*school));
                sa.school = r.school.get();
                r.analysis = std::make_unique<compute::SchoolAnalysis>(std::move(sa));
            }
        }
    }
    r.sources = sources_of(r.sink, content.sources);
    return r;
}

}  // namespace shnor::app
