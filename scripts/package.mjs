// `make package`: the npm package in dist/npm/ from the release build (dist/embed/), packed
// with `npm pack` into dist/npm/event-timeline-<version>.tgz. Nothing is published.
// The element module is the entry; the WebAssembly (both builds: the checking one and the viewer
// for pre-rendered pages, docs/size.md) and the stylesheet sit beside it, where the
// module finds them with `new URL(…, import.meta.url)`.
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";

const cargo = readFileSync("Cargo.toml", "utf8");
const field = (name) => cargo.match(new RegExp(`^${name} = "([^"]*)"`, "m"))[1];
const out = "dist/npm";
const pkg = `${out}/package`;
rmSync(out, { recursive: true, force: true });
mkdirSync(pkg, { recursive: true });

const files = {
  "event-timeline.js": "dist/embed/event-timeline.js",
  "widget_bg.wasm": "dist/embed/widget_bg.wasm",
  "viewer_bg.wasm": "dist/embed/viewer_bg.wasm",
  "timeline.css": "dist/embed/timeline.css",
  "idlib-2014.json": "dist/embed/idlib-2014.json",
  "event-timeline.d.ts": "npm/event-timeline.d.ts",
  "README.md": "npm/README.md",
};
for (const [to, from] of Object.entries(files)) copyFileSync(from, `${pkg}/${to}`);

const manifest = {
  name: "event-timeline",
  version: field("version"),
  description: field("description"),
  license: field("license"),
  type: "module",
  main: "./event-timeline.js",
  module: "./event-timeline.js",
  types: "./event-timeline.d.ts",
  exports: {
    ".": { types: "./event-timeline.d.ts", default: "./event-timeline.js" },
    "./timeline.css": "./timeline.css",
    "./widget_bg.wasm": "./widget_bg.wasm",
    "./viewer_bg.wasm": "./viewer_bg.wasm",
    "./idlib-2014.json": "./idlib-2014.json",
    "./package.json": "./package.json",
  },
  // Importing the module defines the custom element: that is its one side effect.
  sideEffects: ["./event-timeline.js"],
  files: Object.keys(files).filter((f) => f !== "README.md"),
  keywords: ["timeline", "web-component", "custom-element", "webassembly", "accessibility"],
};
writeFileSync(`${pkg}/package.json`, `${JSON.stringify(manifest, null, 2)}\n`);
const packed = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", "..", "--loglevel=error"], { cwd: pkg, encoding: "utf8" }));
console.log(`${out}/${packed[0].filename}: ${packed[0].files.map((f) => f.path).sort().join(", ")} (${packed[0].size} bytes)`);
