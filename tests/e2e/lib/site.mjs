// Helpers over the generated site on disk: listing pages, reading them.
import fs from "node:fs";
import path from "node:path";

export function walk(dir) {
  const out = [];
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) out.push(...walk(p));
    else out.push(p);
  }
  return out.sort();
}

export function htmlPages(root) {
  return walk(root).filter((p) => p.endsWith(".html"));
}

export function rel(root, p) {
  return path.relative(root, p).split(path.sep).join("/");
}

// Minimal entity decoding for attribute values (the generator escapes &, <,
// >, " and '); enough to turn "a?x=1&amp;y=2" back into a URL.
export function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#([0-9]+);/g, (_, d) => String.fromCodePoint(parseInt(d, 10)))
    .replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}
