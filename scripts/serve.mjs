// A small static server for dist/: correct MIME types (application/wasm), loopback only,
// no caching, a strict CSP on examples/. Used by `make serve` and by the end-to-end tests.
// Usage: node scripts/serve.mjs [--port N] [--root DIR] [--probe FILE]
// --probe (the cross-engine tests): every HTML page gets FILE as its first script, served as
// /__probe.js (it records console errors and widget events where a driver cannot), and
// /__hold and /__release hold back and let go of the WebAssembly, and /__fixture/NAME serves
// the tasks' own pages and stories from fixtures/ beside FILE.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";

const USAGE = "usage: node scripts/serve.mjs [--port N] [--root DIR] [--probe FILE]\n" +
  "Serves DIR (default dist/, which `make build` writes) on http://127.0.0.1:N/ (default 8080).";
const args = process.argv.slice(2);
const OPTIONS = ["--port", "--root", "--probe"];
if (args.includes("--help") || args.includes("-h")) {
  console.log(USAGE);
  process.exit(0);
}
for (let i = 0; i < args.length; i += 2) {
  if (!OPTIONS.includes(args[i]) || args[i + 1] === undefined) {
    console.error(`serve.mjs: ${OPTIONS.includes(args[i]) ? `${args[i]} needs a value` : `unknown argument '${args[i]}'`}\n${USAGE}`);
    process.exit(2);
  }
}
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const port = Number(option("--port", process.env.PORT ?? 8080));
const root = resolve(option("--root", "dist"));
const probe = option("--probe", null);
if (!(await stat(root).catch(() => null))?.isDirectory()) {
  console.error(`serve.mjs: ${root} is not a folder (run \`make build\` first, or give --root)\n${USAGE}`);
  process.exit(2);
}
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`serve.mjs: --port must be a number from 1 to 65535\n${USAGE}`);
  process.exit(2);
}
// Pages under examples/ are served with the strict policy the embed must work under.
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

let held = null; // { promise, release } while the WebAssembly is held back (--probe only)

/** The file a URL path names, or null when it is malformed or outside the root. */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null; // a malformed % escape
  }
  const path = normalize(join(root, decoded));
  return path === root || path.startsWith(root + sep) ? path : null;
}

async function probeRoute(url, res) {
  if (url.pathname === "/__probe.js") {
    res.writeHead(200, { "content-type": types[".js"], "cache-control": "no-store" });
    res.end(await readFile(probe));
  } else if (url.pathname === "/__frame") {
    // A page with one same-origin iframe of an exact size: a viewport of that size in any engine.
    const [src, w, h] = ["src", "w", "h"].map((k) => url.searchParams.get(k) ?? "");
    const attr = (v) => v.replace(/[^\w/.#?=&:-]/g, "");
    res.writeHead(200, { "content-type": types[".html"], "cache-control": "no-store" });
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frame</title>
      <style>body{margin:0}iframe{border:0;display:block}</style></head><body>
      <iframe id="frame" title="Timeline" src="${attr(src)}" width="${attr(w)}" height="${attr(h)}"></iframe>
      </body></html>`);
  } else if (url.pathname.startsWith("/__fixture/")) {
    // The cross-engine tasks' own pages and stories, beside the probe (tests/engines/fixtures/).
    const name = url.pathname.slice("/__fixture/".length);
    if (!/^[\w-]+\.(html|json|txt)$/.test(name)) return false;
    let body = await readFile(join(dirname(resolve(probe)), "fixtures", name), "utf8");
    if (name.endsWith(".html")) body = body.replace(/<head>/i, '<head><script src="/__probe.js"></script>');
    res.writeHead(200, { "content-type": types[extname(name)], "cache-control": "no-store" });
    res.end(body);
  } else if (url.pathname === "/__hold") {
    let release;
    const promise = new Promise((r) => { release = r; });
    held = { promise, release };
    res.writeHead(204).end();
  } else if (url.pathname === "/__release") {
    held?.release();
    held = null;
    res.writeHead(204).end();
  } else {
    return false;
  }
  return true;
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, "http://localhost");
  if (probe && (await probeRoute(url, res))) return;
  let path = fileFor(url.pathname);
  if (path === null) {
    res.writeHead(400, { "content-type": "text/plain" }).end("bad path");
    return;
  }
  try {
    if ((await stat(path)).isDirectory()) path = join(path, "index.html");
    let body = await readFile(path);
    if (probe && held && path.endsWith(".wasm")) await held.promise;
    if (probe && path.endsWith(".html")) {
      body = body.toString("utf8").replace(/<head>/i, '<head><script src="/__probe.js"></script>');
    }
    const headers = {
      "content-type": types[extname(path)] ?? "application/octet-stream",
      "cache-control": "no-store",
    };
    if (url.pathname.startsWith("/examples/")) headers["content-security-policy"] = STRICT_CSP;
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
});
server.listen(port, "127.0.0.1", () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/`);
});
