// Puts the wasm-bindgen glue (dist/embed/widget.js) into the element's module
// (dist/embed/event-timeline.js), so hosts load one script: one round trip less before the
// WebAssembly, the styles and the data download side by side. Run by scripts/build.sh.
import { readFileSync, writeFileSync } from "node:fs";

const dir = process.argv[2] ?? "dist/embed";
const element = readFileSync(`${dir}/event-timeline.js`, "utf8");
const IMPORT = /^import init, \{ Widget, memory_bytes \} from "\.\/widget\.js";\n/m;
if (!IMPORT.test(element)) {
  console.log(`${dir}/event-timeline.js: already bundled`);
  process.exit(0);
}
const glue = readFileSync(`${dir}/widget.js`, "utf8");
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
writeFileSync(`${dir}/event-timeline.js`, bundled);
console.log(`${dir}/event-timeline.js: bundled with widget.js (${bundled.length} bytes)`);
