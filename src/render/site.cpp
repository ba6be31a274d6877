#include "render/site.hpp"

#include <algorithm>

#include "render/engine.hpp"
#include "render/site_extras.hpp"
#include "view/build_records.hpp"
#include "view/builders.hpp"
#include "view/fingerprint.hpp"
#include "view/links.hpp"
#include "view/projection.hpp"

namespace shnor::render {
namespace {

// Renders a page body with its template, then wraps it in layout.mustache.
std::string page(const Engine& engine, const std::string& kind, view::Value body,
                 view::Value layout, diag::Sink& sink) {
    std::string html = engine.render(kind, std::move(body), sink);
    layout.set("content_html", std::move(html)).set("page_kind", kind);
    return engine.render("layout", std::move(layout), sink);
}

template <typename View>
std::string page(const Engine& engine, const std::string& kind, const View& view,
                 diag::Sink& sink) {
    return page(engine, kind, view::to_value(view), view::to_value(view.layout), sink);
}

// A page over all schools: taken from the previous build when its data is
// unchanged (memo), else rendered; remembered when it rendered cleanly.
template <typename View>
void memo_page(const Engine& engine, const std::string& path, const std::string& kind,
               const View& view, OutputMemo* memo, write::OutputSink& out, diag::Sink& sink) {
    view::Value body = view::to_value(view), layout = view::to_value(view.layout);
    const std::uint64_t fp = memo ? view::fingerprint(kind, body, layout) : 0;
    OutputMemo::put(memo, path, fp, out, sink, [&](diag::Sink& own) {
        return page(engine, kind, std::move(body), std::move(layout), own);
    });
}

void skipped(diag::Sink& sink, const diag::SourceLoc& loc, const std::string& id) {
    sink.error(loc, "идентификатор \"" + id +
                        "\" не годится для адреса страницы: только a-z, 0-9, «-» и «_»");
}

// The region's own pages; returns their paths (for the sitemap).
std::vector<std::string> region_pages(const view::SiteInput& in, const Engine& engine,
                                      OutputMemo* memo, write::OutputSink& out, diag::Sink& sink) {
    std::vector<std::string> paths;
    auto write = [&](const std::string& path, const std::string& kind, const auto& view) {
        memo_page(engine, path, kind, view, memo, out, sink);
        paths.push_back(path);
    };
    const auto& project = in.project;
    write("index.html", "index", view::build_dashboard(in));
    const auto by_municipality = view::schools_by_municipality(in);
    for (const auto& m : project.municipalities) {
        if (!view::safe_segment(m.id)) {
            skipped(sink, m.loc, m.id);
            continue;
        }
        write(view::municipality_path(m.id), "municipality",
              view::build_municipality(in, m, view::schools_of(by_municipality, m.id)));
    }
    for (const auto& [year, cat] : project.catalogues)
        for (const auto& f : cat.factors) {
            if (!view::safe_segment(f.id)) {
                skipped(sink, f.loc, f.id);
                continue;
            }
            write(view::factor_path(year, f.id), "factor", view::build_factor(in, cat, f));
        }
    write(view::partnerships_path(), "partnerships", view::build_partnerships(in));
    for (const auto& [year, cat] : project.catalogues)
        for (const auto* f : view::factors_with_practices(in, year))
            write(view::practices_path(year, f->id), "practices",
                  view::build_practices(in, cat, *f, sink));
    for (const auto& p : project.pages) {
        if (!view::safe_segment(p.id)) {
            skipped(sink, p.loc, p.id);
            continue;
        }
        write(view::page_path(p.id), "page", view::build_markdown_page(in, p, sink));
    }
    for (const auto& person : in.analysis.people) {
        const model::Person& p = *person.person;
        if (!view::safe_segment(p.id)) {
            skipped(sink, p.loc, p.id);
            continue;
        }
        write(view::person_path(p), "person", view::build_person(in, person));
    }
    write("404.html", "404", view::build_not_found(in));
    return paths;
}

void copy_asset(const TemplateSet& set, const std::string& name, write::OutputSink& out) {
    if (const Template* t = set.find(name)) out.put(name, t->text);
}

}  // namespace

std::optional<TemplateSet> site_templates(const SiteOptions& options, diag::Sink& sink) {
    TemplateSet set = TemplateSet::builtin();
    fs::DiskFileSystem disk;
    set.override_from(options.templates_dir, options.files ? *options.files : disk, sink);
    if (!set.check(sink)) return std::nullopt;
    return set;
}

SchoolRenderer::SchoolRenderer(const TemplateSet& set, const std::optional<PdfOptions>& pdf)
    : engine_(std::make_unique<Engine>(set)) {
    if (pdf) pdf_.emplace(*pdf);
}

SchoolRenderer::~SchoolRenderer() = default;

std::vector<std::string> SchoolRenderer::render(const view::SiteInput& in,
                                                const compute::SchoolAnalysis& sa,
                                                write::OutputSink& out, diag::Sink& sink) {
    const model::School& school = *sa.school;
    if (!view::safe_segment(school.id)) {
        skipped(sink, school.loc, school.id);
        return {};
    }
    std::vector<std::string> paths{view::school_path(school.id)};
    out.put(paths.front(), page(*engine_, "school", view::build_school(in, sa), sink));
    if (pdf_) {
        auto pdfs = pdf_->roadmaps(in.project, sa, in.analysis.as_of, out, sink);
        paths.insert(paths.end(), pdfs.begin(), pdfs.end());
    }
    return paths;
}

void render_region(const view::SiteInput& in, const TemplateSet& set,
                   const std::optional<PdfOptions>& pdf, const SchoolRows& rows, OutputMemo* memo,
                   write::OutputSink& out, diag::Sink& sink) {
    Engine engine(set);
    std::vector<std::string> pages = region_pages(in, engine, memo, out, sink);
    for (const auto& s : in.analysis.summaries)
        if (view::safe_segment(s.id)) pages.push_back(view::school_path(s.id));
    copy_asset(set, "assets/style.css", out);
    copy_asset(set, "assets/search.js", out);
    out.put("assets/search-index.js", search_index_js(in));
    if (std::string base = view::safe_url(in.project.region.base_url); !base.empty()) {
        std::sort(pages.begin(), pages.end());
        out.put("sitemap.xml", sitemap_xml(base, pages));
    }
    if (pdf) {
        PdfRenderer printed(*pdf);
        printed.annexes(in.project, in.analysis, out, sink, memo);
        printed.monitoring(in.project, in.analysis, out, sink, memo);
    }
    write_open_data(in, rows, memo, out);
}

void render_site(const model::Project& project, const compute::Analysis& analysis,
                 const SiteOptions& options, write::OutputSet& out, diag::Sink& sink) {
    auto set = site_templates(options, sink);
    if (!set) return;
    write::MemoryOutput sink_out;
    view::SiteInput in{project, analysis};
    SchoolRenderer school(*set, std::nullopt);
    for (const auto& sa : analysis.schools) school.render(in, sa, sink_out, sink);
    SchoolRows rows{[&](std::size_t i) { return school_data(project, analysis.schools[i]); }, {}};
    render_region(in, *set, std::nullopt, rows, nullptr, sink_out, sink);
    for (auto& [path, bytes] : sink_out.take()) out[path] = std::move(bytes);
}

void render_school_bundle(const model::Project& project, const compute::Analysis& analysis,
                          const std::string& school_id, const SiteOptions& options,
                          const PdfOptions& pdf, write::OutputSet& out, diag::Sink& sink) {
    const compute::SchoolAnalysis* sa = analysis.school(school_id);
    if (!sa) {
        sink.error({}, "школа \"" + school_id + "\" не найдена");
        return;
    }
    if (!view::safe_segment(school_id)) return skipped(sink, sa->school->loc, school_id);
    auto set = site_templates(options, sink);
    if (!set) return;
    Engine engine(*set);
    view::SiteInput in{project, analysis};
    out["index.html"] = page(engine, "school", view::build_school_bundle(in, *sa), sink);
    if (const Template* t = set->find("assets/style.css")) out["assets/style.css"] = t->text;
    // The same years and bytes as the site's schools/<id>/roadmap-<year>.pdf.
    write::MemoryOutput pdfs;
    PdfRenderer(pdf).roadmaps(project, *sa, analysis.as_of, pdfs, sink);
    const std::string prefix = "schools/" + school_id + "/";
    for (auto& [path, bytes] : pdfs.take()) out[path.substr(prefix.size())] = std::move(bytes);
}

}  // namespace shnor::render
