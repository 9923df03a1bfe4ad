// The pre-rendered page: readable without JavaScript (every event, citation and reference,
// links that work), and hydrated into the live widget with no console noise and no jump.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { host, watch } from "./host-page.js";
import { gotoReady } from "./ready.js";

const STORY = JSON.parse(readFileSync(new URL("../../data/idlib-2014.json", import.meta.url), "utf8"));
const plain = (s) => s.replace(/\[\d+\]/g, "");
// The pieces of a text between its citation markers (markers become links and buttons).
const pieces = (s) => s.split(/\[\d+\]/).map((p) => p.trim()).filter(Boolean);
const citations = (s) => [...s.matchAll(/\[(\d+)\]/g)].map((m) => m[1]);

test("the page as fetched, before any script, holds every statement with its citations", async ({ request }) => {
  const html = await (await request.get("/")).text();
  // Its text without tags: a citation keeps the word it follows in one element with it.
  const text = html.replace(/<[^>]*>/g, "");
  for (const event of STORY.events) {
    expect(html).toContain(plain(event.headline));
    for (const piece of pieces(event.text)) expect(text).toContain(piece.replaceAll("&", "&amp;"));
    for (const n of citations(event.text)) expect(html).toContain(`href="#et-ref-${n}"`);
  }
  for (const ref of STORY.references) expect(html).toContain(`id="et-ref-${ref.id}"`);
});

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  test("every event, citation number and reference is readable, and citations link to references", async ({ page }) => {
    await page.goto("/");
    const widget = page.locator("event-timeline");
    await expect(widget.locator(".et-title")).toHaveText("2014 raid on Idlib city");
    for (const event of STORY.events) {
      const panel = page.locator(`#et-panel-${event.id}`);
      await expect(panel).toBeVisible();
      await expect(panel.locator(".et-panel-title")).toHaveText(plain(event.headline));
      await expect(panel.locator(".et-cite-link")).toHaveText(citations(event.text).map((n) => `[${n}]`));
    }
    // No inert controls: the buttons that need JavaScript are not shown.
    await expect(page.locator(".et-axis")).toBeHidden();
    expect(await page.locator(".et-cite:visible").count()).toBe(0);
    await expect(page.locator(".et-ref-list > li")).toHaveCount(STORY.references.length);
    await page.locator("#et-panel-power-cut .et-cite-link").click();
    expect(new URL(page.url()).hash).toBe("#et-ref-9");
    await expect(page.locator("#et-ref-9")).toBeInViewport();
    await page.emulateMedia({ media: "print" });
    for (const event of STORY.events) await expect(page.locator(`#et-panel-${event.id}`)).toBeVisible();
  });
});

test("the live page hydrates the pre-rendered widget without a jump or a console message", async ({ page }) => {
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => messages.push(`pageerror: ${e}`));
  await page.addInitScript(() => {
    window.__ready = false;
    document.addEventListener("timeline-ready", () => { window.__ready = true; });
  });
  // Hold the WebAssembly back until the pre-rendered page has been measured.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/*_bg.wasm", async (route) => { await held; await route.continue(); });
  await page.goto("/");
  const boxes = () => page.evaluate(() =>
    [...document.querySelectorAll(".et-title, [role=tab], .et-panel:not([hidden]), .et-band, .et-ref-list > li, .et-table")]
      .map((e) => { const r = e.getBoundingClientRect(); return [e.id || e.className, r.x, r.y, r.width, r.height].join(" "); }));
  await expect(page.locator("[role=tab]")).toHaveCount(STORY.events.length);
  const before = await boxes();
  const shotBefore = await page.screenshot({ fullPage: true });
  expect(await page.evaluate(() => window.__ready)).toBe(false);
  release();
  await expect.poll(() => page.evaluate(() => window.__ready)).toBe(true);
  expect(await boxes()).toEqual(before);
  expect((await page.screenshot({ fullPage: true })).equals(shotBefore)).toBe(true);
  // It is live: the reader can move through the events.
  await page.locator("#et-tab-sleeper-cell").click();
  await expect(page.locator("#et-panel-sleeper-cell")).toBeVisible();
  await expect(page.locator("#et-panel-overnight-attack")).toBeHidden();
  await page.keyboard.press("End");
  await expect(page.locator("#et-tab-buildings-recaptured")).toBeFocused();
  expect(messages.filter((m) => /hydrat/i.test(m))).toEqual([]);
  expect(messages.filter((m) => /^(error|warning|pageerror)/.test(m))).toEqual([]);
});

test("a pre-rendered page opened on a deep link hydrates, then shows that event", async ({ page }) => {
  const messages = [];
  page.on("console", (m) => messages.push(`${m.type()}: ${m.text()}`));
  await page.goto("/#e-checkpoints-taken");
  await expect(page.locator("#et-tab-checkpoints-taken")).toHaveAttribute("aria-selected", "true");
  await expect(page.locator("#et-panel-checkpoints-taken")).toBeVisible();
  expect(messages).toEqual([]);
});

// The built-in story is not in the WebAssembly: a pre-rendered page carries it inline, an
// element without src fetches it from beside its module, and one with src never asks for it.
test("the built-in story is fetched only by an element that shows it and has no copy in the page", async ({ page }) => {
  const asked = [];
  page.on("request", (r) => new URL(r.url()).pathname.endsWith("/idlib-2014.json") && asked.push(new URL(r.url()).pathname));
  await gotoReady(page, "/");
  expect(asked).toEqual([]);
  await host(page, `<event-timeline src="/data/idlib-2014.json"></event-timeline>`, { ready: 1 });
  expect(asked).toEqual(["/data/idlib-2014.json"]);
  await host(page, `<event-timeline></event-timeline>`, { path: "/__plain.html", ready: 1 });
  expect(asked).toEqual(["/data/idlib-2014.json", "/embed/idlib-2014.json"]);
  await expect(page.locator("event-timeline .et-title")).toHaveText(STORY.title);
});

test("markup pre-rendered without its story (an older build) is rendered afresh and works", async ({ page }) => {
  const problems = await watch(page);
  const html = await (await page.request.get("/")).text();
  const older = html.replace(/<script type="application\/json" class="et-story"[^>]*>[^<]*<\/script>/, "");
  expect(older).not.toEqual(html);
  await page.route("**/__older.html", (route) => route.fulfill({ contentType: "text/html", body: older }));
  await gotoReady(page, "/__older.html");
  const widget = page.locator("event-timeline");
  await expect(widget.locator(".et-root")).toHaveCount(1);
  await widget.locator("[role=tab][id$='-tab-power-cut']").click();
  await expect(widget.locator("[role=tabpanel]:visible .et-panel-title")).toContainText("power cut");
  expect(problems).toEqual([]);
});
