// End-to-end test of the generated site, run by ctest (e2e_site):
//   node run.mjs <shnor binary> <content dir> <work dir>
// Builds the example site into <work dir>/site, then checks it in Debian's
// chromium (search, school page, PDFs, phone width, sub-folder copy, axe-core),
// validates every page with html-validate and checks every internal link.
// Screenshots go to <work dir>/screenshots. Prints "N passed, M failed".
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

function preflight() {
  const problems = [];
  const major = Number(process.versions.node.split(".")[0]);
  if (major < 18) problems.push(`node ${process.versions.node} is too old (need >= 18, Debian bookworm's)`);
  if (!fs.existsSync("/usr/bin/chromium")) problems.push("/usr/bin/chromium is missing");
  for (const p of ["playwright-core", "html-validate", "axe-core"]) {
    if (!fs.existsSync(path.join(here, "node_modules", p))) problems.push(`tests/e2e/node_modules/${p} is missing`);
  }
  if (problems.length) {
    console.error(`e2e_site cannot run: ${problems.join("; ")}.\n` +
      "Run `scripts/deps.sh test` (installs chromium and runs `npm ci` in tests/e2e), then re-run the tests.");
    process.exit(2);
  }
}

async function main() {
  const [shnor, content, work] = process.argv.slice(2);
  if (!shnor || !content || !work) {
    console.error("usage: node run.mjs <shnor binary> <content dir> <work dir>");
    process.exit(2);
  }
  preflight();
  const { check, summary } = await import("./lib/runner.mjs");
  const { checkLinks } = await import("./lib/links.mjs");
  const { validatePages } = await import("./lib/validate.mjs");
  const { launch } = await import("./lib/browser.mjs");
  const flows = await import("./lib/flows.mjs");

  const workDir = path.resolve(work);
  const site = path.join(workDir, "site");
  const shots = path.join(workDir, "screenshots");
  fs.rmSync(workDir, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });

  const built = await check("build the example site", (fail) => {
    const r = spawnSync(shnor, ["build", "--content", content, "--out", site], { encoding: "utf8" });
    if (r.status !== 0) fail(`shnor build exited ${r.status}: ${r.error ?? ""}\n${r.stdout}\n${r.stderr}`);
    else if (!fs.existsSync(path.join(site, "index.html"))) fail("no index.html in the output");
  });
  if (!built) return summary();

  await check("html-validate: every page", async (fail) => {
    const n = await validatePages(site, fail);
    console.log(`     ${n} pages validated`);
  });
  await check("links: every href/src resolves inside the site", (fail) => {
    const n = checkLinks(site, fail);
    console.log(`     ${n} links checked`);
  });

  const browser = await launch();
  try {
    const ctx = { browser, site, shots, workDir, state: {} };
    await check("home: search for a school and open it", (fail) => flows.searchFlow(ctx, fail));
    await check("school page: risk chart, roadmap, PDFs", (fail) => flows.schoolFlow(ctx, fail));
    await check("search: a curator's page opened from search", (fail) => flows.curatorFlow(ctx, fail));
    await check("search: a practice opened from search; the menu's partnerships page",
                (fail) => flows.practiceFlow(ctx, fail));
    await check("phone width 375 px: no horizontal overflow", (fail) => flows.phoneFlow(ctx, fail));
    await check("site copied under sub/folder/ works", (fail) => flows.subFolderFlow(ctx, fail));
    await check("axe-core: no serious/critical violations", (fail) => flows.axeFlow(ctx, fail));
  } finally {
    await browser.close();
  }
  console.log(`screenshots: ${shots}`);
  return summary();
}

main().then((ok) => process.exit(ok ? 0 : 1), (err) => {
  console.error(err);
  process.exit(1);
});
