// `make size`: raw, gzip and brotli bytes of every response the demo page gets in Chromium
// until its widget is ready (`timeline-ready`), and the total. Fails when the brotli total
// exceeds the budget in size-budget.json. Measured in a browser, not read from the HTML: which
// of the two WebAssembly builds a page loads depends on what it holds (docs/size.md).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, serveStatic } from "./local-chromium.mjs";

const dist = process.argv[2] ?? "dist";
const PORT = 4178;
const budget = JSON.parse(readFileSync("size-budget.json", "utf8"));

const sizes = (file, bytes) => ({
  file,
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length,
});

/** Every response of the demo page until the widget is ready: [{ file, bytes }]. */
async function demoPageResponses() {
  const server = await serveStatic(dist, PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      document.addEventListener("timeline-ready", () => (window.__ready = true));
    });
    const bodies = [];
    page.on("response", (response) => {
      const path = new URL(response.url()).pathname.replace(/^\//, "") || "index.html";
      bodies.push(response.body().then((bytes) => ({ file: path, bytes }), () => ({ file: path, bytes: Buffer.alloc(0) })));
    });
    await page.goto(`http://127.0.0.1:${PORT}/`);
    await page.waitForFunction(() => window.__ready === true, null, { timeout: 30_000 });
    return await Promise.all(bodies);
  } finally {
    await browser.close();
    server.kill();
  }
}

const rows = (await demoPageResponses()).map(({ file, bytes }) => sizes(file, bytes));
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (s, n) => String(s).padStart(n);
const width = Math.max(24, ...rows.map((r) => r.file.length));
const line = (r) => `${r.file.padEnd(width)} ${pad(r.raw, 9)} ${pad(r.gzip, 9)} ${pad(r.brotli, 9)}`;
console.log(`${"file".padEnd(width)} ${pad("raw", 9)} ${pad("gzip", 9)} ${pad("brotli", 9)}`);
for (const r of rows) console.log(line(r));
console.log(line({ file: "total", ...total }));
const ok = total.brotli <= budget.brotli_total_bytes;
console.log(`budget (size-budget.json): ${budget.brotli_total_bytes} bytes brotli; goal ${budget.goal_bytes}: ${ok ? "within budget" : "OVER BUDGET"}`);
// A host that gives its own data (src) loads the checking build instead of the viewer.
const full = sizes("embed/widget_bg.wasm", readFileSync(join(dist, "embed/widget_bg.wasm")));
console.log(`not on this page: ${line(full).trimStart()} (the build that checks data, for pages with src)`);
// The story studio: a page of its own (dist/studio/), reported, not budgeted.
const studio = ["studio/studio_bg.wasm", "studio/studio.js"].map((f) => sizes(f, readFileSync(join(dist, f))));
const studioTotal = studio.reduce((t, s) => ({ raw: t.raw + s.raw, gzip: t.gzip + s.gzip, brotli: t.brotli + s.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log(`not on this page: ${line({ file: "studio (wasm + js)", ...studioTotal }).trimStart()} (the story studio, dist/studio/)`);
const loaded = rows.map((r) => r.file);
if (!loaded.includes("index.html") || !loaded.some((f) => f.endsWith(".js")) || !loaded.some((f) => f.endsWith(".wasm"))) {
  console.error("expected at least the page, its script and its wasm; found", loaded);
  process.exit(1);
}
process.exit(ok ? 0 : 1);
