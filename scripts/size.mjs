// `make size`: raw, gzip and brotli bytes of every file the demo page loads, and the total.
// Fails when the brotli total exceeds the budget in size-budget.json.
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";

const dist = process.argv[2] ?? "dist";
const budget = JSON.parse(readFileSync("size-budget.json", "utf8"));
const html = readFileSync(join(dist, "index.html"), "utf8");

// Everything the page fetches: stylesheets, scripts, module preloads and the wasm binary.
const refs = new Set(["index.html"]);
for (const m of html.matchAll(/(?:href|src)="([^"#?]+)"/g)) {
  const ref = m[1].replace(/^\.?\//, "");
  if (!/^[a-z]+:/i.test(ref) && existsSync(join(dist, ref))) refs.add(ref);
}
for (const ref of [...refs]) {
  if (ref.endsWith(".js")) {
    for (const m of readFileSync(join(dist, ref), "utf8").matchAll(/['"]\.?\/?([\w.-]+\.wasm)['"]/g)) {
      refs.add(m[1]);
    }
  }
}
for (const m of html.matchAll(/([\w.-]+_bg\.wasm)/g)) refs.add(m[1]);

const rows = [...refs].filter((r) => existsSync(join(dist, r))).map((file) => {
  const bytes = readFileSync(join(dist, file));
  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
});
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (s, n) => String(s).padStart(n);
const width = Math.max(5, ...rows.map((r) => r.file.length));
console.log(`${"file".padEnd(width)} ${pad("raw", 9)} ${pad("gzip", 9)} ${pad("brotli", 9)}`);
for (const r of rows) console.log(`${r.file.padEnd(width)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`);
console.log(`${"total".padEnd(width)} ${pad(total.raw, 9)} ${pad(total.gzip, 9)} ${pad(total.brotli, 9)}`);
const ok = total.brotli <= budget.brotli_total_bytes;
console.log(`budget (size-budget.json): ${budget.brotli_total_bytes} bytes brotli; goal ${budget.goal_bytes}: ${ok ? "within budget" : "OVER BUDGET"}`);
if (rows.length < 3) {
  console.error("expected at least the page, its script and its wasm; found", rows.map((r) => r.file));
  process.exit(1);
}
process.exit(ok ? 0 : 1);
