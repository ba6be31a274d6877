// Screenshots for the user guide (docs/guide/img/), from a site built from
// the example region: `make guide-images`, which runs
//   node scripts/guide-images.mjs <site dir> <img dir>
// Uses the browser test's playwright-core and Debian's chromium
// (tests/e2e/lib/browser.mjs). PDF pages are rasterised by the make target
// with pdftoppm.
import fs from "node:fs";
import path from "node:path";
import { launch, fileUrl } from "../tests/e2e/lib/browser.mjs";

const [site, img] = process.argv.slice(2).map((p) => p && path.resolve(p));
if (!img) {
  console.error("usage: node scripts/guide-images.mjs <site dir> <img dir>");
  process.exit(2);
}
fs.mkdirSync(img, { recursive: true });

// [file name, page, element to show (its top part), height]
const shots = [
  ["site-home.png", "index.html", "main", 900],
  ["site-school.png", "schools/sosh-3-ensk/index.html", "main", 900],
  ["site-overdue.png", "schools/sosh-1-zarechensk/index.html", "tr.row-overdue", 0],
];

const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  for (const [name, rel, selector, height] of shots) {
    await page.goto(fileUrl(path.join(site, rel)));
    const el = page.locator(selector).first();
    if (height === 0) {
      // A table row alone says little: show its whole table.
      await el.locator("xpath=ancestor::table").first().screenshot({ path: path.join(img, name) });
    } else {
      const box = await el.boundingBox();
      await page.screenshot({
        path: path.join(img, name),
        clip: { x: 0, y: box.y, width: 1200, height: Math.min(height, box.height) },
        fullPage: true,
      });
    }
    console.log(`docs/guide/img/${name}`);
  }
} finally {
  await browser.close();
}
