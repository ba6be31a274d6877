// Debian's chromium driven by playwright-core (which never downloads a
// browser). The flags keep chromium off the network: this machine's network
// is closed and background requests would only fail and slow the run.
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";

export const CHROMIUM = "/usr/bin/chromium";

export async function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    timeout: 60000,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
      "--disable-background-networking", "--disable-component-update",
      "--disable-sync", "--no-first-run", "--disable-default-apps",
      "--disable-extensions", "--mute-audio",
    ],
  });
}

export function fileUrl(p) {
  return pathToFileURL(p).href;
}

// A page that reports JS errors, console errors and failed loads through
// `fail`, so every visit also checks that assets and scripts work.
export async function watchedPage(context, fail) {
  const page = await context.newPage();
  const where = () => decodeURI(page.url()).replace(/^.*?\/site\//, "site/");
  page.on("pageerror", (err) => fail(`${where()}: JS error: ${err.message}`));
  page.on("console", (msg) => {
    if (msg.type() === "error") fail(`${where()}: console error: ${msg.text()}`);
  });
  page.on("requestfailed", (req) => {
    fail(`${where()}: failed to load ${decodeURI(req.url())}: ${req.failure()?.errorText}`);
  });
  page.setDefaultTimeout(15000);
  return page;
}
