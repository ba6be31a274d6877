// `make bench`: figures for the example region, with ratios against peers
// measured in the same run on the same machine. Not a test: nothing asserts.
//   - YAML: our safe loader vs yaml-cpp's own YAML::Load on the same bytes;
//   - the whole pipeline in memory (load -> validate -> compute -> render);
//   - the largest example roadmap PDF in both fonts: CPU time (a whole
//     document, fonts included) and size against the budgets (10 ms, 60 KB),
//     and against Chromium printing the school's HTML page, when installed.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <functional>
#include <iostream>
#include <vector>

#include "app/pipeline.hpp"
#include "compute/analysis.hpp"
#include "load/content.hpp"
#include "model/build.hpp"
#include "render/pdf/render_pdfs.hpp"

using namespace shnor;
namespace stdfs = std::filesystem;

namespace {

// CPU time of one call: the median of `reps` calls, so a busy neighbour on a
// shared machine moves the figure less than a mean would.
double cpu_ms(const std::function<void()>& f, int reps) {
    std::vector<double> runs;
    for (int n = 0; n < reps; ++n) {
        const std::clock_t start = std::clock();
        f();
        runs.push_back(1000.0 * static_cast<double>(std::clock() - start) / CLOCKS_PER_SEC);
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

double wall_ms(const std::function<void()>& f, int reps) {
    auto start = std::chrono::steady_clock::now();
    for (int n = 0; n < reps; ++n) f();
    std::chrono::duration<double, std::milli> d = std::chrono::steady_clock::now() - start;
    return d.count() / reps;
}

// Page objects in a PDF: "/Type /Page" not followed by "s" (the page tree).
int pages_in(const std::string& pdf) {
    int n = 0;
    const std::string key = "/Type /Page";
    for (auto p = pdf.find(key); p != std::string::npos; p = pdf.find(key, p + 1))
        if (p + key.size() >= pdf.size() || pdf[p + key.size()] != 's') ++n;
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    std::string content = argc > 1 ? argv[1] : "content";
    fs::DiskFileSystem disk;
    diag::Sink sink;
    auto loaded = load::load_content(disk, content, sink);
    std::size_t bytes = 0;
    for (const auto& [path, text] : loaded.sources) bytes += text.size();
    std::printf("example region: %zu files, %.1f KiB of YAML and Markdown\n", loaded.sources.size(),
                static_cast<double>(bytes) / 1024);

    double ours = cpu_ms(
        [&] {
            for (const auto& [path, text] : loaded.sources) {
                diag::Sink s;
                if (path.size() > 5 && path.compare(path.size() - 5, 5, ".yaml") == 0)
                    load::parse_yaml(text, path, s);
            }
        },
        20);
    double peer = cpu_ms(
        [&] {
            for (const auto& [path, text] : loaded.sources)
                if (path.size() > 5 && path.compare(path.size() - 5, 5, ".yaml") == 0)
                    YAML::Load(text);
        },
        20);
    std::printf("yaml: shnor loader %.2f ms, yaml-cpp YAML::Load %.2f ms, ratio %.2f\n", ours, peer,
                ours / peer);

    app::Options options;
    options.content = content;
    double pipeline = wall_ms([&] { app::run_pipeline(options, disk, app::Stop::AfterRender); }, 3);
    double check = wall_ms([&] { app::run_pipeline(options, disk, app::Stop::AfterCheck); }, 3);
    std::printf("pipeline: check %.0f ms, full build in memory %.0f ms\n", check, pipeline);

    auto project = model::build_project(loaded, sink);
    auto analysis = compute::analyse(
        project, project.region.report_date.value_or(model::Date{2022, 12, 20}), sink);
    std::string school, pdf;
    int year = 0;
    for (const auto& s : project.schools)
        for (const auto& d : s.documents) {
            diag::Sink s2;
            auto bytes_pdf = render::render_roadmap(project, analysis, s.id, d.year, {}, s2);
            if (bytes_pdf.size() > pdf.size()) pdf = bytes_pdf, school = s.id, year = d.year;
        }
    double one = 0;
    for (const char* font : {"liberation", "pt"}) {
        const render::PdfOptions pdf_options{font};
        std::string bytes_pdf;
        const double ms = cpu_ms(
            [&] {
                diag::Sink s2;
                bytes_pdf =
                    render::render_roadmap(project, analysis, school, year, pdf_options, s2);
            },
            20);
        if (one == 0) one = ms;
        std::printf(
            "roadmap pdf (largest: %s %d, %d pages, %s): %.1f ms CPU (budget 10), %.1f KB "
            "(budget 60)\n",
            school.c_str(), year, pages_in(bytes_pdf), font, ms,
            static_cast<double>(bytes_pdf.size()) / 1000);
    }

    if (stdfs::exists("/usr/bin/chromium") && argc > 2) {
        std::string page = std::string(argv[2]) + "/schools/" + school + "/index.html";
        std::string out = (stdfs::temp_directory_path() / "shnor-bench-chromium.pdf").string();
        std::string cmd =
            "/usr/bin/chromium --headless --no-sandbox --disable-gpu "
            "--disable-background-networking --disable-component-update "
            "--disable-sync --no-first-run --print-to-pdf=" +
            out + " file://" + stdfs::absolute(page).string() + " >/dev/null 2>&1";
        double chromium = wall_ms([&] { std::system(cmd.c_str()); }, 3);
        std::printf(
            "peer: chromium --print-to-pdf of the school page %.0f ms wall, %.1f KB; "
            "ratio shnor/chromium %.3f\n",
            chromium, stdfs::exists(out) ? static_cast<double>(stdfs::file_size(out)) / 1000 : 0.0,
            one / chromium);
    } else {
        std::printf("peer: chromium not installed (scripts/deps.sh test installs it)\n");
    }
    return 0;
}
