// Timeline first, in whatever box the host gives: the first screen, the sections a reader
// opens and closes, citations that still lead home, a fixed-height box, the sections attribute.
import { test, expect } from "@playwright/test";
import { gotoReady, waitReady, countReady } from "./ready.js";
import { host as hostPage } from "./host-page.js";

/** A fresh host page with this body and the element's module, opened and ready. */
const host = (page, body, ready = 1) =>
  hostPage(page, body, { path: "/__layout.html", bodyStyle: "margin: 0", ready });

/** Bottom edges (page coordinates) of what a reader must see first. */
const firstScreen = (root) => root.evaluate((el) => {
  const doc = el.shadowRoot ?? el.ownerDocument;
  const bottom = (s) => { const e = doc.querySelector(s); const r = e.getBoundingClientRect(); return r.bottom + scrollY; };
  return {
    title: bottom(".et-title"),
    strip: bottom("[role=tab]:last-child"),
    when: bottom(".et-panel:not([hidden]) .et-when"),
    headline: bottom(".et-panel:not([hidden]) .et-panel-title"),
    text: bottom(".et-panel:not([hidden]) .et-panel-text"),
  };
});

for (const [width, height] of [[390, 844], [1280, 900]]) {
  for (const scheme of ["light", "dark"]) {
    test(`the title, the axis and the selected event fit the first ${height} px at ${width} px, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await gotoReady(page, "/");
      for (const [what, bottom] of Object.entries(await firstScreen(page.locator("event-timeline")))) {
        expect(bottom, `${what} on the demo page`).toBeLessThanOrEqual(height);
      }
      // A bare embed (rendered in its shadow root, at the top of an empty page).
      await host(page, `<event-timeline hash="false"></event-timeline>`);
      for (const [what, bottom] of Object.entries(await firstScreen(page.locator("event-timeline")))) {
        expect(bottom, `${what} in a bare embed`).toBeLessThanOrEqual(height);
      }
    });
  }
}

test("the sections after the timeline open and close by mouse and keyboard, and stay as left across selections", async ({ page }) => {
  await gotoReady(page, "/");
  const summary = page.locator("#et-summary__heading button");
  const references = page.locator("#et-references__heading button");
  await expect(summary).toHaveAttribute("aria-expanded", "false");
  await expect(page.locator("#et-summary__body")).toBeHidden();
  await summary.click();
  await expect(summary).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("#et-summary__body")).toBeVisible();
  await references.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#et-references__body")).toBeVisible();
  await page.keyboard.press(" ");
  await expect(references).toHaveAttribute("aria-expanded", "false");
  await page.locator("#et-tab-power-cut").click();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator("#et-panel-buildings-seized")).toBeVisible();
  await expect(summary).toHaveAttribute("aria-expanded", "true");
  await expect(references).toHaveAttribute("aria-expanded", "false");
  // The button is named by its heading text and says what it controls.
  await expect(summary).toHaveAccessibleName("Summary");
  await expect(summary).toHaveAttribute("aria-controls", "et-summary__body");
});

test("a citation's link opens the closed references, moves focus there, and the back-link selects the event", async ({ page }) => {
  await gotoReady(page, "/");
  await page.locator("#et-tab-power-cut").click();
  await page.locator("#et-ev-power-cut_text_c1").click();
  await page.locator("#et-popover a", { hasText: "Go to reference 9" }).click();
  await expect(page.locator("#et-references__heading button")).toHaveAttribute("aria-expanded", "true");
  await expect(page.locator("#et-ref-9")).toBeFocused();
  await expect(page.locator("#et-ref-9")).toBeInViewport();
  expect(new URL(page.url()).hash).toBe("#e-power-cut");
  await page.locator("#et-ref-9 a", { hasText: "checkpoints" }).first().click();
  await expect(page.locator("[role=tab][aria-selected=true]")).toHaveId("et-tab-checkpoints-taken");
});

test("a deep link to a reference opens its section", async ({ page }) => {
  await gotoReady(page, "/#et-ref-7");
  await expect(page.locator("#et-references__body")).toBeVisible();
  await expect(page.locator("#et-ref-7")).toBeInViewport();
  expect(new URL(page.url()).hash).toBe("#et-ref-7");
});

test("in a 560 px box the widget fills it, keeps the title and the axis in view, and scrolls inside", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await host(page, `<event-timeline id="w" hash="false" style="height: 560px"></event-timeline>
    <p id="after">After the widget.</p>`);
  const w = page.locator("#w");
  expect((await w.boundingBox()).height).toBe(560);
  const inner = await w.evaluate((el) => {
    const root = el.shadowRoot.querySelector(".et-root");
    return { root: root.getBoundingClientRect().height, scroll: root.scrollHeight };
  });
  expect(inner.root).toBe(560);
  // The page is not made taller by the widget; its own content follows right after it.
  expect((await page.locator("#after").boundingBox()).y).toBeGreaterThanOrEqual(560);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
  // Opening the references and going to the last one scrolls inside the widget only.
  await w.locator("[id$=references__heading] button").click();
  await w.locator("[id$=ref-10]").evaluate((e) => e.scrollIntoView());
  expect(await page.evaluate(() => scrollY)).toBe(0);
  const title = await w.locator(".et-title").boundingBox();
  expect(title.y).toBeGreaterThanOrEqual(0);
  await expect(w.locator("[role=tab][aria-selected=true]")).toBeInViewport();
  await expect(w.locator("[id$=ref-10]")).toBeInViewport();
  // Nothing of the widget spills out of its box.
  const box = await w.boundingBox();
  for (const part of [".et-title", "[role=tab][aria-selected=true]", "[id$=ref-10]"]) {
    const r = await w.locator(part).boundingBox();
    expect(r.y, part).toBeGreaterThanOrEqual(box.y);
    expect(r.y + r.height, part).toBeLessThanOrEqual(box.y + box.height);
  }

  // The same in a grid cell and a flex item of a given height, and without any height.
  await host(page, `<div style="display: grid; grid-template-rows: 480px"><event-timeline id="g" hash="false"></event-timeline></div>
    <div style="display: flex; height: 420px"><event-timeline id="f" hash="false" style="flex: 1"></event-timeline></div>
    <event-timeline id="free" hash="false"></event-timeline>`, 3);
  expect((await page.locator("#g").boundingBox()).height).toBe(480);
  expect((await page.locator("#f").boundingBox()).height).toBe(420);
  const free = await page.locator("#free").evaluate((el) => [el.getBoundingClientRect().height, el.shadowRoot.querySelector(".et-root").scrollHeight]);
  expect(free[0]).toBeGreaterThanOrEqual(free[1]);
});

test("the sections attribute shows only the parts named; unknown words are warned about", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await host(page, `<event-timeline id="a" hash="false" sections="timeline references"></event-timeline>
    <event-timeline id="b" hash="false" sections="timeline bogus"></event-timeline>`, 2);
  const a = page.locator("#a");
  await expect(a.locator("[role=tab]").first()).toBeVisible();
  await expect(a.locator(".et-references")).toHaveCount(1);
  await expect(a.locator(".et-summary, .et-comparison")).toHaveCount(0);
  await expect(page.locator("#b .et-summary, #b .et-comparison, #b .et-references")).toHaveCount(0);
  expect(warnings).toEqual([
    "event-timeline: sections: unknown word bogus; valid: timeline, summary, comparison, references, search",
  ]);
  await a.evaluate((e) => e.removeAttribute("sections"));
  await expect(a.locator(".et-summary")).toHaveCount(1);
  // The iframe page takes it as a query parameter, pre-rendered or not.
  await gotoReady(page, "/embed/frame.html?sections=timeline");
  await expect(page.locator(".et-summary, .et-comparison, .et-references")).toHaveCount(0);
  await expect(page.locator("[role=tab]").first()).toBeVisible();
});

test("in print and without JavaScript every section shows in full", async ({ page, browser }) => {
  await gotoReady(page, "/");
  await page.emulateMedia({ media: "print" });
  for (const body of ["#et-summary__body", "#et-cmp-casualties__body", "#et-references__body"]) {
    await expect(page.locator(body)).toBeVisible();
  }
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto("/");
  for (const body of ["#et-summary__body", "#et-cmp-casualties__body", "#et-references__body"]) {
    await expect(plain.locator(body)).toBeVisible();
  }
  await noScript.close();
});

test("a page opened with the WebAssembly held back hydrates the closed sections without a jump", async ({ page }) => {
  await countReady(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/*_bg.wasm", async (route) => { await held; await route.continue(); });
  await page.goto("/");
  const boxes = () => page.locator(".et-section, .et-disclosure").evaluateAll((els) =>
    els.map((e) => JSON.stringify(e.getBoundingClientRect())));
  const before = await boxes();
  release();
  await waitReady(page);
  expect(await boxes()).toEqual(before);
});

test("below the table's width, each source's figures are a block of their own, with no sideways scrolling", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await gotoReady(page, "/");
  await page.locator("#et-cmp-casualties__heading button").click();
  await expect(page.locator(".et-table")).toBeHidden();
  const cards = page.locator(".et-claim-card");
  await expect(cards.first()).toBeVisible();
  expect(await cards.count()).toBeGreaterThanOrEqual(2);
  await expect(page.locator(".et-claim-cards .et-disagree-badge").first()).toHaveText("sources disagree");
  const sideways = await page.evaluate(() => [...document.querySelectorAll(".et-root *")]
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && ["auto", "scroll"].includes(getComputedStyle(e).overflowX)).map((e) => e.className));
  expect(sideways).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 700 });
  await expect(page.locator(".et-table")).toBeVisible();
  await expect(cards.first()).toBeHidden();
});

test("a citation in a headline opens its source after the heading, not inside it", async ({ page }) => {
  const story = JSON.parse(await (await page.request.get("/data/idlib-2014.json")).text());
  story.events[0].headline = `${story.events[0].headline}[1]`;
  await page.route("**/__cited.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(story) }));
  await host(page, `<event-timeline id="w" hash="false" src="/__cited.json"></event-timeline>`);
  const w = page.locator("#w");
  await w.locator("[id$=ev-overnight-attack_headline_c1]").click();
  const dialog = w.locator("[role=dialog]");
  await expect(dialog).toBeVisible();
  expect(await dialog.evaluate((d) => d.closest("h4") === null && d.previousElementSibling?.tagName)).toBe("H4");
  await page.keyboard.press("Escape");
  await expect(w.locator("[id$=ev-overnight-attack_headline_c1]")).toBeFocused();
});
