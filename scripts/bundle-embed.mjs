// Minifies the stylesheet, and puts the wasm-bindgen glue (dist/embed/widget.js) into the element's module
// (dist/embed/event-timeline.js), so hosts load one script: one round trip less before the
// WebAssembly, the styles and the data download side by side; then minifies it (esbuild: names
// and comments go, behaviour stays). Run by scripts/build.sh.
import { readFileSync, writeFileSync } from "node:fs";
import { transformSync } from "esbuild";
import { shortenNames } from "./short-names.mjs";

const dir = process.argv[2] ?? "dist/embed";
// The stylesheet, minified too (comments and spaces; no rule is rewritten for older browsers).
const css = readFileSync(`${dir}/timeline.css`, "utf8");
const minifiedCss = transformSync(css, { loader: "css", minify: true, legalComments: "none" }).code;
writeFileSync(`${dir}/timeline.css`, minifiedCss);
console.log(`${dir}/timeline.css: minified (${css.length} → ${minifiedCss.length} bytes)`);
const element = readFileSync(`${dir}/event-timeline.js`, "utf8");
const IMPORT = /^import init, \{ Widget, memory_bytes \} from "\.\/widget\.js";\n/m;
if (!IMPORT.test(element)) {
  console.log(`${dir}/event-timeline.js: already bundled`);
  process.exit(0);
}
// Short import and export names in the wasm and the glue (scripts/short-names.mjs); the
// unbundled glue on disk is rewritten too, so the two files there still agree.
const short = shortenNames(readFileSync(`${dir}/widget_bg.wasm`), readFileSync(`${dir}/widget.js`, "utf8"));
writeFileSync(`${dir}/widget_bg.wasm`, short.wasm);
writeFileSync(`${dir}/widget.js`, short.glue);
console.log(`${dir}/widget_bg.wasm: ${short.imports} imports and ${short.exports} exports renamed`);
const glue = short.glue;
const exports = /^export \{ initSync, __wbg_init as default \};\n?/m;
if (!exports.test(glue) || !/^export class Widget \{/m.test(glue) || !/^export function memory_bytes\(/m.test(glue)) {
  console.error(`${dir}/widget.js: unexpected wasm-bindgen output; update scripts/bundle-embed.mjs`);
  process.exit(1);
}
const inlined = glue
  .replace(exports, "")
  .replace(/^export class Widget \{/m, "class Widget {")
  .replace(/^export function memory_bytes\(/m, "function memory_bytes(");
const bundled = element.replace(IMPORT, () => `// ---- wasm-bindgen glue (widget.js) ----\n${inlined}\nconst init = __wbg_init;\n// ---- the element ----\n`);
const { code } = transformSync(bundled, { format: "esm", minify: true, legalComments: "none", target: "es2022" });
writeFileSync(`${dir}/event-timeline.js`, code);
console.log(`${dir}/event-timeline.js: bundled with widget.js and minified (${bundled.length} → ${code.length} bytes)`);
