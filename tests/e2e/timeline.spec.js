// The interactive timeline on the built demo page, in Chromium, for what needs Playwright:
// layout at five widths, both colour schemes with axe-core, print emulation, citation details.
// The reader tasks every engine must pass (mouse, keyboard, every citation, deep links) are in
// tests/engines/tasks.mjs, run in Chromium, Firefox and WebKit.
import { test, expect } from "@playwright/test";
import { readFileSync, mkdirSync } from "node:fs";
import { gotoReady } from "./ready.js";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const EVENTS = [
  "overnight-attack", "checkpoint-bombings", "hill-captured", "hill-recaptured", "power-cut",
  "buildings-seized", "checkpoints-taken", "sleeper-cell", "buildings-recaptured",
];

/** Collects console errors and warnings, page errors and requests that leave the local server. */
function watch(page) {
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e}`));
  page.on("request", (r) => {
    if (!r.url().startsWith("http://127.0.0.1:")) problems.push(`outside request: ${r.url()}`);
  });
  return problems;
}

const selectedTab = (page) => page.locator("[role=tab][aria-selected=true]");

test("arrow keys are handled by the widget only, never by the page", async ({ page }) => {
  await gotoReady(page, "./");
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press("ArrowRight");
  // The same key inside the strip does move: the widget is live and had its chance to act.
  await page.locator("#et-tab-power-cut").click();
  await page.keyboard.press("ArrowRight");
  await expect(selectedTab(page)).toHaveId("et-tab-buildings-seized");
  await page.evaluate(() => document.activeElement?.blur());
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Home");
  await page.waitForTimeout(100);
  await expect(selectedTab(page)).toHaveId("et-tab-buildings-seized");
});

test("citations open by Enter and Space, close on an outside click, and lead to their reference and back", async ({ page }) => {
  const problems = watch(page);
  await gotoReady(page, "./");
  // Keyboard: Enter and Space open; a click elsewhere closes.
  await page.locator("#et-tab-overnight-attack").click();
  const first = page.locator("#et-ev-overnight-attack_text_c1");
  await first.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#et-popover")).toBeVisible();
  await page.locator(".et-title").click();
  await expect(page.locator("#et-popover")).toHaveCount(0);
  await first.focus();
  await page.keyboard.press(" ");
  await expect(page.locator("#et-popover")).toContainText("cut off the city from the south");
  // The link goes to the reference entry, which links back to the events citing it.
  await page.locator("#et-popover a").first().click();
  await expect(page.locator("#et-ref-1")).toBeInViewport();
  await page.locator("#et-ref-9 a", { hasText: "power cut" }).click();
  await expect(selectedTab(page)).toHaveId("et-tab-power-cut");
  expect(problems).toEqual([]);
});

for (const width of [320, 360, 768, 1280, 1920]) {
  test(`no horizontal overflow at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await gotoReady(page, "./");
    await page.locator("#et-ev-overnight-attack_text_c1").click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const horizontal = await page.locator(".et-bands").isVisible();
    expect(horizontal).toBe(width >= 800);
  });
}

for (const scheme of ["light", "dark"]) {
  for (const width of [360, 1280]) {
    test(`axe-core finds no violations, ${scheme}, ${width} px (screenshot saved)`, async ({ page }, info) => {
      const problems = watch(page);
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width, height: 900 });
      await gotoReady(page, "./");
      await page.locator("#et-ev-checkpoint-bombings_text_c1").waitFor({ state: "attached" });
      await page.locator("#et-tab-checkpoint-bombings").click();
      await page.locator("#et-ev-checkpoint-bombings_text_c1").click();
      mkdirSync("artifacts/screenshots", { recursive: true });
      const path = `artifacts/screenshots/timeline-${width}-${scheme}.png`;
      await page.screenshot({ path, fullPage: true });
      await info.attach(`timeline-${width}-${scheme}`, { path, contentType: "image/png" });
      await page.addScriptTag({ content: AXE });
      const result = await page.evaluate(() =>
        window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }));
      const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
      expect(violations).toEqual([]);
      expect(problems).toEqual([]);
    });
  }
}

test("the theme can be forced against the system preference", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await gotoReady(page, "./");
  const dark = await page.locator(".et-root").evaluate((e) => getComputedStyle(e).backgroundColor);
  await page.locator(".et-root").evaluate((e) => e.classList.replace("et-theme-auto", "et-theme-light"));
  const light = await page.locator(".et-root").evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(dark).toBe("rgb(22, 24, 29)");
  expect(light).toBe("rgb(255, 255, 255)");
});

test("print shows every event with its citations and the references, not the controls", async ({ page }) => {
  await gotoReady(page, "./");
  await page.emulateMedia({ media: "print" });
  for (const id of EVENTS) await expect(page.locator(`#et-panel-${id}`)).toBeVisible();
  await expect(page.locator(".et-axis")).toBeHidden();
  await expect(page.locator(".et-nav").first()).toBeHidden();
  await expect(page.locator("#et-ref-10")).toBeVisible();
  await expect(page.locator("#et-panel-sleeper-cell .et-cite")).toHaveText(["[10]", "[8]"]);
});

test("the time axis draws labelled bands, one date tick and fuzzy spans", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoReady(page, "./");
  await expect(page.locator(".et-band")).toHaveText(["overnight", "before dawn", "in the morning", "later that day"]);
  await expect(page.locator(".et-tick-label")).toHaveText(["27 October 2014"]);
  await expect(page.locator(".et-span-fuzzy")).toHaveCount(9);
  await expect(page.locator(".et-span-open")).toHaveCount(2);
  // The overnight band crosses the midnight tick.
  const band = await page.locator(".et-band-overnight").boundingBox();
  const tick = await page.locator(".et-tick").boundingBox();
  expect(band.x).toBeLessThan(tick.x);
  expect(band.x + band.width).toBeGreaterThan(tick.x);
  // Tabs never overlap each other.
  const boxes = await page.locator("[role=tab]").evaluateAll((tabs) => tabs.map((t) => t.getBoundingClientRect().toJSON()));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
      expect(overlap, `tabs ${i} and ${j} overlap`).toBe(false);
    }
  }
});
