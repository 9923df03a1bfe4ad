// Opening and closing a citation's popover at 1,000 events: from the click until Yew has
// rendered the change (the next task), median of 41 toggles after 5 to warm up, in headless Chromium against dist/ (make build).
// Usage: node bench/citation-toggle.mjs [EVENTS]
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, serveStatic } from "../scripts/local-chromium.mjs";
import { generate } from "./generate.mjs";

const EVENTS = Number(process.argv[2] ?? 1000);
const PORT = 4181;
const server = await serveStatic("dist", PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const story = generate(EVENTS, "years");
  await page.route("**/__toggle.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(story) }));
  await page.route("**/__toggle.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Toggle</title>
      <script type="module" src="/embed/event-timeline.js"></script></head><body>
      <event-timeline id="w" src="/__toggle.json" hash="false"></event-timeline></body></html>`,
  }));
  await page.goto(`http://127.0.0.1:${PORT}/__toggle.html`);
  await page.locator("#w .et-panel .et-cite").first().waitFor();
  const times = await page.evaluate(async () => {
    const root = document.getElementById("w").shadowRoot;
    // Yew renders in microtasks after the click: the next task starts once it has finished.
    const rendered = () => new Promise((r) => setTimeout(r));
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const out = [];
    for (let i = 0; i < 46; i++) {
      const cite = root.querySelector(".et-panel:not([hidden]) .et-cite");
      const start = performance.now();
      cite.click(); // opens, then closes on the next turn
      await rendered();
      out.push(performance.now() - start);
      await frame();
    }
    return out.slice(5);
  });
  times.sort((a, b) => a - b);
  console.log(`citation toggle at ${EVENTS} events: median ${times[times.length >> 1].toFixed(2)} ms, ` +
    `p90 ${times[Math.floor(times.length * 0.9)].toFixed(2)} ms (${times.length} toggles, click until rendered)`);
} finally {
  await browser.close();
  server.kill();
}
