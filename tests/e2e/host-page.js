// Shared by the end-to-end specs: a host page of our own making, what goes wrong on it, and
// the widget events that reach it.
import { countReady, waitReady } from "./ready.js";

/** Collects console errors and warnings, page errors and CSP violations (`window.__violations`). */
export async function watch(page) {
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e}`));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return problems;
}

/**
 * Serves a fresh host page with this body (and the element's module script) at `path` and
 * opens it; with `ready`, waits until that many widgets are live.
 */
export async function host(page, body, { head = "", path = "/__host.html", bodyStyle = "", ready = 0, lang = "en" } = {}) {
  await page.route(`**${path}`, (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Host page</title>
      <link rel="icon" href="/favicon.svg">${head}
      <script type="module" src="/embed/event-timeline.js"></script></head>
      <body style="${bodyStyle}"><main>${body}</main></body></html>`,
  }));
  if (ready) await countReady(page);
  await page.goto(path);
  if (ready) await waitReady(page, ready);
}

/** Records every event of these types that reaches the document (call before navigating). */
export async function record(page, ...types) {
  await page.addInitScript((types) => {
    window.__events = [];
    for (const type of types) {
      document.addEventListener(type, (e) =>
        window.__events.push({ type, target: e.target.id, detail: e.detail }));
    }
  }, types);
}

/** The events `record` has seen so far. */
export const recorded = (page) => page.evaluate(() => window.__events);
