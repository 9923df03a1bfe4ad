// The npm package in a real client: a fresh Vite + TypeScript project in a temporary folder
// installs the packed tarball (dist/npm/, `make package`), imports the element, type-checks a
// typed use of it (tsc --noEmit), builds for production, and the build is loaded in Chromium:
// the widget becomes ready and a click selects an event. Also: the tarball holds only what a
// user needs. Run by scripts/test.sh; versions of Vite and TypeScript are pinned here.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, serveStatic } from "../../scripts/local-chromium.mjs";

const VITE = "7.3.8";
const TYPESCRIPT = "5.9.3";
const PORT = 4176;
const EXPECTED_FILES = ["README.md", "event-timeline.d.ts", "event-timeline.js", "idlib-2014.json", "package.json", "timeline.css", "viewer_bg.wasm", "widget_bg.wasm"];

const tarball = readdirSync("dist/npm").find((f) => f.endsWith(".tgz"));
if (!tarball) throw new Error("no tarball in dist/npm: run `node scripts/package.mjs` (make package)");
const tarballPath = resolve("dist/npm", tarball);
let passed = 0;
const pass = (what) => { passed += 1; console.log(`  ✓ ${what}`); };
const same = (actual, expected, what) => {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
  pass(what);
};

// 1. Only what a user needs.
const listed = execFileSync("tar", ["tzf", tarballPath], { encoding: "utf8" }).trim().split("\n")
  .map((p) => p.replace(/^package\//, "")).sort();
same(listed, EXPECTED_FILES, "the tarball holds the module, its types, the WebAssembly, the stylesheet, the built-in story, package.json and README only");

// 2. A fresh Vite project.
const dir = mkdtempSync(join(tmpdir(), "et-vite-"));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
let server = null;
let browser = null;
try {
  mkdirSync(join(dir, "src"));
  writeFileSync(join(dir, "package.json"), JSON.stringify({
    name: "vite-client", private: true, type: "module",
    dependencies: { "event-timeline": `file:${tarballPath}` },
    devDependencies: { vite: VITE, typescript: TYPESCRIPT },
  }, null, 2));
  writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
    compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "bundler", strict: true,
      noEmit: true, lib: ["ES2022", "DOM", "DOM.Iterable"], types: [] },
    include: ["src"],
  }, null, 2));
  writeFileSync(join(dir, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <title>Vite client</title><link rel="icon" href="data:,"></head><body>
    <event-timeline id="w" hash="false" style="height: 560px"></event-timeline>
    <script type="module" src="/src/main.ts"></script></body></html>`);
  writeFileSync(join(dir, "src/main.ts"), `import "event-timeline";
import type { EventTimelineElement, TimelineErrorDetail } from "event-timeline";

// Typed through HTMLElementTagNameMap and the element's event map.
const timeline: EventTimelineElement = document.querySelector("event-timeline")!;
timeline.addEventListener("timeline-select", (e) => {
  const id: string = e.detail;
  document.title = \`selected \${id}\`;
});
timeline.addEventListener("timeline-error", (e) => {
  const detail: TimelineErrorDetail = e.detail;
  document.title = \`error \${detail.messages.join("; ")}\`;
});
document.addEventListener("timeline-ready", () => document.body.setAttribute("data-ready", ""));

// The types are real: each of these must be an error.
// @ts-expect-error select() takes an event id, a string
timeline.select(42);
timeline.addEventListener("timeline-select", (e) => {
  // @ts-expect-error the detail of timeline-select is a string
  const wrong: number = e.detail;
  return wrong;
});
`);
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"]);
  pass(`vite ${VITE} and typescript ${TYPESCRIPT} install the packed tarball`);
  run("npx", ["tsc", "--noEmit", "-p", "."]);
  pass("tsc --noEmit accepts the typed use of the element and its events (and rejects the wrong ones)");
  run("npx", ["vite", "build", "--logLevel", "warn"]);
  const assets = readdirSync(join(dir, "dist/assets"));
  if (!assets.some((f) => f.endsWith(".wasm"))) throw new Error(`vite build emitted no .wasm: ${assets}`);
  // The element without src fetches the built-in story from beside its module.
  if (!assets.some((f) => /^idlib-2014.*\.json$/.test(f))) throw new Error(`vite build emitted no built-in story: ${assets}`);
  pass(`vite build emits the WebAssembly and the built-in story as assets (${assets.join(", ")})`);

  // 3. The production build in a browser.
  server = await serveStatic(join(dir, "dist"), PORT);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(`http://127.0.0.1:${PORT}/`);
  await page.waitForSelector("body[data-ready]", { timeout: 15_000 });
  pass("the widget becomes ready in the built page");
  await page.locator("#w [role=tab][id$=-tab-power-cut]").click();
  await page.waitForFunction(() => document.title === "selected power-cut", null, { timeout: 5_000 });
  pass("a click selects an event and the typed listener hears it");
  same(problems, [], "no console error");
} finally {
  await browser?.close();
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`npm package: ${passed} passed`);
