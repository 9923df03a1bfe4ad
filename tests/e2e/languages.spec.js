// Every reader's language: an Arabic story right to left (the axis from the right, arrow keys
// by what the reader sees, no overflow, axe-core clean), the raid with an Arabic interface,
// French words that must fit, and a language we do not ship.
import { test, expect } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";
import { host, watch } from "./host-page.js";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const ARABIC = readFileSync(new URL("../data/ar-story.json", import.meta.url), "utf8");
const FRENCH = readFileSync(new URL("../data/fr-story.json", import.meta.url), "utf8");
const IDS = JSON.parse(ARABIC).events.map((e) => e.id);

async function serve(page, path, body) {
  await page.route(`**${path}`, (route) => route.fulfill({ contentType: "application/json", body }));
}

async function noViolations(page) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }));
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
}

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);

for (const width of [390, 1280]) {
  test(`an Arabic story at ${width} px: right to left, in order from the right, arrow keys by sight, axe-clean`, async ({ page }, info) => {
    await page.setViewportSize({ width, height: 900 });
    await serve(page, "/__ar.json", ARABIC);
    const problems = await watch(page);
    await host(page, `<h1>صفحة المضيف</h1><event-timeline id="w" src="/__ar.json" hash="false"></event-timeline>`,
      { ready: 1, lang: "ar" });
    const w = page.locator("#w");
    const root = w.locator(".et-root");
    await expect(root).toHaveAttribute("dir", "rtl");
    await expect(root).toHaveAttribute("lang", "ar");
    await expect(w.locator(".et-references .et-disclosure")).toHaveText("المراجع");
    // Earliest first from the right: on the axis, each event's card starts no further right
    // than the one before it; in the narrow list, each is below the one before.
    const boxes = [];
    for (const id of IDS) boxes.push(await w.locator(`[role=tab][id$="-tab-${id}"]`).boundingBox());
    for (let i = 1; i < boxes.length; i++) {
      if (width >= 768) expect(boxes[i].x + boxes[i].width).toBeLessThanOrEqual(boxes[i - 1].x + boxes[i - 1].width + 1);
      else expect(boxes[i].y).toBeGreaterThan(boxes[i - 1].y);
    }
    if (width >= 768) {
      // The night comes first, so its band is to the right of the one before dawn.
      const night = await w.locator(".et-band-overnight").boundingBox();
      const dawn = await w.locator(".et-band-before-dawn").boundingBox();
      expect(night.x + night.width).toBeGreaterThan(dawn.x + dawn.width);
      expect(dawn.x).toBeLessThan(night.x);
    }
    // ArrowLeft moves to the later event (it is to the left), ArrowRight back.
    await w.locator(`[role=tab][id$="-tab-${IDS[0]}"]`).focus();
    await page.keyboard.press("ArrowLeft");
    await expect(w.locator("[role=tab][aria-selected=true]")).toHaveAttribute("id", `et-tab-${IDS[1]}`);
    await page.keyboard.press("ArrowRight");
    await expect(w.locator("[role=tab][aria-selected=true]")).toHaveAttribute("id", `et-tab-${IDS[0]}`);
    // The citation after an Arabic sentence sits at its end, which is on the left.
    const attach = w.locator(".et-panel:not([hidden]) .et-panel-text .et-attach");
    const [span, cite] = [await attach.boundingBox(), await attach.locator(".et-cite").boundingBox()];
    expect(Math.abs(cite.x - span.x)).toBeLessThan(2);
    await expect(w.locator(".et-panel:not([hidden]) .et-nav button").first()).toHaveText("→ السابق");
    await expect(w.locator(".et-panel:not([hidden]) .et-facts")).toContainText("١ من ٥");
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    mkdirSync("artifacts/screenshots", { recursive: true });
    const path = `artifacts/screenshots/arabic-${width}.png`;
    await page.screenshot({ path, fullPage: true });
    await info.attach(`arabic-${width}`, { path, contentType: "image/png" });
    expect(await noViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

test("the raid with an Arabic interface keeps its English text left to right", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const problems = await watch(page);
  await host(page, `<event-timeline id="w" lang="ar" hash="false"></event-timeline>`, { ready: 1 });
  const w = page.locator("#w");
  await expect(w.locator(".et-root")).toHaveAttribute("dir", "rtl");
  await expect(w.locator(".et-title")).toHaveAttribute("dir", "ltr");
  await expect(w.locator(".et-title")).toHaveAttribute("lang", "en");
  await expect(w.locator(".et-panel:not([hidden]) .et-when-phrase")).toHaveText("overnight");
  await expect(w.locator(".et-panel:not([hidden]) .et-when-date")).toHaveText("٢٧ تشرين الأول ٢٠١٤");
  // The widget's own words inside the English text are Arabic, right to left: the citation's
  // name, its popover (whose statement and reference details stay English), its Close button.
  const language = (locator) => locator.evaluate((el) => [el.closest("[lang]").lang, el.closest("[dir]").dir]);
  const cite = w.locator(".et-panel:not([hidden]) button.et-cite").first();
  expect(await language(cite)).toEqual(["ar", "rtl"]);
  await cite.click();
  const popover = w.locator(".et-popover");
  expect(await language(popover.locator(".et-popover-title"))).toEqual(["ar", "rtl"]);
  expect(await language(popover.locator("q"))).toEqual(["en", "rtl"]);
  const close = popover.locator("button");
  expect(await close.getAttribute("aria-label")).toContain((await close.textContent()).trim());
  await page.keyboard.press("Escape");
  // The element's lang can change: the widget speaks the new language at once.
  await w.evaluate((el) => el.setAttribute("lang", "fr"));
  await expect(w.locator(".et-root")).toHaveAttribute("dir", "ltr");
  await expect(w.locator(".et-panel:not([hidden]) .et-when-date")).toHaveText("27 octobre 2014");
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  expect(problems).toEqual([]);
});

test("French words fit a 320 px widget", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await serve(page, "/__fr.json", FRENCH);
  const problems = await watch(page);
  await host(page, `<h1>Page</h1><event-timeline id="w" src="/__fr.json" hash="false"></event-timeline>`, { ready: 1, lang: "fr" });
  const w = page.locator("#w");
  await expect(w.locator(".et-panel:not([hidden]) .et-nav button").last()).toHaveText("Suivant →");
  for (const button of await w.locator(".et-disclosure").all()) await button.click();
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  const cut = await w.evaluate((el) => [...el.shadowRoot.querySelectorAll(".et-root *")]
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX === "visible"
      && !["et-tab-time", "et-tab-title"].some((c) => e.classList.contains(c)))
    .map((e) => e.className));
  expect(cut).toEqual([]);
  expect(await noViolations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test("a language we do not ship falls back to English with one warning", async ({ page }) => {
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await host(page, `<event-timeline lang="de" hash="false"></event-timeline>`, { ready: 1 });
  await expect(page.locator("event-timeline .et-references .et-disclosure")).toHaveText("References");
  await page.locator("event-timeline [role=tab]").nth(2).click();
  expect(warnings.filter((w) => w.includes("no messages for language 'de'"))).toHaveLength(1);
});

test("when the WebAssembly cannot start, the one line says so in the widget's language", async ({ page }) => {
  await page.route("**/*_bg.wasm", (route) => route.abort());
  await host(page, `<event-timeline id="w" lang="ar"><p id="fallback">اقرأ القصة</p></event-timeline>`, { ready: 1, lang: "ar" });
  const root = page.locator("#w .et-root");
  await expect(root).toHaveAttribute("dir", "rtl");
  await expect(page.locator("#w .et-fatal")).toContainText("تعذّر تشغيل الخط الزمني التفاعلي");
  await expect(page.locator("#fallback")).toBeVisible();
});
