#include "render/site.hpp"

#include "render/engine.hpp"
#include "render/open_data.hpp"
#include "render/site_extras.hpp"
#include "render/templates.hpp"
#include "view/builders.hpp"
#include "view/links.hpp"
#include "view/projection.hpp"

namespace shnor::render {
namespace {

// Renders a page body with its template, then wraps it in layout.mustache.
class PageWriter {
public:
    PageWriter(const Engine& engine, write::OutputSet& out, diag::Sink& sink)
        : engine_(engine), out_(out), sink_(sink) {}

    template <typename View>
    void write(const std::string& path, const std::string& kind, const View& view) {
        std::string body = engine_.render(kind, view::to_value(view), sink_);
        view::Value layout = view::to_value(view.layout);
        layout.set("content_html", body).set("page_kind", kind);
        out_[path] = engine_.render("layout", layout, sink_);
    }

private:
    const Engine& engine_;
    write::OutputSet& out_;
    diag::Sink& sink_;
};

void copy_asset(const TemplateSet& set, const std::string& name, write::OutputSet& out) {
    if (const Template* t = set.find(name)) out[name] = t->text;
}

void skipped(diag::Sink& sink, const diag::SourceLoc& loc, const std::string& id) {
    sink.error(loc, "идентификатор \"" + id +
                        "\" не годится для адреса страницы: только a-z, 0-9, «-» и «_»");
}

void render_pages(const view::SiteInput& in, PageWriter& pages, diag::Sink& sink) {
    const auto& project = in.project;
    pages.write("index.html", "index", view::build_dashboard(in));
    for (const auto& m : project.municipalities) {
        if (!view::safe_segment(m.id)) {
            skipped(sink, m.loc, m.id);
            continue;
        }
        pages.write(view::municipality_path(m.id), "municipality", view::build_municipality(in, m));
    }
    for (const auto& sa : in.analysis.schools) {
        if (!sa.school) continue;
        if (!view::safe_segment(sa.school->id)) {
            skipped(sink, sa.school->loc, sa.school->id);
            continue;
        }
        pages.write(view::school_path(sa.school->id), "school", view::build_school(in, sa));
    }
    for (const auto& [year, cat] : project.catalogues)
        for (const auto& f : cat.factors) {
            if (!view::safe_segment(f.id)) {
                skipped(sink, f.loc, f.id);
                continue;
            }
            pages.write(view::factor_path(year, f.id), "factor", view::build_factor(in, cat, f));
        }
    for (const auto& page : project.pages) {
        if (!view::safe_segment(page.id)) {
            skipped(sink, page.loc, page.id);
            continue;
        }
        pages.write(view::page_path(page.id), "page", view::build_markdown_page(in, page, sink));
    }
    pages.write("404.html", "404", view::build_not_found(in));
}

// The built-in templates with the project's own over them; false after an
// error in sink.
bool load_templates(const SiteOptions& options, TemplateSet& set, diag::Sink& sink) {
    fs::DiskFileSystem disk;
    set.override_from(options.templates_dir, options.files ? *options.files : disk, sink);
    return set.check(sink);
}

const compute::SchoolAnalysis* find_school(const compute::Analysis& analysis,
                                           const std::string& id) {
    for (const auto& sa : analysis.schools)
        if (sa.school && sa.school->id == id) return &sa;
    return nullptr;
}

}  // namespace

void render_site(const model::Project& project, const compute::Analysis& analysis,
                 const SiteOptions& options, write::OutputSet& out, diag::Sink& sink) {
    TemplateSet set = TemplateSet::builtin();
    if (!load_templates(options, set, sink)) return;
    Engine engine(set);
    PageWriter pages(engine, out, sink);
    view::SiteInput in{project, analysis};
    render_pages(in, pages, sink);
    copy_asset(set, "assets/style.css", out);
    copy_asset(set, "assets/search.js", out);
    out["assets/search-index.js"] = search_index_js(project);
    if (std::string base = view::safe_url(project.region.base_url); !base.empty())
        out["sitemap.xml"] = sitemap_xml(base, out);
    add_open_data(project, analysis, out);
}

void render_school_bundle(const model::Project& project, const compute::Analysis& analysis,
                          const std::string& school_id, const SiteOptions& options,
                          const PdfOptions& pdf, write::OutputSet& out, diag::Sink& sink) {
    const compute::SchoolAnalysis* sa = find_school(analysis, school_id);
    if (!sa) {
        sink.error({}, "школа \"" + school_id + "\" не найдена");
        return;
    }
    if (!view::safe_segment(school_id)) return skipped(sink, sa->school->loc, school_id);
    TemplateSet set = TemplateSet::builtin();
    if (!load_templates(options, set, sink)) return;
    Engine engine(set);
    PageWriter pages(engine, out, sink);
    view::SiteInput in{project, analysis};
    pages.write("index.html", "school", view::build_school_bundle(in, *sa));
    copy_asset(set, "assets/style.css", out);
    // The same years and bytes as the site's schools/<id>/roadmap-<year>.pdf.
    for (const auto& sy : sa->years) {
        if (!view::has_roadmap_pdf(*sa->school, sy.year)) continue;
        std::string bytes = render_roadmap(project, analysis, school_id, sy.year, pdf, sink);
        if (!bytes.empty()) out["roadmap-" + std::to_string(sy.year) + ".pdf"] = std::move(bytes);
    }
}

}  // namespace shnor::render
