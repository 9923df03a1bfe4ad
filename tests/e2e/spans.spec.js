// Spans: an event that lasted is drawn from its start to its end (fuzzy where either end is
// uncertain, open where the end is not given), and its panel says until when.
import { test, expect } from "@playwright/test";
import { host, watch } from "./host-page.js";

const STORY = {
  title: "Made-up events that lasted",
  events: [
    { id: "siege", time: { at: "2020-01-02" }, end: { at: "2020-01-06" }, headline: "A siege of four days" },
    { id: "power-cut", time: { date: "2020-01-03", part: "before-dawn" }, headline: "The power is cut" },
    { id: "seized", time: { after: "power-cut", phrase: "after the power cut" }, end: { event: "retaken" }, headline: "A building is seized" },
    { id: "retaken", time: { date: "2020-01-03", part: "later-that-day", phrase: "later that day" }, headline: "The building is retaken" },
    { id: "hill", time: { at: "2020-01-07" }, end: { after: "hill", phrase: "for some weeks" }, headline: "A hill is held" },
    { id: "last", time: { at: "2020-01-09" }, headline: "The last event" },
  ],
};

for (const dir of ["ltr", "rtl"]) {
  test(`spans are drawn from start to end (${dir}), and the panel says until when`, async ({ page }) => {
    const problems = await watch(page);
    await page.route("**/__spans.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(STORY) }));
    await page.setViewportSize({ width: 1280, height: 900 });
    await host(page, `<event-timeline src="/__spans.json" hash="false" ${dir === "rtl" ? 'lang="ar"' : ""}></event-timeline>`, { ready: 1 });
    const w = page.locator("event-timeline");
    const spans = w.locator(".et-span");
    await expect(spans).toHaveCount(STORY.events.length);
    const box = async (i) => spans.nth(i).boundingBox();
    const [siege, cut, seized, , hill, last] = await Promise.all([0, 1, 2, 3, 4, 5].map(box));
    // The siege covers four days; a single day covers one; each reads the same way as the axis.
    expect(siege.width).toBeGreaterThan(3.5 * last.width);
    if (dir === "ltr") expect(siege.x).toBeLessThan(cut.x);
    else expect(siege.x + siege.width).toBeGreaterThan(cut.x + cut.width);
    // The seized building: from the power cut until later that day, fuzzy; the hill: open.
    await expect(spans.nth(2)).toHaveClass(/et-span-fuzzy/);
    await expect(spans.nth(4)).toHaveClass(/et-span-open/);
    await expect(spans.nth(0)).not.toHaveClass(/et-span-fuzzy|et-span-open/);
    expect(seized.width).toBeGreaterThan(cut.width);
    expect(hill.width).toBeGreaterThan(last.width);
    // The panel says until when.
    await w.locator("#et-tab-seized").click();
    const until = w.locator("#et-panel-seized .et-when-until");
    await expect(until).toHaveText(dir === "ltr" ? "until later that day, 3 January 2020" : /^حتى later that day/);
    await w.locator("#et-tab-siege").click();
    if (dir === "ltr") await expect(w.locator("#et-panel-siege .et-when-until")).toHaveText("until 6 January 2020");
    expect(problems).toEqual([]);
  });
}

test("about, before and between are said as such and drawn fuzzy over their range", async ({ page }) => {
  const problems = await watch(page);
  const story = {
    title: "Made-up dates a source is unsure of",
    events: [
      { id: "about", time: { about: "1820" }, headline: "Something around 1820" },
      { id: "between", time: { between: "1820", and: "1830" }, headline: "Something in the 1820s" },
      { id: "bce", time: { about: "-300" }, headline: "Something around 300 BCE" },
      { id: "before", time: { before: "1990-03" }, headline: "Something before March 1990" },
      { id: "exact", time: { at: "1990-04-25" }, headline: "Something on a day" },
    ],
  };
  // Events are in time order: 300 BCE first.
  story.events.unshift(story.events.splice(2, 1)[0]);
  await page.route("**/__circa.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(story) }));
  await page.setViewportSize({ width: 1280, height: 900 });
  await host(page, `<event-timeline id="en" src="/__circa.json" hash="false"></event-timeline>
    <event-timeline id="fr" src="/__circa.json" hash="false" lang="fr"></event-timeline>`, { ready: 2 });
  const times = (id) => page.locator(`#${id}`).locator("[role=tab] .et-tab-time");
  await expect(times("en")).toHaveText(["c. 300 BCE", "c. 1820", "between 1820 and 1830", "before March 1990", "25 April 1990"]);
  await expect(times("fr")).toHaveText(["vers 300 av. J.-C.", "vers 1820", "entre 1820 et 1830", "avant mars 1990", "25 avril 1990"]);
  // Marked uncertain (the stylesheet's ≈), the exact day not.
  await expect(page.locator("#en .et-tab-time.et-approx")).toHaveCount(4);
  const spans = page.locator("#en .et-span");
  for (const i of [0, 1, 2, 3]) await expect(spans.nth(i)).toHaveClass(/et-span-fuzzy/);
  await expect(spans.nth(4)).not.toHaveClass(/et-span-fuzzy/);
  // The panel marks them approximate, in words.
  await page.locator("#en #et-tab-about").click();
  await expect(page.locator("#en #et-panel-about .et-approx-badge")).toHaveText("approximate");
  expect(problems).toEqual([]);
});
