// The CI recipes of docs/ci/ work as written: each file is valid YAML (our
// own loader, which also refuses duplicate keys), and the shell of every
// job's steps runs against the example region in a temporary repository,
// with the variables the CI service provides faked. What the CI service
// itself does (actions, caches, artifacts) is checked for shape only.
//
// The install step is run on a cache hit: .shnor/ already holds the built
// shnor, as the CI cache restores it. Its first-run branch (git clone and
// `make build` from source) is not run here: it would build shnor from
// scratch on every test run.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "docs/shell.hpp"
#include "load/yaml_loader.hpp"
#include "support/fixtures.hpp"

namespace stdfs = std::filesystem;
using namespace shnor;

namespace {

const std::string kMain = "main";

load::NodePtr load_recipe(const std::string& name) {
    auto path = test::test_dir() + "/../docs/ci/" + name;
    diag::Sink sink;
    auto root = load::parse_yaml(test::read_file(path), path, sink);
    for (const auto& d : sink.all())
        UNSCOPED_INFO(d.loc.line << ":" << d.loc.column << " " << d.message);
    REQUIRE(sink.all().empty());
    REQUIRE(root);
    REQUIRE(root->is_map());
    return root;
}

std::string text(const load::Node* n) { return n && n->is_string() ? n->s : ""; }

std::map<std::string, std::string> string_map(const load::Node* n) {
    std::map<std::string, std::string> out;
    if (n)
        for (const auto& [k, v] : n->map) out[k] = v->s;
    return out;
}

// A repository with the example region and, as a restored CI cache leaves
// it, the shnor built for this test run under .shnor/src/.
stdfs::path region_repo(const std::string& name) {
    auto repo = test::fresh_temp_dir(name);
    test::copy_example_region(repo);
    stdfs::create_directories(repo / ".shnor/src/build");
    stdfs::create_directories(repo / ".shnor/src/scripts");
    stdfs::copy_file(SHNOR_BINARY, repo / ".shnor/src/build/shnor");
    stdfs::copy_file(test::test_dir() + "/../scripts/deps.sh", repo / ".shnor/src/scripts/deps.sh");
    return repo;
}

// An error the check must catch: a key the school passport does not have.
// Returns the line of the error.
long break_content(const stdfs::path& repo) {
    auto file = repo / "content/schools/sosh-3-ensk/school.yaml";
    std::ofstream(file, std::ios::app) << "unknown_key: 1\n";
    auto text = test::read_file(file.string());
    return std::count(text.begin(), text.end(), '\n');
}

// GitHub: `run` steps in order, with GITHUB_PATH applied between them.
struct GithubRun {
    int failed_code = 0;  // the exit code of the step that failed, if any
    std::string log;
    std::vector<std::string> actions;  // `uses` of the steps that ran
};

GithubRun run_github_job(const load::Node& job, const std::map<std::string, std::string>& wf_env,
                         const stdfs::path& repo, bool main_branch) {
    auto path_file = repo.parent_path() / (repo.filename().string() + ".github_path");
    std::ofstream(path_file).close();
    auto env = wf_env;
    env["CI"] = "true";
    env["GITHUB_ACTIONS"] = "true";
    env["GITHUB_WORKSPACE"] = repo.string();
    env["GITHUB_PATH"] = path_file.string();
    env["GITHUB_EVENT_NAME"] = main_branch ? "push" : "pull_request";
    env["GITHUB_REF"] = main_branch ? "refs/heads/main" : "refs/pull/1/merge";
    GithubRun r;
    for (const auto& step : job.get("steps")->seq) {
        auto condition = text(step->get("if"));
        if (!condition.empty()) {
            // The only condition the recipe uses; another must be taught here.
            REQUIRE(condition == "github.ref == 'refs/heads/main'");
            if (!main_branch) continue;
        }
        if (step->get("uses")) {
            r.actions.push_back(text(step->get("uses")));
            continue;
        }
        auto script = text(step->get("run"));
        REQUIRE(script.find("${{") == std::string::npos);  // only environment variables
        std::string path = getenv("PATH");
        std::ifstream added(path_file);
        for (std::string dir; std::getline(added, dir);) path = dir + ":" + path;
        env["PATH"] = path;
        auto run = test::run_bash(script, repo, env);
        r.log += "$ " + text(step->get("name")) + "\n" + run.output;
        if (run.code != 0) {
            r.failed_code = run.code;
            break;
        }
    }
    stdfs::remove(path_file);
    return r;
}

}  // namespace

