// The browser scenarios. Each takes the shared ctx ({browser, site, shots,
// workDir, state}) and a `fail` callback; state carries the chosen school
// from the search flow to the later ones.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fileUrl, watchedPage } from "./browser.mjs";
import { axeCheck } from "./axe.mjs";
import { walk, rel } from "./site.mjs";

const DESKTOP = { width: 1280, height: 900 };

// The first school (by id) that has a roadmap PDF: its page has the most to check.
function chooseSchool(site, index) {
  const sorted = [...index].sort((a, b) => a.id.localeCompare(b.id));
  const withPdf = sorted.find((e) =>
    fs.readdirSync(path.join(site, "schools", e.id)).some((f) => /^roadmap-\d+\.pdf$/.test(f)));
  return withPdf ?? sorted[0];
}

// The search index loads on first use of the search box: focus it, wait for
// the script, and expand its compact rows ([id, name, short, municipality]).
async function loadIndex(page) {
  await page.locator("#search-input").focus();
  await page.waitForFunction(() => window.SHNOR_SEARCH_INDEX, null, { timeout: 5000 }).catch(() => {});
  return page.evaluate(() => {
    const raw = window.SHNOR_SEARCH_INDEX;
    if (!raw || !Array.isArray(raw.s)) return null;
    return raw.s.map((r) => ({ id: r[0], name: r[1], short: r[2], municipality: raw.m[r[3]],
                               url: "schools/" + r[0] + "/index.html" }));
  });
}

export async function searchFlow(ctx, fail) {
  const context = await ctx.browser.newContext({ viewport: DESKTOP });
  const page = await watchedPage(context, fail);
  await page.goto(fileUrl(path.join(ctx.site, "index.html")));
  await page.screenshot({ path: path.join(ctx.shots, "home.png"), fullPage: true });
  if (await page.evaluate(() => window.SHNOR_SEARCH_INDEX !== undefined))
    fail("the search index loaded before the search box was used");
  const index = await loadIndex(page);
  if (!Array.isArray(index) || index.length === 0) return fail("window.SHNOR_SEARCH_INDEX is empty or missing");
  const school = chooseSchool(ctx.site, index);
  ctx.state.school = school;
  const query = school.short || school.name;
  await page.locator("#search-input").pressSequentially(query);
  const results = page.locator("#search-results a");
  await results.first().waitFor({ state: "visible", timeout: 5000 }).catch(() => {});
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const pos = hrefs.findIndex((h) => h && h.endsWith(school.url));
  if (pos < 0) return fail(`typing "${query}" did not list ${school.url}; results: ${JSON.stringify(hrefs)}`);
  await page.screenshot({ path: path.join(ctx.shots, "home-search.png") });
  await Promise.all([page.waitForURL("**/" + school.url), results.nth(pos).click()]);
  const title = await page.locator("h1").first().textContent();
  if (!title || !title.includes(school.name.slice(0, 20))) fail(`school page h1 "${title}" does not name ${school.name}`);
  await context.close();
}

// People are in the same index ([name, role, page address]): type a
// curator's name, open their page from the results, and find their schools
// listed by urgency.
export async function curatorFlow(ctx, fail) {
  const context = await ctx.browser.newContext({ viewport: DESKTOP });
  const page = await watchedPage(context, fail);
  await page.goto(fileUrl(path.join(ctx.site, "index.html")));
  await page.locator("#search-input").focus();
  await page.waitForFunction(() => window.SHNOR_SEARCH_INDEX, null, { timeout: 5000 }).catch(() => {});
  const people = await page.evaluate(() => (window.SHNOR_SEARCH_INDEX || {}).p || []);
  const curator = people.find((p) => p[2].startsWith("curators/"));
  if (!curator) return fail("no curator in the search index");
  const [name, , url] = curator;
  await page.locator("#search-input").pressSequentially(name.split(" ")[0]);
  const results = page.locator("#search-results a");
  await results.first().waitFor({ state: "visible", timeout: 5000 }).catch(() => {});
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const pos = hrefs.findIndex((h) => h && h.endsWith(url));
  if (pos < 0) return fail(`typing "${name}" did not list ${url}; results: ${JSON.stringify(hrefs)}`);
  await Promise.all([page.waitForURL("**/" + url), results.nth(pos).click()]);
  const title = await page.locator("h1").first().textContent();
  if (title !== name) fail(`curator page h1 "${title}" is not "${name}"`);
  const rows = await page.locator("table.attention tbody tr").count();
  if (rows === 0) fail("the curator's page lists no schools");
  await page.screenshot({ path: path.join(ctx.shots, "curator.png"), fullPage: true });
  await context.close();
}

