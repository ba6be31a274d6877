// Broken-link check over the files on disk: every href/src of every page
// (and every url() of the stylesheets) must resolve, relative to the file,
// to an existing file inside the site; fragments must name an id. Absolute
// paths ("/x") and links leaving the site root are errors too: the site must
// work from disk and under any sub-folder.
import fs from "node:fs";
import path from "node:path";
import { walk, rel, decodeEntities } from "./site.mjs";

const TAG = /<([a-zA-Z][a-zA-Z0-9:-]*)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const EXTERNAL = /^(https?:|mailto:|tel:|data:)/i;

function stripNonMarkup(html) {
  return html.replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style)\b([^>]*)>[\s\S]*?<\/\1>/gi, "<$1$2></$1>");
}

// Returns [{tag, name, value}] for every attribute of every start tag.
export function attributes(html) {
  const out = [];
  for (const t of stripNonMarkup(html).matchAll(TAG)) {
    for (const a of t[2].matchAll(ATTR)) {
      const value = a[2] ?? a[3] ?? a[4];
      if (value !== undefined) {
        out.push({ tag: t[1].toLowerCase(), name: a[1].toLowerCase(), value: decodeEntities(value) });
      }
    }
  }
  return out;
}

function anchorsOf(html) {
  const ids = new Set();
  for (const a of attributes(html)) {
    if (a.name === "id" || (a.tag === "a" && a.name === "name")) ids.add(a.value);
  }
  return ids;
}

export function checkLinks(root, fail) {
  const files = walk(root);
  const anchorCache = new Map();
  const anchors = (file) => {
    if (!anchorCache.has(file)) anchorCache.set(file, anchorsOf(fs.readFileSync(file, "utf8")));
    return anchorCache.get(file);
  };
  let count = 0;
  const verify = (from, attr, url) => {
    count++;
    const where = `${rel(root, from)}: ${attr}="${url}"`;
    if (url === "") return fail(`${where}: empty link`);
    if (EXTERNAL.test(url)) return;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return fail(`${where}: unexpected scheme`);
    if (url.startsWith("/")) return fail(`${where}: absolute path (links must be relative)`);
    const hash = url.indexOf("#");
    const fragment = hash >= 0 ? decodeURIComponent(url.slice(hash + 1)) : null;
    const filePart = (hash >= 0 ? url.slice(0, hash) : url).replace(/\?.*$/, "");
    let target = from;
    if (filePart !== "") {
      target = path.resolve(path.dirname(from), decodeURIComponent(filePart));
      const inside = rel(root, target);
      if (inside.startsWith("..")) return fail(`${where}: leaves the site root`);
      if (!fs.existsSync(target)) return fail(`${where}: target ${inside} does not exist`);
      if (fs.statSync(target).isDirectory()) {
        return fail(`${where}: points to a folder (opened from disk it shows a listing; link index.html)`);
      }
    }
    if (fragment !== null && fragment !== "" && target.endsWith(".html") && !anchors(target).has(fragment)) {
      fail(`${where}: no id="${fragment}" in ${rel(root, target)}`);
    }
  };
  for (const file of files) {
    if (file.endsWith(".html")) {
      const html = fs.readFileSync(file, "utf8");
      for (const a of attributes(html)) {
        if (a.name === "href" || a.name === "src" || a.name === "xlink:href") verify(file, a.name, a.value);
        if (a.name === "srcset") fail(`${rel(root, file)}: srcset is not checked by this test`);
      }
    } else if (file.endsWith(".css")) {
      const css = fs.readFileSync(file, "utf8");
      for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) {
        verify(file, "url()", m[1] ?? m[2] ?? m[3]);
      }
    }
  }
  return count;
}