TEST_CASE("the GitHub Actions recipe checks pull requests and publishes main", "[docs][ci]") {
    auto wf = load_recipe("github-workflow.yml");
    REQUIRE(wf->get("on"));
    CHECK(wf->get("on")->get("pull_request"));
    CHECK(text(wf->get("on")->get("push")->get("branches")->seq.at(0).get()) == kMain);
    CHECK(text(wf->get("defaults")->get("run")->get("shell")) == "bash");
    auto wf_env = string_map(wf->get("env"));
    const auto* job = wf->get("jobs")->get("shnor");
    REQUIRE(job);
    for (const auto& step : job->get("steps")->seq)
        CHECK((step->get("uses") != nullptr) != (step->get("run") != nullptr));

    SECTION("a pull request with an error fails with annotations") {
        auto repo = region_repo("ci-github-pr");
        auto line = break_content(repo);
        auto r = run_github_job(*job, wf_env, repo, false);
        INFO(r.log);
        CHECK(r.failed_code == 1);
        CHECK(r.log.find("::error file=content/schools/sosh-3-ensk/school.yaml,line=" +
                         std::to_string(line) + ",") != std::string::npos);
        CHECK(!stdfs::exists(repo / "public"));
        stdfs::remove_all(repo);
    }
    SECTION("main builds the site into the folders that are cached and uploaded") {
        auto repo = region_repo("ci-github-main");
        auto r = run_github_job(*job, wf_env, repo, true);
        INFO(r.log);
        CHECK(r.failed_code == 0);
        CHECK(stdfs::exists(repo / "public/index.html"));
        CHECK(r.actions == std::vector<std::string>{"actions/checkout@v4", "actions/cache@v4",
                                                    "actions/cache@v4",
                                                    "actions/upload-pages-artifact@v3"});
        for (const auto& step : job->get("steps")->seq) {
            const auto* with = step->get("with");
            if (!with || !with->get("path")) continue;
            std::istringstream paths(text(with->get("path")));
            for (std::string p; std::getline(paths, p);)
                if (!p.empty()) CHECK(stdfs::exists(repo / p));
        }
        stdfs::remove_all(repo);
    }
    const auto* publish = wf->get("jobs")->get("publish");
    REQUIRE(publish);
    CHECK(text(publish->get("needs")) == "shnor");
    CHECK(text(publish->get("environment")->get("name")) == "github-pages");
    CHECK(text(publish->get("steps")->seq.at(0)->get("uses")) == "actions/deploy-pages@v4");
}

namespace {

// GitLab: before_script and script of a job (after `extends`) as one shell.
std::string gitlab_script(const load::Node& root, const load::Node& job) {
    const load::Node* base = job.get("extends") ? root.get(text(job.get("extends"))) : nullptr;
    auto part = [&](const char* key) {
        const auto* n = job.get(key) ? job.get(key) : base ? base->get(key) : nullptr;
        std::string s;
        if (n)
            for (const auto& line : n->seq) s += line->s + "\n";
        return s;
    };
    return part("before_script") + part("script");
}

std::vector<std::string> gitlab_cache_paths(const load::Node& root, const load::Node& job) {
    const load::Node* base = job.get("extends") ? root.get(text(job.get("extends"))) : nullptr;
    const auto* cache = job.get("cache") ? job.get("cache") : base->get("cache");
    std::vector<std::string> out;
    for (const auto& c : cache->seq)
        for (const auto& p : c->get("paths")->seq) out.push_back(p->s);
    return out;
}

test::ShellRun run_gitlab_job(const load::Node& root, const load::Node& job,
                              const stdfs::path& repo, bool merge_request) {
    auto env = string_map(root.get("variables"));
    env["CI"] = "true";
    env["GITLAB_CI"] = "true";
    env["CI_PROJECT_DIR"] = repo.string();
    env["CI_DEFAULT_BRANCH"] = kMain;
    env["CI_PIPELINE_SOURCE"] = merge_request ? "merge_request_event" : "push";
    if (!merge_request) env["CI_COMMIT_BRANCH"] = kMain;
    return test::run_bash(gitlab_script(root, job), repo, env);
}

}  // namespace

TEST_CASE("the GitLab CI recipe reports to Code Quality and publishes Pages", "[docs][ci]") {
    auto root = load_recipe("gitlab-ci.yml");
    CHECK(text(root->get("image")) == "debian:bookworm");
    const auto* check = root->get("check");
    const auto* pages = root->get("pages");
    REQUIRE(check);
    REQUIRE(pages);
    CHECK(text(check->get("rules")->seq.at(0)->get("if")) ==
          "$CI_PIPELINE_SOURCE == \"merge_request_event\"");
    CHECK(text(pages->get("rules")->seq.at(0)->get("if")) ==
          "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH");
    auto report = text(check->get("artifacts")->get("reports")->get("codequality"));
    CHECK(text(check->get("artifacts")->get("when")) == "always");

    SECTION("a merge request with an error fails and leaves a Code Quality report") {
        auto repo = region_repo("ci-gitlab-mr");
        auto line = break_content(repo);
        auto r = run_gitlab_job(*root, *check, repo, true);
        INFO(r.output);
        CHECK(r.code == 1);
        CHECK(r.output.find("school.yaml:") != std::string::npos);  // the text errors in the log
        auto json = nlohmann::json::parse(test::read_file((repo / report).string()));
        REQUIRE(json.is_array());
        auto error = std::find_if(json.begin(), json.end(),
                                  [](const auto& i) { return i["severity"] == "major"; });
        REQUIRE(error != json.end());
        CHECK((*error)["location"]["path"] == "content/schools/sosh-3-ensk/school.yaml");
        CHECK((*error)["location"]["lines"]["begin"] == line);
        stdfs::remove_all(repo);
    }
    SECTION("a merge request without errors passes; its warnings are minor issues") {
        auto repo = region_repo("ci-gitlab-clean");
        auto r = run_gitlab_job(*root, *check, repo, true);
        INFO(r.output);
        CHECK(r.code == 0);
        auto json = nlohmann::json::parse(test::read_file((repo / report).string()));
        REQUIRE(json.is_array());
        for (const auto& issue : json) CHECK(issue["severity"] == "minor");
        stdfs::remove_all(repo);
    }
    SECTION("the default branch builds public/ and fills the cached folders") {
        auto repo = region_repo("ci-gitlab-pages");
        auto r = run_gitlab_job(*root, *pages, repo, false);
        INFO(r.output);
        CHECK(r.code == 0);
        CHECK(stdfs::exists(repo / "public/index.html"));
        CHECK(text(pages->get("artifacts")->get("paths")->seq.at(0).get()) == "public");
        for (const auto& p : gitlab_cache_paths(*root, *pages)) CHECK(stdfs::exists(repo / p));
        stdfs::remove_all(repo);
    }
}
