// What each crate costs in the WebAssembly: code bytes per crate, read from the function
// names of the build before wasm-opt (wasm-opt -Oz drops the names; it shrinks every crate,
// so the shares hold, and the total is scaled to the shipped file). Run by `make size`.
// Usage: node scripts/wasm-crates.mjs [named.wasm] [shipped.wasm]
// Attribution: a function counts for the crate of its path; an impl (`<T as Trait>::f`) for
// the crate of T, or of the trait when T is not a path (`<&T as …>`, tuples, primitives);
// monomorphised generics count where they are defined (serde_json's parser generic over our
// types counts for serde_json). Data (string constants, tables) is one line of its own.
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { brotliCompressSync } from "node:zlib";
import { reader, sections } from "./wasm-binary.mjs";

// Trunk's wasm-bindgen output: target/wasm-bindgen/, or under the Cargo target directory the
// toolchain set (target/debian-wasm/ for the Debian toolchain); the newest one.
const targets = existsSync("target") ? ["target", ...readdirSync("target").map((d) => `target/${d}`)] : [];
const newest = targets.map((dir) => `${dir}/wasm-bindgen/release/widget_bg.wasm`).filter(existsSync)
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
const named = process.argv[2] ?? newest ?? "target/wasm-bindgen/release/widget_bg.wasm";
const shipped = process.argv[3] ?? "dist/embed/widget_bg.wasm";
if (!existsSync(named)) {
  console.error(`${named}: not found (run make build first)`);
  process.exit(1);
}

/** What the report needs of a binary: code body sizes, data bytes, function names. */
function readWasm(bytes) {
  let imported = 0;
  const bodies = [];
  const names = new Map();
  let data = 0;
  for (const { id, body } of sections(bytes)) {
    const r = reader(body);
    if (id === 2) {
      for (let n = r.uleb(); n > 0; n--) {
        r.text();
        r.text();
        if (r.importKind() === 0) imported += 1;
      }
    } else if (id === 10) {
      for (let n = r.uleb(); n > 0; n--) {
        const length = r.uleb();
        bodies.push(length);
        r.skip(length);
      }
    } else if (id === 11) {
      data = body.length;
    } else if (id === 0 && r.text() === "name") {
      while (r.at < body.length) {
        const sub = r.byte();
        const length = r.uleb();
        const end = r.at + length;
        if (sub === 1) for (let n = r.uleb(); n > 0; n--) names.set(r.uleb(), r.text());
        r.skip(end - r.at);
      }
    }
  }
  return { imported, bodies, names, data };
}

/** The crate a (legacy-mangled or plain) Rust function name belongs to. */
function crateOf(name) {
  let path = name;
  const mangled = /^_ZN(.*)17h[0-9a-f]{16}E$/.exec(name);
  if (mangled) {
    const parts = [];
    for (let rest = mangled[1]; rest.length; ) {
      const digits = /^\d+/.exec(rest);
      if (!digits) break;
      const length = Number(digits[0]);
      parts.push(rest.slice(digits[0].length, digits[0].length + length));
      rest = rest.slice(digits[0].length + length);
    }
    path = parts.join("::").replace(/\$LT\$/g, "<").replace(/\$GT\$/g, ">").replace(/\$u20\$/g, " ")
      .replace(/\$RF\$/g, "&").replace(/\.\./g, "::").replace(/^_</, "<");
  }
  path = path.replace(/\[[0-9a-f]+\]/g, ""); // v0 names carry the crate's disambiguator
  const impl = /^<(.+?) as ([\w:]+)/.exec(path) ?? /^<([^>]+)>/.exec(path);
  if (impl) {
    const own = /^([a-z_][a-z0-9_]*)::/.exec(impl[1]);
    if (own) return own[1];
    const trait = impl[2] && /^([a-z_][a-z0-9_]*)::/.exec(impl[2]);
    if (trait) return trait[1];
    if (/^(&(mut )?)?(str|char|bool|[iuf](8|16|32|64|128|size)|\[.*\])$/.test(impl[1])) return "core";
  }
  const plain = /^([a-z_][a-z0-9_]*)::/.exec(path);
  if (plain) return plain[1];
  if (/^(widget_|__wbg_widget|memory_bytes$|main$)/.test(name)) return "event_timeline"; // our exports
  return /^__wbg|^__wbindgen|^wasm_bindgen/.test(name) ? "wasm_bindgen" : "(unnamed)";
}

const wasm = readWasm(readFileSync(named));
if (wasm.names.size === 0) {
  console.error(`${named}: no function names (name section); the report needs the build before wasm-opt`);
  process.exit(1);
}
const perCrate = new Map();
wasm.bodies.forEach((length, i) => {
  const crate = crateOf(wasm.names.get(wasm.imported + i) ?? "");
  perCrate.set(crate, (perCrate.get(crate) ?? 0) + length);
});
const code = wasm.bodies.reduce((a, b) => a + b, 0);
const total = code + wasm.data;
const shippedBytes = existsSync(shipped) ? readFileSync(shipped) : null;
const scale = shippedBytes ? brotliCompressSync(shippedBytes).length / total : 0;
const rows = [...perCrate].sort((a, b) => b[1] - a[1]);
const top = rows.slice(0, 14);
const rest = rows.slice(14).reduce((a, [, n]) => a + n, 0);
const pct = (n) => `${((100 * n) / total).toFixed(1)}%`.padStart(6);
console.log(`\nWebAssembly by crate (${named}, before wasm-opt; "≈ br" is the share of the shipped file's brotli size)`);
console.log(`${"crate".padEnd(24)}${"bytes".padStart(10)}${"share".padStart(8)}${"≈ br".padStart(9)}`);
for (const [crate, n] of [...top, ...(rest ? [["(other crates)", rest]] : []), ["(data: strings, tables)", wasm.data]]) {
  console.log(`${crate.padEnd(24)}${String(n).padStart(10)}${pct(n).padStart(8)}${(scale ? `${((n * scale) / 1024).toFixed(1)} KB` : "").padStart(9)}`);
}
console.log(`${"total".padEnd(24)}${String(total).padStart(10)}`);
const unnamed = perCrate.get("(unnamed)") ?? 0;
if (unnamed > 0.05 * code) {
  console.error(`${((100 * unnamed) / code).toFixed(0)}% of the code has names this report cannot read: update crateOf()`);
  process.exit(1);
}
