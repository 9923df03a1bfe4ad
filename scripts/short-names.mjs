// Short names for the WebAssembly's imports and exports, in the wasm file and in the
// wasm-bindgen glue alike. wasm-bindgen names each import after its Rust path plus a 16-digit
// hash (`__wbg_addEventListener_90e553fdce254421`) and each closure shim after its full type;
// those names travel twice (in the wasm's import and export sections and in the glue), and
// random hex does not compress: about 3.5 KB brotli of the demo page. esbuild cannot rename
// them (they are property names the two files share). The custom sections (the producers and
// target features wasm-opt leaves) go too. Used by scripts/bundle-embed.mjs.
import { assemble, reader, sections, writeName, writeUleb } from "./wasm-binary.mjs";

/** `a`, `b`, … `Z`, `aa`, … : property names that need no quotes. */
function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  let out = "";
  do {
    out = letters[n % letters.length] + out;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return out;
}

const escape = (s) => s.replace(/[$]/g, "\\$&");

/**
 * Renames the imports the glue defines and the exports the glue calls (`wasm.<name>`), and
 * returns the new wasm bytes and glue text. Throws when the glue does not have the shape it
 * expects (a wasm-bindgen update), rather than ship a page whose glue and wasm disagree.
 */
export function shortenNames(wasm, glue, name = "widget") {
  const glueModule = `./${name}_bg.js`;
  const all = sections(wasm);
  // Imports are named in the order the glue defines them, not the order the linker put them in
  // the wasm: the viewer and the full build then get the same names, and one glue drives both.
  const fields = [];
  for (const { id, body } of all.filter(({ id }) => id === 2)) {
    const r = reader(body);
    for (let n = r.uleb(); n > 0; n--) {
      const module = r.text();
      const field = r.text();
      r.importKind();
      if (module === glueModule && !fields.includes(field)) fields.push(field);
    }
  }
  const inGlue = (field) => glue.indexOf(field) === -1 ? Infinity : glue.indexOf(field);
  fields.sort((a, b) => inGlue(a) - inGlue(b));
  const byGlue = new Map(fields.map((field, i) => [field, shortName(i)]));
  let counter = fields.length;
  const renamedImports = new Map();
  const renamedExports = new Map();
  const rebuilt = all.map(({ id, body }) => {
    if (id === 2) {
      const r = reader(body);
      const parts = [];
      const count = r.uleb();
      for (let i = 0; i < count; i++) {
        const module = r.text();
        const field = r.text();
        const from = r.at;
        r.importKind();
        const description = r.since(from);
        let short = field;
        if (module === glueModule) {
          short = byGlue.get(field);
          renamedImports.set(field, short);
        }
        parts.push(writeName(module === glueModule ? "w" : module), writeName(short), description);
      }
      return { id, body: Buffer.concat([writeUleb(count), ...parts]) };
    }
    if (id === 7) {
      const r = reader(body);
      const parts = [];
      const count = r.uleb();
      for (let i = 0; i < count; i++) {
        const field = r.text();
        const from = r.at;
        r.byte();
        r.uleb();
        let short = field;
        if (new RegExp(`\\bwasm\\.${escape(field)}\\b`).test(glue)) {
          short = shortName(counter++);
          renamedExports.set(field, short);
        }
        parts.push(writeName(short), r.since(from));
      }
      return { id, body: Buffer.concat([writeUleb(count), ...parts]) };
    }
    return { id, body };
  }).filter(({ id }) => id !== 0); // custom sections (producers, target features): unused at run time

  let text = glue;
  const moduleKey = `"${glueModule}": import0`;
  if (!text.includes(moduleKey) || renamedImports.size === 0) {
    throw new Error(`the glue does not import "${glueModule}" as import0 (a wasm-bindgen update?)`);
  }
  text = text.replace(moduleKey, "w: import0");
  for (const [from, to] of renamedImports) {
    const key = new RegExp(`^(\\s*)${escape(from)}:`, "m");
    if (!key.test(text)) throw new Error(`the glue does not define the import ${from}`);
    text = text.replace(key, `$1${to}:`);
  }
  for (const from of renamedImports.keys()) {
    if (new RegExp(`\\b${escape(from)}\\b`).test(text)) {
      throw new Error(`the glue uses the import ${from} elsewhere than in its definition`);
    }
  }
  for (const [from, to] of renamedExports) {
    text = text.replace(new RegExp(`\\bwasm\\.${escape(from)}\\b`, "g"), `wasm.${to}`);
  }
  return { wasm: assemble(wasm.subarray(0, 8), rebuilt), glue: text, imports: renamedImports.size, exports: renamedExports.size };
}
