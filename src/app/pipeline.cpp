#include "app/pipeline.hpp"

#include <algorithm>
#include <atomic>
#include <memory>

#include "app/cached_school.hpp"
#include "app/incremental.hpp"
#include "app/parallel.hpp"
#include "app/recording_sink.hpp"
#include "app/school_job.hpp"
#include "compute/analysis.hpp"
#include "load/content.hpp"
#include "model/build.hpp"
#include "render/site.hpp"
#include "validate/content_schemas.hpp"
#include "validate/references.hpp"

namespace shnor::app {

namespace {

// The region-level files, loaded, validated and modelled.
struct Region {
    std::map<std::string, std::string> sources;  // every region-level file, for the cache key
    validate::Gaps gaps;
    model::Project project;
};

Region load_region(const Options& options, const fs::FileSystem& fs, load::Listing& listing,
                   const validate::SchemaSet& schemas, Result& r) {
    Region region;
    auto content = load::load_files(fs, options.content, std::move(listing.region), r.sink);
    auto failed = drop_failed(content, validate::check_schemas(content, schemas, r.sink));
    const bool has_region =
        std::any_of(content.files.begin(), content.files.end(),
                    [](const auto& f) { return f.kind == load::FileKind::Region; });
    if (!has_region) failed.insert("region.yaml");
    region.gaps = validate::find_gaps(failed);
    region.project = model::build_region_project(content, r.sink);
    for (const auto& [id, files] : listing.schools) region.project.school_ids.push_back(id);
    validate::check_region_references(region.project, region.gaps, r.sink);
    validate::check_region_meaning(region.project, r.sink);
    r.sources.merge(sources_of(r.sink, content.sources));
    region.sources = std::move(content.sources);
    return region;
}

std::optional<model::Date> report_date(const Options& options, const Region& region,
                                       diag::Sink& sink) {
    if (options.as_of) return options.as_of;
    if (region.project.region.report_date) return region.project.region.report_date;
    if (region.gaps.region) return std::nullopt;  // region.yaml's own error says it all
    sink.error(region.project.region.loc,
               "не задана дата отчёта: укажите report_date в region.yaml "
               "или --as-of ГГГГ-ММ-ДД");
    return std::nullopt;
}

// The PDF options of a build; empty for `build --no-pdf`.
std::optional<render::PdfOptions> pdf_options(const Options& options) {
    if (!options.pdf) return std::nullopt;
    return render::PdfOptions{options.font};
}

void notify(const Options& options, Progress::Phase phase, std::size_t done = 0,
            std::size_t total = 0) {
    if (options.progress) options.progress(Progress{phase, done, total});
}

bool cancelled(const Options& options) { return options.cancel && options.cancel->load(); }

// The school names, in order, and their files.
using SchoolFiles = std::vector<std::pair<std::string, std::vector<load::ContentFile>>>;

// Every school through its own pipeline, in parallel; outcomes by position.
// With a cache (rendering only), unchanged schools reuse their outputs.
std::vector<SchoolOutcome> run_schools(const Options& options, const RegionContext& ctx,
                                       SchoolFiles& schools,
                                       const std::optional<render::TemplateSet>& templates,
                                       const cache::BuildCache* cache, std::uint64_t shared,
                                       write::OutputSink* out) {
    std::vector<SchoolOutcome> outcomes(schools.size());
    const unsigned workers = worker_count(options.jobs, schools.size());
    std::vector<std::unique_ptr<render::SchoolRenderer>> renderers(workers);
    const bool render = templates && out && options.export_school.empty();
    const auto pdf = pdf_options(options);
    std::atomic<std::size_t> finished{0};
    notify(options, Progress::Phase::Schools, 0, schools.size());
    parallel_for(schools.size(), workers, [&](unsigned w, std::size_t i) {
        if (cancelled(options)) return;
        auto& [id, files] = schools[i];
        if (!render) {
            outcomes[i] = run_school(ctx, id, std::move(files), nullptr, nullptr,
                                     id == options.export_school);
            notify(options, Progress::Phase::Schools, ++finished, schools.size());
            return;
        }
        if (!renderers[w]) renderers[w] = std::make_unique<render::SchoolRenderer>(*templates, pdf);
        // The file list goes with the job (freed on this thread); rows lost
        // from the cache are made again from the folder listed anew.
        outcomes[i] = cache ? run_cached_school(ctx, *cache, shared, id, std::move(files),
                                                *renderers[w], *out)
                            : run_school(ctx, id, std::move(files), renderers[w].get(), out, false);
        notify(options, Progress::Phase::Schools, ++finished, schools.size());
    });
    return outcomes;
}

// Merges the schools' diagnostics and keeps their summaries, in order.
void collect(std::vector<SchoolOutcome>& outcomes, compute::Analysis& analysis, Result& r) {
    for (auto& o : outcomes) {
        for (const auto& d : o.sink.all()) r.sink.add(d);
        r.sources.merge(o.sources);
        if (o.summary) analysis.summaries.push_back(std::move(*o.summary));
        r.schools += o.built ? 1 : 0;
        r.reused += o.reused ? 1 : 0;
    }
}

// `export school ID` names a school that must exist. After other errors it
// may be missing only because its own files failed: those errors say it.
const SchoolOutcome* export_school(const Options& options,
                                   const std::vector<SchoolOutcome>& outcomes, Result& r) {
    for (const auto& o : outcomes)
        if (o.analysis) return &o;
    if (!r.sink.has_errors())
        r.sink.error({fs::join(options.content, "schools"), 0, 0},
                     "школа \"" + options.export_school + "\" не найдена");
    return nullptr;
}

void render_export(const Options& options, const RegionContext& ctx, const SchoolOutcome& school,
                   write::OutputSink& out, diag::Sink& sink) {
    compute::Analysis analysis = ctx.base;
    analysis.schools.push_back(*school.analysis);
    write::OutputSet files;
    render::render_school_bundle(ctx.project, analysis, options.export_school,
                                 {options.templates_dir, &ctx.fs}, render::PdfOptions{options.font},
                                 files, sink);
    for (const auto& [path, bytes] : files) out.put(path, bytes);
}

// The region's key: the shared inputs and every school's key, in order; 0
// when a school has none (then nothing is reused).
std::uint64_t region_key(std::uint64_t shared, const SchoolFiles& schools,
                         const std::vector<SchoolOutcome>& outcomes) {
    std::uint64_t h = shared;
    for (std::size_t i = 0; i < outcomes.size(); ++i) {
        if (!outcomes[i].key) return 0;
        h = hash_bytes(schools[i].first + ":" + std::to_string(outcomes[i].key), h);
    }
    return h;
}

bool reuse_region(const cache::CachedRegion& entry, write::OutputSink& out, diag::Sink& sink) {
    for (const auto& path : entry.outputs)
        if (!out.reuse(path)) return false;
    for (const auto& d : entry.diagnostics) sink.add(d);
    return true;
}

// The pages over all schools, the annexes and open data; with a cache, taken
// whole from the previous build when nothing at all changed (then true),
// else each page and document whose data is unchanged (render::OutputMemo).
bool render_rollups(const Options& options, const RegionContext& ctx, compute::Analysis& analysis,
                    const render::TemplateSet& templates, const SchoolFiles& schools,
                    const std::vector<SchoolOutcome>& outcomes, const cache::BuildCache* cache,
                    std::uint64_t shared, write::OutputSink& out, diag::Sink& sink) {
    const std::uint64_t key = cache ? region_key(shared, schools, outcomes) : 0;
    const auto previous = cache ? cache->region() : std::nullopt;
    if (key && previous && previous->key == key && reuse_region(*previous, out, sink)) return true;
    // Linked whole, the pages need none of the region's figures: only now.
    compute::add_rollups(ctx.project, analysis);
    const view::SiteInput in{ctx.project, analysis, ctx.max_whole_open_data};
    // Page by page: what shows nothing changed is reused.
    std::optional<render::OutputMemo> memo;
    if (cache)
        memo.emplace(previous && previous->shared == shared ? previous->fingerprints
                                                            : render::Fingerprints{});
    const auto pdf = pdf_options(options);
    auto data = [&](std::size_t i) {
        if (auto d = school_data(outcomes[i], cache, schools[i].first)) return std::move(*d);
        // The cache lost the rows since the school was reused (deleted or
        // overwritten by another build): the school is made again, unseen.
        write::MemoryOutput scratch;
        render::SchoolRenderer renderer(templates, pdf);
        diag::Sink listed;  // the listing's warnings were reported the first time
        auto again = run_school(ctx, schools[i].first,
                                load::list_school(ctx.fs, ctx.content, schools[i].first, listed),
                                &renderer, &scratch, false);
        return std::move(again.data);
    };
    // Keys a municipality's open data without reading its schools' rows.
    auto digest = [&](std::size_t i) { return data_digest(outcomes[i]); };
    RecordingSink recorded(out);
    diag::Sink own;
    render::render_region(in, templates, pdf, {data, digest}, memo ? &*memo : nullptr, recorded,
                          own);
    for (const auto& d : own.all()) sink.add(d);
    if (cache && !own.has_errors())
        cache->store(
            cache::CachedRegion{key, recorded.paths(), own.all(), shared, memo->current()});
    return false;
}

// Every stage; run() adds the final progress event to each way out.
Result run_stages(const Options& options, const fs::FileSystem& fs, Stop stop,
                  write::OutputSink* out) {
    Result r;
    notify(options, Progress::Phase::Region);
    auto listing =
        load::list_content(fs, options.content, r.sink,
                           [&](std::size_t n, const std::function<void(std::size_t)>& job) {
                               parallel_for(n, worker_count(options.jobs, n),
                                            [&](unsigned, std::size_t i) { job(i); });
                           });
    auto schemas = validate::builtin_schemas(r.sink);
    if (!schemas || !listing.found) return r;
    Region region = load_region(options, fs, listing, *schemas, r);
    auto as_of = report_date(options, region, r.sink);

    std::optional<render::TemplateSet> templates;
    const bool rendering = stop == Stop::AfterRender && out;
    if (rendering && !r.sink.has_errors())
        templates = render::site_templates({options.templates_dir, &fs}, r.sink);

    RegionContext ctx{fs, options.content, *schemas,      region.project, region.gaps,
                      {}, false,           options.strict};
    ctx.base.as_of = as_of.value_or(model::Date{});
    ctx.compute = as_of && !r.sink.has_errors();
    ctx.max_whole_open_data = options.max_whole_open_data;
    std::optional<cache::BuildCache> cache;
    std::uint64_t shared = 0;
    if (templates && !options.cache_dir.empty()) {
        cache.emplace(options.cache_dir, options.cache_output);
        shared = shared_key(options, region.sources, *templates,
                            view::open_data_by_municipality(ctx.site()));
    }
    SchoolFiles schools(std::make_move_iterator(listing.schools.begin()),
                        std::make_move_iterator(listing.schools.end()));
    auto outcomes = run_schools(options, ctx, schools, templates, cache ? &*cache : nullptr, shared,
                                rendering ? out : nullptr);

    compute::Analysis analysis = ctx.base;
    collect(outcomes, analysis, r);
    if (cancelled(options)) r.sink.error({options.content, 0, 0}, "сборка прервана");
    if (options.strict) r.sink.promote_warnings();
    if (r.sink.has_errors() || !rendering || !templates) return r;
    if (!options.export_school.empty()) {
        if (const SchoolOutcome* s = export_school(options, outcomes, r))
            render_export(options, ctx, *s, *out, r.sink);
        return r;
    }
    notify(options, Progress::Phase::Rollups);
    const bool whole = render_rollups(options, ctx, analysis, *templates, schools, outcomes,
                                      cache ? &*cache : nullptr, shared, *out, r.sink);
    r.unchanged = whole && cache && cache->trusted() && r.reused == r.schools;
    if (options.strict) r.sink.promote_warnings();
    if (!r.sink.has_errors()) r.cache = std::move(cache);  // the caller commits it
    return r;
}

}  // namespace

Result run(const Options& options, const fs::FileSystem& fs, Stop stop, write::OutputSink* out) {
    Result r = run_stages(options, fs, stop, out);
    notify(options, Progress::Phase::Done);
    return r;
}

Result run_pipeline(const Options& options, const fs::FileSystem& fs, Stop stop) {
    write::MemoryOutput out;
    Result r = run(options, fs, stop, &out);
    if (stop == Stop::AfterRender && r.ok()) r.files = out.take();
    if (r.ok() && r.cache) {  // in memory, the output has landed once returned
        r.cache->retire();
        r.cache->commit("");  // and is gone after: nothing can be reused from it
    }
    return r;
}

}  // namespace shnor::app