// Practices are in the index too ([title, school, page address]): type a
// practice's title, open it from the results on its factor's practice page,
// then follow the menu's «Партнёрство» to the partnerships page.
export async function practiceFlow(ctx, fail) {
  const context = await ctx.browser.newContext({ viewport: DESKTOP });
  const page = await watchedPage(context, fail);
  await page.goto(fileUrl(path.join(ctx.site, "index.html")));
  await page.locator("#search-input").focus();
  await page.waitForFunction(() => window.SHNOR_SEARCH_INDEX, null, { timeout: 5000 }).catch(() => {});
  const practices = await page.evaluate(() => (window.SHNOR_SEARCH_INDEX || {}).b || []);
  if (practices.length === 0) return fail("no practice in the search index");
  const [title, , url] = practices[0];
  await page.locator("#search-input").pressSequentially(title);
  const results = page.locator("#search-results a");
  await results.first().waitFor({ state: "visible", timeout: 5000 }).catch(() => {});
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  const pos = hrefs.findIndex((h) => h && h.endsWith(url));
  if (pos < 0) return fail(`typing "${title}" did not list ${url}; results: ${JSON.stringify(hrefs)}`);
  await Promise.all([page.waitForURL((u) => u.href.endsWith(url)), results.nth(pos).click()]);
  const anchor = url.split("#")[1];
  const heading = anchor ? await page.locator(`article#${anchor} h2`).first().textContent() : title;
  if (heading !== title) fail(`the practice at #${anchor} is "${heading}", not "${title}"`);
  await Promise.all([page.waitForURL("**/partnerships.html"),
                     page.locator("nav.site-nav a", { hasText: "Партнёрство" }).click()]);
  const h1 = await page.locator("h1").first().textContent();
  if (h1 !== "Партнёрство со школами-лидерами") fail(`the menu's «Партнёрство» led to "${h1}"`);
  await context.close();
}

