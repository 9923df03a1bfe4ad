// What a host page meets on its first day: a chosen first event on a pre-rendered widget, the
// WebAssembly that cannot start, the back button after skimming, the page's own URL fragment,
// hostile text in a story.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { countReady, gotoReady, waitReady } from "./ready.js";
import { record, recorded, watch } from "./host-page.js";

const STORY = JSON.parse(readFileSync(new URL("../../data/idlib-2014.json", import.meta.url), "utf8"));
const IDS = STORY.events.map((e) => e.id);
const citationCount = (s) => [...s.matchAll(/\[\d+\]/g)].length;

const shownPanels = (page) => page.locator("[role=tabpanel]:visible");
const selectedTab = (page) => page.locator("[role=tab][aria-selected=true]");

test.describe("a pre-rendered widget opened on another event or theme hydrates into it", () => {
  test("the iframe page with ?event= shows that event's panel, and only it", async ({ page }) => {
    const problems = await watch(page);
    await record(page, "timeline-select");
    await gotoReady(page, "/embed/frame.html?event=power-cut");
    await expect(selectedTab(page)).toHaveId("et-tab-power-cut");
    await expect(shownPanels(page)).toHaveCount(1);
    await expect(page.locator("#et-panel-power-cut")).toBeVisible();
    // The widget is live from there on, and its first view was neither reported nor written.
    expect(await recorded(page)).toEqual([]);
    expect(new URL(page.url()).hash).toBe("");
    await page.locator("#et-tab-sleeper-cell").click();
    await expect(page.locator("#et-panel-sleeper-cell")).toBeVisible();
    await expect(shownPanels(page)).toHaveCount(1);
    expect(problems).toEqual([]);
  });

  test("?theme=dark on the iframe page gives the dark theme", async ({ page }) => {
    await gotoReady(page, "/embed/frame.html?theme=dark");
    await expect(page.locator(".et-root")).toHaveClass(/et-theme-dark/);
    await expect(page.locator(".et-root")).not.toHaveClass(/et-theme-auto/);
  });

  test("select() called before hydration is the first view", async ({ page }) => {
    await record(page, "timeline-select");
    await countReady(page);
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route("**/*_bg.wasm", async (route) => { await held; await route.continue(); });
    await page.goto("/");
    const length = await page.evaluate(() => history.length);
    await page.locator("event-timeline").evaluate((e) => e.select("checkpoints-taken"));
    release();
    await waitReady(page);
    await expect(selectedTab(page)).toHaveId("et-tab-checkpoints-taken");
    await expect(shownPanels(page)).toHaveCount(1);
    await expect(page.locator("#et-panel-checkpoints-taken")).toBeVisible();
    expect(await page.evaluate(() => history.length)).toBe(length);
    expect(await recorded(page)).toEqual([]);
  });
});

// Each way the WebAssembly fails to start, on the pre-rendered demo page.
const BLOCKS = {
  "the .wasm request fails": async (page) => page.route("**/*_bg.wasm", (route) => route.abort()),
  "the page's CSP has no 'wasm-unsafe-eval'": async (page) => page.route((url) => url.pathname === "/", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": "script-src 'self'" } });
  }),
  "the browser has no WebAssembly": async (page) => page.addInitScript(() => { delete window.WebAssembly; }),
};
for (const [how, block] of Object.entries(BLOCKS)) {
  test(`when ${how}, the pre-rendered story stays readable, with one line saying why`, async ({ page }) => {
    await record(page, "timeline-error");
    await countReady(page);
    await block(page);
    await page.goto("/");
    await waitReady(page);
    const [error] = await recorded(page);
    expect(error.type).toBe("timeline-error");
    expect(error.detail.messages[0]).toMatch(/^The interactive timeline could not start: ./);
    const line = page.locator(".et-fatal");
    await expect(line).toHaveText(error.detail.messages[0]);
    const { height, lineHeight } = await line.evaluate((e) =>
      ({ height: e.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(e).lineHeight) }));
    expect(height).toBeLessThanOrEqual(lineHeight * 1.5);
    // Every event with its statements, each [n] a working link to its reference.
    await expect(page.locator(".et-title")).toHaveText(STORY.title);
    await expect(page.locator(".et-axis")).toBeHidden();
    for (const event of STORY.events) {
      const panel = page.locator(`#et-panel-${event.id}`);
      await expect(panel).toBeVisible();
      await expect(panel.locator(".et-cite-link:visible")).toHaveCount(citationCount(event.text) + citationCount(event.headline));
    }
    expect(await page.locator(".et-cite:visible").count()).toBe(0);
    await page.locator("#et-panel-power-cut .et-panel-text .et-cite-link").first().click();
    expect(new URL(page.url()).hash).toBe("#et-ref-9");
    await expect(page.locator("#et-ref-9")).toBeInViewport();
    // The reference's back-link leads to the event that cites it, which exists here too.
    await page.locator("#et-ref-9 a", { hasText: "power cut" }).click();
    await expect(page.locator("#et-panel-power-cut")).toBeInViewport();
  });
}

