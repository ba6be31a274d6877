// axe-core injected into a page; violations of impact serious or critical
// fail, lesser ones are printed as notes.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const BLOCKING = new Set(["serious", "critical"]);

export async function axeCheck(page, label, fail, note) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
      resultTypes: ["violations"],
      // No CSSOM preload: from file:// axe would fetch the stylesheets by XHR,
      // which chromium blocks (it only feeds the css-orientation-lock rule).
      preload: false,
    });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(" "), summary: n.failureSummary })),
    }));
  });
  for (const v of result) {
    const report = BLOCKING.has(v.impact) ? fail : note;
    for (const n of v.nodes.slice(0, 10)) {
      report(`${label}: [${v.id}] (${v.impact}) ${v.help} at ${n.target}` +
        (n.summary ? ` — ${n.summary.replace(/\s+/g, " ")}` : ""));
    }
    if (v.nodes.length > 10) report(`${label}: [${v.id}] ... and ${v.nodes.length - 10} more nodes`);
  }
}
