// A single-page site adds and removes widgets on every route change: mounting, selecting and
// removing an element hundreds of times must leave nothing behind, in the WebAssembly memory
// or in the JavaScript heap. Also: an element removed while loading cancels its fetch, and an
// element moved in the DOM keeps working.
import { test, expect } from "@playwright/test";
import { generate } from "../../bench/generate.mjs";

const PAGE = 64 * 1024;

async function soakPage(page) {
  await page.route("**/__big.json", (route) => route.fulfill({
    contentType: "application/json", body: JSON.stringify(generate(1_000, "years")),
  }));
  await page.route("**/__soak.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Soak</title>
      <link rel="icon" href="/favicon.svg"></head><body><main id="spot"></main>
      <script type="module">
        import { wasmMemoryBytes } from "/embed/event-timeline.js";
        window.wasmMemoryBytes = wasmMemoryBytes;
        // One route change: mount, wait until ready, select, remove, let the removal finish.
        // The demo page's pre-rendered markup, for widgets that hydrate.
        const demo = await (await fetch("/")).text();
        window.prerendered = new DOMParser().parseFromString(demo, "text/html")
          .querySelector("event-timeline").innerHTML;
        window.cycle = async (attributes, selectId, hydrate = false) => {
          const el = document.createElement("event-timeline");
          for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
          if (hydrate) el.innerHTML = window.prerendered;
          const ready = new Promise((r) => el.addEventListener("timeline-ready", r, { once: true }));
          document.getElementById("spot").append(el);
          await ready;
          el.select(selectId);
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
          el.remove();
          await new Promise((r) => setTimeout(r));
        };
        window.cycles = async (n, attributes, selectId, hydrate) => {
          for (let i = 0; i < n; i++) await cycle(attributes, selectId, hydrate);
        };
      </script></body></html>`,
  }));
  await page.goto("/__soak.html");
  await page.waitForFunction(() => typeof window.cycles === "function");
  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    return (await cdp.send("Runtime.getHeapUsage")).usedSize;
  };
  return { heap, wasm: () => page.evaluate(() => window.wasmMemoryBytes()) };
}

const RUNS = [
  { name: "the built-in story", attributes: { hash: "false" }, select: "power-cut", warmUp: 30, cycles: 300 },
  { name: "a 1,000-event story", attributes: { hash: "false", src: "/__big.json" }, select: "event-500", warmUp: 10, cycles: 50 },
  { name: "pre-rendered markup (hydrated)", attributes: { hash: "false" }, select: "power-cut", warmUp: 20, cycles: 100, hydrate: true },
];
for (const run of RUNS) {
  test(`mounting, selecting and removing ${run.cycles} widgets with ${run.name} keeps memory flat`, async ({ page }) => {
    test.setTimeout(180_000);
    const { heap, wasm } = await soakPage(page);
    const args = { a: run.attributes, s: run.select, h: run.hydrate ?? false };
    await page.evaluate(({ n, a, s, h }) => window.cycles(n, a, s, h), { ...args, n: run.warmUp });
    const [wasmBefore, heapBefore] = [await wasm(), await heap()];
    await page.evaluate(({ n, a, s, h }) => window.cycles(n, a, s, h), { ...args, n: run.cycles });
    const [wasmAfter, heapAfter] = [await wasm(), await heap()];
    console.log(`${run.name}: wasm ${wasmBefore} → ${wasmAfter} B, JS heap ${heapBefore} → ${heapAfter} B over ${run.cycles} cycles`);
    expect(wasmAfter - wasmBefore).toBeLessThanOrEqual(PAGE);
    expect(heapAfter - heapBefore).toBeLessThan(64 * 1024);
  });
}

test("an element removed before its data arrives cancels the download", async ({ page }) => {
  await soakPage(page);
  await page.route("**/__slow.json", () => {}); // never answers
  const started = page.waitForRequest("**/__slow.json");
  const failed = page.waitForEvent("requestfailed", (r) => r.url().endsWith("/__slow.json"));
  await page.evaluate(() => {
    const el = document.createElement("event-timeline");
    el.id = "slow";
    el.setAttribute("src", "/__slow.json");
    document.getElementById("spot").append(el);
  });
  await started;
  await page.evaluate(() => document.getElementById("slow").remove());
  expect((await failed).failure().errorText).toMatch(/ABORTED/);
});

test("an element removed and added again (a host moving it) renders again and works", async ({ page }) => {
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(`${e}`));
  await soakPage(page);
  await page.evaluate(() => window.cycle({ hash: "false" }, "power-cut"));
  await page.evaluate(async () => {
    const el = document.createElement("event-timeline");
    el.id = "moved";
    el.setAttribute("hash", "false");
    const ready = new Promise((r) => el.addEventListener("timeline-ready", r, { once: true }));
    document.getElementById("spot").append(el);
    await ready;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    document.body.append(el);
  });
  const w = page.locator("#moved");
  await expect(w.locator(".et-title")).toHaveText("2014 raid on Idlib city");
  await w.locator("[role=tab][id$=-tab-sleeper-cell]").click();
  await expect(w.locator("[role=tab][aria-selected=true]")).toHaveAttribute("id", /sleeper-cell$/);
  await expect(w.locator("[role=tabpanel]:visible")).toHaveCount(1);
  expect(problems).toEqual([]);
});
