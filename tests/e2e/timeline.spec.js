// The interactive timeline on the built demo page, as a reader uses it: mouse, keyboard,
// citations, deep links, layout at 360 and 1280 px, both themes, print, axe-core.
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

test("every event is reachable by mouse, and its panel follows", async ({ page }) => {
  const problems = watch(page);
  await gotoReady(page, "./");
  for (const id of EVENTS) {
    await page.locator(`#et-tab-${id}`).click();
    await expect(selectedTab(page)).toHaveId(`et-tab-${id}`);
    await expect(page.locator(`#et-panel-${id}`)).toBeVisible();
    await expect(page.locator("[role=tabpanel]:visible")).toHaveCount(1);
  }
  expect(problems).toEqual([]);
});

test("every event is reachable by keyboard alone, with one Tab stop in the strip", async ({ page }) => {
  const problems = watch(page);
  await gotoReady(page, "./");
  // Tab from the top of the page until the strip has focus.
  let focused = "";
  for (let i = 0; i < 80 && !focused.startsWith("et-tab-"); i++) {
    await page.keyboard.press("Tab");
    focused = await page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.id ?? "";
    });
  }
  expect(focused).toBe("et-tab-overnight-attack");
  for (const id of EVENTS.slice(1)) {
    await page.keyboard.press("ArrowRight");
    await expect(page.locator(`#et-tab-${id}`)).toBeFocused();
    await expect(page.locator(`#et-panel-${id}`)).toBeVisible();
  }
  await page.keyboard.press("Home");
  await expect(page.locator("#et-tab-overnight-attack")).toBeFocused();
  await page.keyboard.press("End");
  await expect(page.locator("#et-tab-buildings-recaptured")).toBeFocused();
  // The next Tab leaves the strip for the selected panel.
  await page.keyboard.press("Tab");
  await expect(page.locator("#et-panel-buildings-recaptured")).toBeFocused();
  // The live region announces the headline only.
  await expect(page.locator("[aria-live=polite]")).toHaveText(
    "Pro-government forces recapture the buildings as the rebels pull out");
  expect(problems).toEqual([]);
});

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

test("every citation opens its source; Escape and outside clicks close it", async ({ page }) => {
  const problems = watch(page);
  await gotoReady(page, "./");
  let opened = 0;
  for (const id of EVENTS) {
    await page.locator(`#et-tab-${id}`).click();
    const citations = page.locator(".et-cite:visible");
    const count = await citations.count();
    for (let i = 0; i < count; i++) {
      const cite = citations.nth(i);
      const n = (await cite.getAttribute("aria-label")).replace("Citation ", "");
      await cite.click();
      const popover = page.locator("#et-popover");
      await expect(popover).toBeVisible();
      await expect(popover.locator(".et-popover-title")).toHaveText(`Reference ${n}`);
      await expect(popover.locator("a").first()).toHaveAttribute("href", `#et-ref-${n}`);
      await page.keyboard.press("Escape");
      await expect(popover).toHaveCount(0);
      await expect(cite).toBeFocused();
      opened++;
    }
  }
  // Every citation of the page was opened at least once (those outside panels once per event).
  const total = await page.locator(".et-cite").count();
  const outside = await page.locator(".et-cite:not(.et-panel .et-cite)").count();
  expect(opened).toBe((total - outside) + outside * EVENTS.length);
  // Keyboard: Enter and Space open; a click elsewhere closes.
  await page.locator("#et-tab-overnight-attack").click();
  const first = page.locator("#et-ev-overnight-attack-text-c1");
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

test("deep links open an event; the first event has no fragment; back and forward work", async ({ page }) => {
  const problems = watch(page);
  await gotoReady(page, "./#e-checkpoint-bombings");
  await expect(selectedTab(page)).toHaveId("et-tab-checkpoint-bombings");
  await page.locator("#et-tab-power-cut").click();
  await expect(page).toHaveURL(/#e-power-cut$/);
  await page.locator("#et-tab-overnight-attack").click();
  await expect(page).toHaveURL(/\/$/);
  await page.goBack();
  await expect(page).toHaveURL(/#e-power-cut$/);
  await expect(selectedTab(page)).toHaveId("et-tab-power-cut");
  await page.goBack();
  await expect(selectedTab(page)).toHaveId("et-tab-checkpoint-bombings");
  await page.goForward();
  await expect(selectedTab(page)).toHaveId("et-tab-power-cut");
  expect(problems).toEqual([]);
});

for (const width of [320, 360, 768, 1280, 1920]) {
  test(`no horizontal overflow at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await gotoReady(page, "./");
    await page.locator("#et-ev-overnight-attack-text-c1").click();
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
      await page.locator("#et-ev-checkpoint-bombings-text-c1").waitFor({ state: "attached" });
      await page.locator("#et-tab-checkpoint-bombings").click();
      await page.locator("#et-ev-checkpoint-bombings-text-c1").click();
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