test("a widget without pre-rendering whose WebAssembly cannot start says why and shows the host's fallback", async ({ page }) => {
  await record(page, "timeline-error");
  await countReady(page);
  await page.route("**/*_bg.wasm", (route) => route.abort());
  await page.route("**/__fallback.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fallback</title>
      <script type="module" src="/embed/event-timeline.js"></script></head><body><main>
      <event-timeline id="w"><p id="fallback">Read <a href="/">the story</a> instead.</p></event-timeline>
      <p id="after">The rest of the page.</p></main></body></html>`,
  }));
  await page.goto("/__fallback.html");
  await waitReady(page);
  await expect(page.locator("#w .et-fatal")).toContainText("The interactive timeline could not start");
  await expect(page.locator("#fallback")).toBeVisible();
  await expect(page.locator("#after")).toBeVisible();
  expect((await recorded(page)).map((e) => e.type)).toEqual(["timeline-error"]);
});

test("skimming by keyboard or Previous/Next replaces the history entry; a click pushes one", async ({ page }) => {
  await gotoReady(page, "/");
  const length = () => page.evaluate(() => history.length);
  const start = await length();
  await page.locator("#et-tab-overnight-attack").focus();
  for (let i = 1; i <= 6; i++) {
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(`#et-tab-${IDS[i]}`)).toBeFocused();
  }
  await expect(page).toHaveURL(new RegExp(`#e-${IDS[6]}$`));
  await page.keyboard.press("End");
  await page.keyboard.press("Home");
  await page.locator("#et-panel-overnight-attack .et-nav button", { hasText: "Next" }).click();
  await expect(page).toHaveURL(/#e-checkpoint-bombings$/);
  expect(await length()).toBe(start);
  // A deliberate choice pushes: by mouse, and by Enter on a tab.
  await page.locator("#et-tab-power-cut").click();
  await expect(page).toHaveURL(/#e-power-cut$/);
  expect(await length()).toBe(start + 1);
  await page.locator("#et-tab-sleeper-cell").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#e-sleeper-cell$/);
  expect(await length()).toBe(start + 2);
  // Back walks through the choices, not through every event skimmed past.
  await page.goBack();
  await expect(selectedTab(page)).toHaveId("et-tab-power-cut");
  await page.goBack();
  await expect(selectedTab(page)).toHaveId("et-tab-checkpoint-bombings");
});

test("the widget leaves the host's own fragment alone", async ({ page }) => {
  const problems = await watch(page);
  await gotoReady(page, "/#comments");
  const start = await page.evaluate(() => history.length);
  await expect(selectedTab(page)).toHaveId("et-tab-overnight-attack");
  await page.locator("#et-tab-power-cut").click();
  await expect(page.locator("#et-panel-power-cut")).toBeVisible();
  await page.keyboard.press("ArrowRight");
  await page.locator("#et-tab-overnight-attack").click();
  await expect(page.locator("#et-panel-overnight-attack")).toBeVisible();
  await page.waitForTimeout(100); // effects run after the frame; give them the chance to act
  expect(new URL(page.url()).hash).toBe("#comments");
  expect(await page.evaluate(() => history.length)).toBe(start);
  expect(problems).toEqual([]);
});

test("several widgets with hash on each own a fragment that names them", async ({ page }) => {
  await page.route("**/__two.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Two</title>
      <script type="module" src="/embed/event-timeline.js"></script></head><body><main>
      <event-timeline id="a" hash="true"></event-timeline><event-timeline id="b" hash="true"></event-timeline>
      </main></body></html>`,
  }));
  await gotoReady(page, "/__two.html", 2);
  const [a, b] = [page.locator("#a"), page.locator("#b")];
  await b.locator("#et2-tab-power-cut").click();
  await expect(page).toHaveURL(/#et2-e-power-cut$/);
  await expect(a.locator("[aria-selected=true]")).toHaveId("et-tab-overnight-attack");
  await a.locator("#et-tab-sleeper-cell").click();
  await expect(page).toHaveURL(/#e-sleeper-cell$/);
  await expect(b.locator("[aria-selected=true]")).toHaveId("et2-tab-power-cut");
  // Going back to its first event, a widget removes only its own fragment.
  await b.locator("#et2-tab-overnight-attack").click();
  await page.waitForTimeout(100);
  await expect(page).toHaveURL(/#e-sleeper-cell$/);
  await a.locator("#et-tab-overnight-attack").click();
  await expect(page).toHaveURL(/__two\.html$/);
  // Opened on the second widget's fragment, only that widget follows it.
  await gotoReady(page, "/__two.html#et2-e-checkpoints-taken", 2);
  await expect(b.locator("[aria-selected=true]")).toHaveId("et2-tab-checkpoints-taken");
  await expect(a.locator("[aria-selected=true]")).toHaveId("et-tab-overnight-attack");
});

// Markup, a script, quotes, an entity and bidi controls, as a data editor might paste them.
const HOSTILE = `<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> "q" 'a' &amp; \u202Eevil\u202C \u2067x\u2069`;
const HOSTILE_HTML = `&lt;script&gt;window.__pwned = 1&lt;/script&gt;&lt;img src=x onerror="window.__pwned = 2"&gt; "q" 'a' &amp;amp; \u202Eevil\u202C \u2067x\u2069`;

test("hostile text in a story is shown as text, exactly, by the browser renderer", async ({ page }) => {
  const story = { ...STORY, title: HOSTILE };
  story.events = STORY.events.map((e, i) => (i === 0 ? { ...e, headline: `${HOSTILE}[1]` } : e));
  await page.route("**/__hostile.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(story) }));
  await page.route("**/__hostile.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile</title>
      <script type="module" src="/embed/event-timeline.js"></script></head><body><main>
      <event-timeline id="w" src="/__hostile.json"></event-timeline></main></body></html>`,
  }));
  await gotoReady(page, "/__hostile.html");
  const title = page.locator("#w .et-title");
  expect(await title.evaluate((e) => e.innerHTML)).toBe(HOSTILE_HTML);
  expect(await title.textContent()).toBe(HOSTILE);
  await expect(page.locator("#w .et-tab-title").first()).toHaveText(HOSTILE);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
