// Minifies the stylesheet, and puts the wasm-bindgen glue (dist/embed/widget.js, which drives
// both widget_bg.wasm and viewer_bg.wasm) into the element's module
// (dist/embed/event-timeline.js), so hosts load one script: one round trip less before the
// WebAssembly, the styles and the data download side by side; then minifies it (esbuild: names
// and comments go, behaviour stays). Run by scripts/build.sh.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { transformSync } from "esbuild";
import { shortenNames } from "./short-names.mjs";

const dir = process.argv[2] ?? "dist/embed";
// The stylesheet, minified too (comments and spaces; no rule is rewritten for older browsers).
const css = readFileSync(`${dir}/timeline.css`, "utf8");
const minifiedCss = transformSync(css, { loader: "css", minify: true, legalComments: "none" }).code;
writeFileSync(`${dir}/timeline.css`, minifiedCss);
console.log(`${dir}/timeline.css: minified (${css.length} → ${minifiedCss.length} bytes)`);
const element = readFileSync(`${dir}/event-timeline.js`, "utf8");
const IMPORT = /^import makeGlue from "\.\/widget-glue\.js";\n/m;
if (!IMPORT.test(element)) {
  console.log(`${dir}/event-timeline.js: already bundled`);
  process.exit(0);
}
// Short import and export names in each wasm and its glue (scripts/short-names.mjs); the
// unbundled glue on disk is rewritten too, so the two files there still agree.
const shorten = (name) => {
  const short = shortenNames(readFileSync(`${dir}/${name}_bg.wasm`), readFileSync(`${dir}/${name}.js`, "utf8"), name);
  writeFileSync(`${dir}/${name}_bg.wasm`, short.wasm);
  console.log(`${dir}/${name}_bg.wasm: ${short.imports} imports and ${short.exports} exports renamed`);
  return short.glue;
};
const glue = shorten("widget");
writeFileSync(`${dir}/widget.js`, glue);
// The viewer (the widget without the checker) is the same Rust code, so wasm-bindgen writes
// the same glue for it, once the names are short and the comments gone: the element carries
// that text once and makes one copy per WebAssembly module. Checked here, not assumed.
const bare = (text) => transformSync(text.replaceAll("viewer_bg.wasm", "widget_bg.wasm"), { format: "esm", minify: true, legalComments: "none", target: "es2022" }).code;
if (bare(shorten("viewer")) !== bare(glue)) {
  console.error(`${dir}/viewer.js: the viewer's glue differs from the widget's; the element cannot drive both with one`);
  process.exit(1);
}
rmSync(`${dir}/viewer.js`);
const exports = /^export \{ initSync, __wbg_init as default \};\n?/m;
if (!exports.test(glue) || !/^export class Widget \{/m.test(glue) || !/^export function memory_bytes\(/m.test(glue)) {
  console.error(`${dir}/widget.js: unexpected wasm-bindgen output; update scripts/bundle-embed.mjs`);
  process.exit(1);
}
// The glue keeps its WebAssembly instance in module variables; inside a function, each call
// makes a fresh copy of them: one per module the page starts.
// Left out: initSync (the element starts each module with init) and init's default wasm
// path (the element always names the file); each must be there to be cut, or the build stops.
const cut = (text, part) => {
  if (!part || !text.includes(part)) {
    console.error(`${dir}/widget.js: no ${part.split("\n")[0] || "initSync"} to leave out; update scripts/bundle-embed.mjs`);
    process.exit(1);
  }
  return text.replace(part, "");
};
const initSync = glue.slice(glue.indexOf("function initSync("), glue.indexOf("\n}\n", glue.indexOf("function initSync(")) + 3);
const defaultPath = "    if (module_or_path === undefined) {\n        module_or_path = new URL('widget_bg.wasm', import.meta.url);\n    }\n";
const inlined = cut(cut(glue, initSync), defaultPath)
  .replace(exports, "")
  .replace(/^export class Widget \{/m, "class Widget {")
  .replace(/^export function memory_bytes\(/m, "function memory_bytes(");
const factory = `function makeGlue() {\n${inlined}\nreturn { init: __wbg_init, Widget, memory_bytes };\n}\n`;
const bundled = element.replace(IMPORT, () => `// ---- wasm-bindgen glue (widget.js), one copy per module ----\n${factory}// ---- the element ----\n`);
const { code } = transformSync(bundled, { format: "esm", minify: true, legalComments: "none", target: "es2022" });
writeFileSync(`${dir}/event-timeline.js`, code);
console.log(`${dir}/event-timeline.js: bundled with widget.js and minified (${bundled.length} → ${code.length} bytes)`);
