// The npm package bundled by esbuild, as npm/README.md tells an esbuild user to do it: esbuild
// bundles the element's module but, unlike Vite and webpack, does not follow
// `new URL("./file", import.meta.url)`, so the WebAssembly, the stylesheet and the built-in
// story are copied from the package beside the bundle. The result is loaded in Chromium: the
// widget becomes ready with no request failing, and a click selects an event. Run by
// scripts/test.sh after vite-client.mjs.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, serveStatic } from "../../scripts/local-chromium.mjs";

const PORT = 4178;
// What npm/README.md says an esbuild user copies beside the bundle.
const COPIED = ["widget_bg.wasm", "viewer_bg.wasm", "timeline.css", "idlib-2014.json"];

const tarball = readdirSync("dist/npm").find((f) => f.endsWith(".tgz"));
if (!tarball) throw new Error("no tarball in dist/npm: run `node scripts/package.mjs` (make package)");
const dir = mkdtempSync(join(tmpdir(), "et-esbuild-"));
let server = null;
let browser = null;
try {
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "esbuild-client", private: true, type: "module" }));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", resolve("dist/npm", tarball)], { cwd: dir });
  writeFileSync(join(dir, "main.js"), `import "event-timeline";
document.addEventListener("timeline-ready", () => document.body.setAttribute("data-ready", ""));
document.addEventListener("timeline-select", (e) => { document.title = "selected " + e.detail; });
`);
  const out = join(dir, "public");
  mkdirSync(out);
  await build({ absWorkingDir: dir, entryPoints: ["main.js"], bundle: true, format: "esm", outfile: join(out, "app.js"), logLevel: "warning" });
  for (const file of COPIED) copyFileSync(join(dir, "node_modules/event-timeline", file), join(out, file));
  writeFileSync(join(out, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>esbuild client</title><link rel="icon" href="data:,"></head><body>
    <event-timeline id="w" hash="false" style="height: 560px"></event-timeline>
    <script type="module" src="app.js"></script></body></html>`);

  server = await serveStatic(out, PORT);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForSelector("body[data-ready]", { timeout: 15_000 });
  await page.locator("#w [role=tab][id$=-tab-power-cut]").click();
  await page.waitForFunction(() => document.title === "selected power-cut", null, { timeout: 5_000 });
  if (problems.length) throw new Error(`problems: ${problems.join("; ")}`);
  console.log(`esbuild client: the bundle with ${COPIED.join(", ")} beside it shows the widget, and a click selects an event`);
} finally {
  await browser?.close();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
}
