// The editor test (ctest editor_yaml): the schemas exported by shnor, mapped
// to the content files exactly as docs/guide/editor.md tells users to do in
// VS Code's settings.json, in the real yaml-language-server (the server of
// VS Code's YAML extension), spoken to over LSP stdio:
//   1. a document with an error gets the schema's diagnostic at its line;
//   2. completion at an enum field offers its values with Russian labels.
//   node run.mjs <shnor binary> <content dir> <work dir>
// Prints "N passed, M failed"; the exit code is non-zero on failure.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { LspClient } from "./lsp.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const server = path.join(here, "node_modules/yaml-language-server/bin/yaml-language-server");
let passed = 0;
let failed = 0;

function check(name, ok, detail) {
  console.log(`${ok ? "ok  " : "FAIL"} ${name}`);
  if (!ok) console.log(`     ${detail}`);
  ok ? passed++ : failed++;
}

// The settings.json block of the guide: the one mapping users copy.
function guideSettings() {
  const guide = fs.readFileSync(path.join(here, "../../docs/guide/editor.md"), "utf8");
  const block = /```json\n([\s\S]*?)```/.exec(guide);
  if (!block) throw new Error("docs/guide/editor.md has no ```json block");
  return JSON.parse(block[1]);
}

// A copy of the example region with the schemas exported where the guide puts them.
function workspace(shnor, content, work) {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  fs.cpSync(content, path.join(work, "content"), { recursive: true });
  const r = spawnSync(shnor, ["schemas", "export", ".vscode/shnor-schemas"], { cwd: work, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`shnor schemas export: ${r.stdout}${r.stderr}`);
}

async function main() {
  const [shnor, content, work] = process.argv.slice(2).map((p) => p && path.resolve(p));
  if (!work) {
    console.error("usage: node run.mjs <shnor binary> <content dir> <work dir>");
    process.exit(2);
  }
  if (!fs.existsSync(server)) {
    console.error("tests/editor/node_modules is missing: run `scripts/deps.sh test` (npm ci from the lockfile)");
    process.exit(2);
  }
  workspace(shnor, content, work);
  const settings = guideSettings();
  const yaml = {
    schemas: settings["yaml.schemas"], validate: true, completion: true, hover: true,
    format: { enable: false }, schemaStore: { enable: false },
  };
  const client = new LspClient("node", [server, "--stdio"], (method, params) => {
    if (method === "workspace/configuration") return params.items.map((i) => (i.section === "yaml" ? yaml : null));
    return null;
  });
  const root = pathToFileURL(work).href;
  await client.request("initialize", {
    processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: "region" }],
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        completion: { completionItem: { documentationFormat: ["markdown", "plaintext"] } },
        publishDiagnostics: {},
      },
    },
  });
  client.notify("initialized", {});
  client.notify("workspace/didChangeConfiguration", { settings: { yaml } });

  // A measure whose status is misspelt, in a real document of the example.
  const rel = "content/schools/sosh-3-ensk/2022/antirisk-rf04.yaml";
  const original = fs.readFileSync(path.join(work, rel), "utf8");
  const lines = original.split("\n");
  const statusLine = lines.findIndex((l) => l.trim() === "status: done");
  lines[statusLine] = lines[statusLine].replace("status: done", "status: hgih");
  const uri = pathToFileURL(path.join(work, rel)).href;
  client.notify("textDocument/didOpen", {
    textDocument: { uri, languageId: "yaml", version: 1, text: lines.join("\n") },
  });
  const published = await client.waitFor(
    (m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === uri && m.params.diagnostics.length > 0,
    20000).catch((e) => ({ params: { diagnostics: [] }, error: e }));
  const diags = published.params.diagnostics;
  const atStatus = diags.find((d) => d.range.start.line === statusLine);
  check("a misspelt enum value is reported at its line", atStatus !== undefined,
    `diagnostics: ${JSON.stringify(diags)} ${published.error ?? ""}`);
  check("the diagnostic comes from the shnor schema and lists the allowed values",
    atStatus && (atStatus.data?.schemaUri ?? []).some((u) => u.endsWith("/.vscode/shnor-schemas/document.schema.json")) && /planned/.test(atStatus.message) &&
      /cancelled/.test(atStatus.message),
    JSON.stringify(atStatus));
  check("the rest of the document has no diagnostics", diags.length === 1, JSON.stringify(diags));

  // Completion right after `status: ` offers the four values, labelled in Russian.
  const column = lines[statusLine].indexOf("status: ") + "status: ".length;
  lines[statusLine] = lines[statusLine].slice(0, column);
  client.notify("textDocument/didChange", {
    textDocument: { uri, version: 2 }, contentChanges: [{ text: lines.join("\n") }],
  });
  const completion = await client.request("textDocument/completion", {
    textDocument: { uri }, position: { line: statusLine, character: column },
  });
  const items = Array.isArray(completion) ? completion : completion?.items ?? [];
  const offered = Object.fromEntries(items.map((i) => [i.label, i.documentation?.value ?? i.documentation ?? ""]));
  check("completion offers every status", ["planned", "in-progress", "done", "cancelled"].every((v) => v in offered),
    JSON.stringify(Object.keys(offered)));
  check("each status comes with its Russian label", offered.done === "выполнено" && offered.planned === "запланировано",
    JSON.stringify(offered));

  // measurements.yaml sits beside the documents: only its own schema applies
  // (the guide's "!" pattern keeps the document schema off it).
  const mrel = "content/schools/sosh-3-ensk/2022/measurements.yaml";
  const muri = pathToFileURL(path.join(work, mrel)).href;
  const mtext = fs.readFileSync(path.join(work, mrel), "utf8") + "extra_key: 1\n";
  client.notify("textDocument/didOpen", { textDocument: { uri: muri, languageId: "yaml", version: 1, text: mtext } });
  const mpublished = await client.waitFor(
    (m) => m.method === "textDocument/publishDiagnostics" && m.params.uri === muri && m.params.diagnostics.length > 0,
    20000).catch((e) => ({ params: { diagnostics: [] }, error: e }));
  const mschemas = new Set(mpublished.params.diagnostics.flatMap((d) => d.data?.schemaUri ?? []).map((u) => path.basename(u)));
  check("measurements.yaml is checked against its own schema only",
    mschemas.size === 1 && mschemas.has("measurements.schema.json"),
    `${JSON.stringify(mpublished.params.diagnostics)} ${mpublished.error ?? ""}`);

  await client.close();
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

main().then((ok) => process.exit(ok ? 0 : 1), (err) => {
  console.error(err);
  process.exit(1);
});