async function chartProblems(page) {
  return page.evaluate(() => {
    const out = [];
    const charts = [...document.querySelectorAll("main svg")].filter((s) => s.getAttribute("aria-hidden") !== "true");
    if (charts.length === 0) out.push("no inline <svg> chart in main");
    for (const svg of charts) {
      const label = svg.getAttribute("aria-label");
      const ids = (svg.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
      const byId = ids.map((id) => document.getElementById(id)?.textContent?.trim() || "").join(" ").trim();
      const title = svg.querySelector(":scope > title")?.textContent?.trim();
      if (svg.getAttribute("role") !== "img") out.push(`svg.${svg.getAttribute("class")} lacks role="img"`);
      if (!label && !byId && !title) out.push(`svg.${svg.getAttribute("class")} has no accessible name`);
      if (ids.length && !byId) out.push(`svg aria-labelledby="${ids.join(" ")}" points to nothing`);
    }
    return out;
  });
}

async function roadmapRows(page) {
  return page.evaluate(() => {
    const tables = [...document.querySelectorAll("table")].filter((t) =>
      t.classList.contains("roadmap") || /Дорожная карта/i.test(t.caption?.textContent || ""));
    return tables.map((t) => t.querySelectorAll("tbody tr:not(.task-row)").length);
  });
}

export async function schoolFlow(ctx, fail) {
  const school = ctx.state.school;
  if (!school) return fail("no school chosen (the search flow failed)");
  const context = await ctx.browser.newContext({ viewport: DESKTOP });
  const page = await watchedPage(context, fail);
  await page.goto(fileUrl(path.join(ctx.site, school.url)));
  await page.screenshot({ path: path.join(ctx.shots, "school.png") });
  await page.screenshot({ path: path.join(ctx.shots, "school-full.png"), fullPage: true });
  for (const p of await chartProblems(page)) fail(`${school.url}: ${p}`);
  const chart = page.locator('main svg[role="img"]').first();
  if (await chart.count()) await chart.screenshot({ path: path.join(ctx.shots, "school-chart.png") });
  const roadmap = page.locator("table.roadmap").first();
  if (await roadmap.count()) await roadmap.screenshot({ path: path.join(ctx.shots, "school-roadmap.png") });
  const rows = await roadmapRows(page);
  if (rows.length === 0) fail(`${school.url}: no roadmap table (table.roadmap or caption «Дорожная карта»)`);
  else if (rows.every((n) => n === 0)) fail(`${school.url}: roadmap tables have no measure rows`);
  // The site's own PDFs; visit reports and evidence are published elsewhere (absolute URLs).
  const ownPdf = 'a[href$=".pdf"]:not([href*="://"])';
  const pdfs = await page.locator(ownPdf).evaluateAll((as) => as.map((a) => a.href));
  if (pdfs.length === 0) fail(`${school.url}: no PDF link`);
  for (const href of pdfs) {
    const file = fileURLToPath(href);
    if (!fs.existsSync(file)) { fail(`${school.url}: PDF link ${href} -> missing file`); continue; }
    const head = fs.readFileSync(file).subarray(0, 5).toString("latin1");
    if (head !== "%PDF-") fail(`${school.url}: ${rel(ctx.site, file)} does not start with %PDF-`);
  }
  // Follow the first PDF link as a user would: chromium opens its viewer.
  if (pdfs.length) {
    await Promise.all([page.waitForURL(pdfs[0]), page.locator(ownPdf).first().click()]);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: path.join(ctx.shots, "school-pdf.png") });
  }
  await context.close();
}

// Elements sticking out to the right of the viewport and not clipped by a
// scrolling box (tables are meant to scroll inside .table-wrap). An
// absolutely positioned element escapes the overflow of every ancestor below
// its containing block (its nearest positioned ancestor), so a
// position:absolute .visually-hidden span in a table widens the whole page
// unless .table-wrap is positioned: that is checked here too.
async function overflowing(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const clipped = (el) => {
      const pos = getComputedStyle(el).position;
      if (pos === "fixed") return false;
      let escaping = pos === "absolute";
      for (let p = el.parentElement; p && p !== document.documentElement; p = p.parentElement) {
        const cs = getComputedStyle(p);
        if (!escaping && cs.overflowX !== "visible") return true;
        if (escaping && cs.position !== "static") {
          escaping = false;
          if (cs.overflowX !== "visible") return true;
        }
      }
      return false;
    };
    const name = (e) => e.tagName.toLowerCase() +
      (e.getAttribute("class") ? "." + e.getAttribute("class").trim().split(/\s+/).join(".") : "");
    const path = (el) => {
      const parts = [];
      for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) parts.unshift(name(e));
      return parts.join(" > ");
    };
    const out = [];
    for (const el of document.body.querySelectorAll("*")) {
      const r = el.getBoundingClientRect();
      if (r.right > vw + 1 && !clipped(el)) {
        if (out.length < 5) out.push(`${path(el)} (right edge ${Math.round(r.right)} px)`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, vw, out };
  });
}

export async function phoneFlow(ctx, fail) {
  const context = await ctx.browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true });
  const page = await watchedPage(context, fail);
  const shots = { home: "phone-home.png", school: "phone-school.png" };
  for (const [type, url] of pageTypes(ctx)) {
    if (!url) continue;
    await page.goto(fileUrl(path.join(ctx.site, url)));
    const o = await overflowing(page);
    if (o.scrollWidth > o.vw + 1) {
      fail(`${url}: page is ${o.scrollWidth} px wide at a ${o.vw} px viewport; sticking out: ${o.out.join("; ") || "?"}`);
    }
    const shot = shots[type];
    if (!shot) continue;
    await page.screenshot({ path: path.join(ctx.shots, shot) });
    // The first wide table, scrolled into view: it must scroll in its box.
    const table = page.locator(".table-wrap").first();
    if (await table.count()) {
      await table.scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(ctx.shots, shot.replace(".png", "-table.png")) });
    }
  }
  await context.close();
}

