// html-validate over every page, with tests/e2e/.htmlvalidate.json.
// Errors are grouped by rule and message (a template bug repeats on every
// page it renders), each group with its count and the first few places.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { HtmlValidate } from "html-validate";
import { htmlPages, rel } from "./site.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const config = JSON.parse(fs.readFileSync(path.join(here, "..", ".htmlvalidate.json"), "utf8"));
const EXAMPLES = 4;

export async function validatePages(root, fail) {
  const validator = new HtmlValidate(config);
  const pages = htmlPages(root);
  const groups = new Map();
  for (const page of pages) {
    const report = await validator.validateFile(page);
    for (const m of report.results.flatMap((r) => r.messages)) {
      if (m.severity < 2) continue;
      const key = `[${m.ruleId}] ${m.message}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(`${rel(root, page)}:${m.line}:${m.column}` + (m.selector ? ` (${m.selector})` : ""));
    }
  }
  for (const [key, places] of [...groups].sort()) {
    const more = places.length > EXAMPLES ? `; ... ${places.length - EXAMPLES} more` : "";
    fail(`${key} — ${places.length}x, at ${places.slice(0, EXAMPLES).join("; ")}${more}`);
  }
  return pages.length;
}
