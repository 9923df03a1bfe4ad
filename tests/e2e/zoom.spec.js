// Zoom and pan (the full build): buttons, keys, Ctrl + wheel, a pinch, a drag and a horizontal
// scroll; ticks for the span shown, clusters that split, the selection kept in view and every
// event reached by keyboard, right to left mirrored.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { generate } from "../../bench/generate.mjs";
import { host, watch } from "./host-page.js";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

// Twelve events two days apart, at minutes: a short story, each tab on the axis.
const pad = (n) => String(n).padStart(2, "0");
const twelve = (lang) => ({
  title: lang === "ar" ? "اثنا عشر يومًا" : "Twelve days",
  ...(lang ? { lang } : {}),
  events: Array.from({ length: 12 }, (_, i) => ({
    id: `d${i + 1}`,
    time: { at: `2020-01-${pad(i * 2 + 1)}T${pad(8 + i)}:30` },
    headline: `${lang === "ar" ? "حدث" : "Event"} ${i + 1}`,
    text: "Text.",
  })),
});

async function open(page, stories, { lang = "en" } = {}) {
  const problems = await watch(page);
  for (const [name, story] of Object.entries(stories)) {
    await page.route(`**/__${name}.json`, (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(story) }));
  }
  const elements = Object.keys(stories).map((name) => `<event-timeline id="${name}" src="/__${name}.json" hash="false"></event-timeline>`);
  await page.setViewportSize({ width: 1280, height: 900 });
  await host(page, `<h1>Zoom</h1>${elements.join("")}`, { ready: elements.length, lang });
  return problems;
}

const ticks = (w) => w.locator(".et-tick-label").allTextContents();
const said = (w) => w.locator(".et-vh[aria-live]");
// The ids of the tabs drawn on the axis, left to right on screen.
const shownTabs = async (w) => {
  const tabs = await w.locator(".et-tab:not(.et-tab-out)").evaluateAll((all) =>
    all.map((t) => ({ id: t.id.replace(/^.*-tab-/, ""), x: t.getBoundingClientRect().x })));
  return tabs.sort((a, b) => a.x - b.x).map((t) => t.id);
};
// The largest number of events one cluster bar stands for.
const largestCluster = async (w) => Math.max(...(await w.locator(".et-cluster").evaluateAll((bars) =>
  bars.map((b) => Number(b.title.replace(/\D/g, ""))))));

test("a long story zooms by button, key and Ctrl + wheel, and pans by drag and scroll", async ({ page }) => {
  const problems = await open(page, { big: generate(10_000, "years") });
  const w = page.locator("#big");
  const [zoomOut, zoomIn, fit] = [w.locator(".et-zoom-out"), w.locator(".et-zoom-in"), w.locator(".et-zoom-fit")];
  await expect(w.locator(".et-zoom")).toHaveAttribute("aria-label", "Zoom");
  await expect(zoomIn).toHaveAccessibleName("Zoom in");
  await expect(zoomOut).toHaveAttribute("aria-disabled", "true");
  await expect(fit).toHaveAttribute("aria-disabled", "true");
  const whole = await ticks(w);
  const wholeCluster = await largestCluster(w);
  expect(whole).toContain("2020");

  // Buttons: twice as close each; the view is said; clusters split.
  await zoomIn.click();
  await zoomIn.click();
  await expect(said(w)).toHaveText(/^Showing 2000 to 200\d$/);
  await expect(zoomOut).not.toHaveAttribute("aria-disabled");
  expect(await ticks(w)).not.toEqual(whole);
  expect(await largestCluster(w)).toBeLessThan(wholeCluster);
  await zoomOut.click();
  await fit.click();
  await expect(fit).toHaveAttribute("aria-disabled", "true");
  expect(await ticks(w)).toEqual(whole);

  // Keys, where the axis has focus: +, −, 0; the selection stays and keeps focus.
  const selected = w.locator("[aria-selected=true]");
  await selected.focus();
  for (let i = 0; i < 6; i++) await page.keyboard.press("+");
  await expect(fit).not.toHaveAttribute("aria-disabled");
  const close = await ticks(w);
  expect(close.join(" ")).toMatch(/January|February|March/);
  await expect(selected).toBeFocused();
  await expect(w.locator(".et-cluster-selected")).toHaveCount(1);
  await page.keyboard.press("-");
  expect(await ticks(w)).not.toEqual(close);
  await page.keyboard.press("0");
  await expect(fit).toHaveAttribute("aria-disabled", "true");

  // Keyboard through a zoomed view: End goes to the last event, and the view follows it.
  await page.keyboard.press("+");
  await page.keyboard.press("+");
  await page.keyboard.press("End");
  await expect(selected).toHaveId(/event-10000$/);
  await expect(selected).toBeFocused();
  await expect(w.locator(".et-cluster-selected")).toHaveCount(1);
  await page.keyboard.press("0");

  // Ctrl + wheel over the axis zooms around the pointer; a horizontal scroll and a drag pan.
  const axis = await w.locator(".et-bands").boundingBox();
  await page.mouse.move(axis.x + axis.width / 2, axis.y + axis.height / 2);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -400);
  await page.keyboard.up("Control");
  await expect(fit).not.toHaveAttribute("aria-disabled");
  const wheeled = await ticks(w);
  expect(wheeled).not.toEqual(whole);
  await page.mouse.wheel(300, 0);
  await expect.poll(() => ticks(w)).not.toEqual(wheeled);
  const scrolled = await ticks(w);
  await page.mouse.move(axis.x + axis.width / 2, axis.y + axis.height / 2);
  await page.mouse.down();
  await page.mouse.move(axis.x + axis.width / 2 + 200, axis.y + axis.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => ticks(w)).not.toEqual(scrolled);
  // The page did not scroll sideways or zoom itself.
  expect(await page.evaluate(() => [window.scrollX, window.visualViewport.scale])).toEqual([0, 1]);

  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] }));
  expect(result.violations.map((v) => v.id)).toEqual([]);
  expect(problems).toEqual([]);
});

