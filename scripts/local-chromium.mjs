// Debian's Chromium as every browser test and measurement here launches it, and the project's
// static server on a port of its own. One place for the flags (Playwright's config, the
// engines runner, the npm and crate client checks, bench/citation-toggle.mjs).
import { spawn } from "node:child_process";

export const CHROMIUM_PATH = "/usr/bin/chromium";
// Without the background-networking flags Chromium keeps calling home on a closed network.
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-quic",
  "--disable-sync",
];

/** Starts `scripts/serve.mjs` for `root` on `port`; resolves once it has had time to listen. */
export async function serveStatic(root, port) {
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(port), "--root", root], { stdio: "ignore" });
  await new Promise((r) => setTimeout(r, 500));
  return server;
}