export async function subFolderFlow(ctx, fail) {
  const school = ctx.state.school;
  if (!school) return fail("no school chosen (the search flow failed)");
  const root = path.join(ctx.workDir, "sub", "folder");
  fs.mkdirSync(root, { recursive: true });
  fs.cpSync(ctx.site, root, { recursive: true });
  const context = await ctx.browser.newContext({ viewport: DESKTOP });
  const page = await watchedPage(context, fail);
  await page.goto(fileUrl(path.join(root, school.url)));
  await loadIndex(page);
  const info = await page.evaluate(() => ({
    sheets: [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => ({ href: l.href, ok: l.sheet !== null })),
    index: Array.isArray(window.SHNOR_SEARCH_INDEX && window.SHNOR_SEARCH_INDEX.s),
    links: [...document.querySelectorAll("a[href]")].map((a) => a.href).filter((h) => h.startsWith("file:")),
  }));
  if (info.sheets.length === 0 || info.sheets.some((s) => !s.ok)) fail(`stylesheet not loaded: ${JSON.stringify(info.sheets)}`);
  if (!info.index) fail("search index not loaded from the sub-folder");
  for (const href of info.links) {
    const file = fileURLToPath(href.replace(/#.*$/, ""));
    if (!file.startsWith(root + path.sep)) fail(`link ${href} leaves the sub-folder`);
    else if (!fs.existsSync(file)) fail(`link ${href} -> missing file`);
  }
  // Navigate by clicking: school -> home, then search from there.
  await Promise.all([page.waitForURL(fileUrl(path.join(root, "index.html"))),
    page.locator('header a[href$="index.html"]').first().click()]);
  await page.locator("#search-input").pressSequentially(school.short || school.name);
  const first = page.locator("#search-results a").first();
  await first.waitFor({ state: "visible", timeout: 5000 });
  const target = fileURLToPath(await first.evaluate((a) => a.href));
  if (!target.startsWith(root + path.sep) || !fs.existsSync(target)) fail(`search result from the sub-folder -> ${target}`);
  await context.close();
}

function firstFile(site, dir, pattern) {
  const base = path.join(site, dir);
  if (!fs.existsSync(base)) return null;
  const f = walk(base).find((p) => pattern.test(p));
  return f ? rel(site, f) : null;
}

// One page of each kind (every Markdown page: their content is free-form).
function pageTypes(ctx) {
  const markdown = fs.existsSync(path.join(ctx.site, "pages"))
    ? walk(path.join(ctx.site, "pages")).filter((p) => p.endsWith(".html")).map((p) => rel(ctx.site, p)) : [];
  return [
    ["home", "index.html"],
    ["municipality", firstFile(ctx.site, "municipalities", /\.html$/)],
    ["school", ctx.state.school?.url ?? firstFile(ctx.site, "schools", /index\.html$/)],
    ["factor", firstFile(ctx.site, "factors", /\.html$/)],
    ["curator", firstFile(ctx.site, "curators", /\.html$/)],
    ["coordinator", firstFile(ctx.site, "coordinators", /\.html$/)],
    ...(markdown.length ? markdown.map((m) => ["markdown page", m]) : [["markdown page", null]]),
    ["404", "404.html"],
  ];
}

export async function axeFlow(ctx, fail) {
  const context = await ctx.browser.newContext({ viewport: DESKTOP });
  const page = await watchedPage(context, fail);
  const note = (m) => console.log(`     note: ${m}`);
  for (const [type, url] of pageTypes(ctx)) {
    if (!url || !fs.existsSync(path.join(ctx.site, url))) { fail(`no ${type} page in the site`); continue; }
    await page.goto(fileUrl(path.join(ctx.site, url)));
    await axeCheck(page, `${type} (${url})`, fail, note);
  }
  await context.close();
}