test("a short story zoomed places finer, shows hours, and reaches every event by keyboard", async ({ page }) => {
  const problems = await open(page, { few: twelve() });
  const w = page.locator("#few");
  expect(await shownTabs(w)).toHaveLength(12);
  const gap = async () => {
    const [a, b] = [await w.locator("[id$=-tab-d1]").boundingBox(), await w.locator("[id$=-tab-d2]").boundingBox()];
    return b.x - a.x;
  };
  const wide = await gap();
  const selected = w.locator("[aria-selected=true]");
  await selected.focus();
  await page.keyboard.press("+");
  // Twice as close: two days apart are twice as far apart on screen.
  expect(await gap()).toBeGreaterThan(wide * 1.6);
  for (let i = 0; i < 3; i++) await page.keyboard.press("+");
  const shown = await shownTabs(w);
  expect(shown.length).toBeLessThan(12);
  expect(shown).toContain("d1");
  // Every event, one key at a time: each is drawn and focused as it is reached.
  for (let i = 2; i <= 12; i++) {
    await page.keyboard.press("ArrowRight");
    await expect(selected).toHaveId(new RegExp(`-tab-d${i}$`));
    await expect(selected).toBeFocused();
    await expect(selected).toBeVisible();
    expect(await shownTabs(w)).toContain(`d${i}`);
  }
  // Close enough, the ticks are hours of the day.
  for (let i = 0; i < 3; i++) await page.keyboard.press("+");
  expect((await ticks(w)).some((t) => /^\d\d:\d\d$/.test(t))).toBe(true);
  await expect(said(w)).toHaveText(/^Showing 23 January 2020, \d\d:\d\d to 23 January 2020, \d\d:\d\d$/);
  // A drag is not a click: it selects nothing.
  const before = await selected.getAttribute("id");
  const tab = await selected.boundingBox();
  await page.mouse.move(tab.x + 10, tab.y + 10);
  await page.mouse.down();
  await page.mouse.move(tab.x - 200, tab.y + 10, { steps: 5 });
  await page.mouse.up();
  await expect(selected).toHaveId(before);
  expect(problems).toEqual([]);
});

test("two fingers pinch, and right to left the axis, its zoom and its pan are mirrored", async ({ page }) => {
  const problems = await open(page, { ltr: twelve(), rtl: twelve("ar") });
  for (const id of ["ltr", "rtl"]) {
    const w = page.locator(`#${id}`);
    const order = await shownTabs(w);
    // Left to right on screen: earliest first, or (right to left) latest first.
    expect(order[0]).toBe(id === "ltr" ? "d1" : "d12");
    // A pinch: two pointers on the axis moving apart.
    const box = await w.locator(".et-bands").boundingBox();
    const y = box.y + box.height / 2;
    const mid = box.x + box.width / 2;
    await w.locator(".et-bands").evaluate((bands, { mid, y }) => {
      const send = (type, id, x, target) => target.dispatchEvent(new PointerEvent(type, {
        pointerId: id, clientX: x, clientY: y, button: type === "pointermove" ? -1 : 0,
        pointerType: "touch", bubbles: true, composed: true,
      }));
      send("pointerdown", 11, mid - 50, bands);
      send("pointerdown", 12, mid + 50, bands);
      for (let d = 60; d <= 200; d += 20) {
        send("pointermove", 11, mid - d, bands);
        send("pointermove", 12, mid + d, bands);
      }
      send("pointerup", 11, mid - 200, bands);
      send("pointerup", 12, mid + 200, bands);
    }, { mid, y });
    await expect(w.locator(".et-zoom-fit")).not.toHaveAttribute("aria-disabled");
    const pinched = await shownTabs(w);
    expect(pinched.length).toBeLessThan(12);
    // A horizontal scroll toward the end of the line (right, or left right to left) shows
    // later events.
    await page.mouse.move(mid, y);
    for (let i = 0; i < 6; i++) await page.mouse.wheel(id === "ltr" ? 400 : -400, 0);
    const later = await shownTabs(w);
    const number = (ids) => Math.max(...ids.map((t) => Number(t.slice(1))));
    await expect.poll(async () => number(await shownTabs(w))).toBeGreaterThan(number(pinched));
    expect(later).not.toEqual(pinched);
    await w.locator(".et-zoom-fit").click();
    await expect(w.locator(".et-zoom-fit")).toHaveAttribute("aria-disabled", "true");
    // Safari's trackpad pinch: gesture events whose scale grows as the fingers part.
    await w.locator(".et-bands").evaluate((bands, { mid, y }) => {
      for (const [type, scale] of [["gesturestart", 1], ["gesturechange", 1.5], ["gesturechange", 3]]) {
        const e = new UIEvent(type, { bubbles: true, composed: true, cancelable: true });
        Object.defineProperties(e, { scale: { value: scale }, clientX: { value: mid } });
        bands.dispatchEvent(e);
      }
    }, { mid, y });
    expect((await shownTabs(w)).length).toBeLessThan(12);
    await w.locator(".et-zoom-fit").click();
  }
  expect(problems).toEqual([]);
});
