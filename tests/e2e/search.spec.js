// Finding events: the search field and the filters by side and by place, their matches on the
// axis and in the strip, the count said politely, Escape, the keys and Previous/Next moving
// between matches, and the search in the widget's URL fragment (deep links, back/forward).
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { host, watch } from "./host-page.js";
import { countReady, waitReady } from "./ready.js";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

// Thirty events (more than the twenty above which the search shows by itself): three sides,
// three places, one French and one Arabic place written with their marks. Made up for the test.
const SIDES = ["Army", "Rebels", "Société civile"];
const PLACES = ["Saraqib", "Ariha", "مدينة إِدْلِب"];
const STORY = {
  title: "Thirty made-up events",
  events: Array.from({ length: 30 }, (_, i) => ({
    id: `e${i + 1}`,
    time: { at: `2020-01-${String(i + 1).padStart(2, "0")}` },
    headline: i === 12 ? "The Mansion is taken" : `Event number ${i + 1}`,
    place: PLACES[i % 3],
    sides: [SIDES[i % 3]],
  })),
};
const count = (predicate) => STORY.events.filter(predicate).length;

async function open(page) {
  await page.route("**/__story.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(STORY) }));
  await host(page, `<h1>Made-up events</h1><event-timeline src="/__story.json"></event-timeline>`, { ready: 1 });
  return page.locator("event-timeline");
}

test("typing finds events by words, accents and Arabic marks aside, and Escape clears", async ({ page }) => {
  const problems = await watch(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  const w = await open(page);
  const field = w.getByRole("searchbox", { name: "Find events" });
  const tabs = w.getByRole("tab");
  await expect(tabs).toHaveCount(30);
  await field.fill("saraqib");
  const saraqib = count((e) => e.place === "Saraqib");
  await expect(tabs).toHaveCount(saraqib);
  await expect(w.getByRole("status")).toHaveText(`${saraqib} of 30 events`);
  // The selection moved to the first match; the spans of the others are dimmed on the axis.
  await expect(w.locator("[aria-selected=true]")).toHaveId("et-tab-e1");
  await expect(w.locator(".et-span-dim")).toHaveCount(30 - saraqib);
  await expect(field).toBeFocused();
  // Accents, case and Arabic short vowels and hamza forms do not matter.
  await field.fill("SOCIETE");
  await expect(tabs).toHaveCount(count((e) => e.sides[0] === "Société civile"));
  await field.fill("ادلب");
  await expect(tabs).toHaveCount(count((e) => e.place === PLACES[2]));
  await field.fill("mansion taken");
  await expect(tabs).toHaveCount(1);
  await expect(w.locator("[aria-selected=true]")).toHaveId("et-tab-e13");
  await field.fill("nothing like this");
  await expect(w.getByRole("status")).toHaveText("0 of 30 events");
  await expect(tabs).toHaveCount(1); // the selection keeps its tab, the one Tab stop
  await field.press("Escape");
  await expect(field).toHaveValue("");
  await expect(tabs).toHaveCount(30);
  await expect(w.getByRole("status")).toHaveText("");
  expect(problems).toEqual([]);
});

test("filters by side and place, keys and Previous/Next go from match to match, axe passes", async ({ page }) => {
  const problems = await watch(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  const w = await open(page);
  await w.getByLabel("Side").selectOption({ label: "Rebels" });
  await w.getByLabel("Place").selectOption({ label: "Ariha" });
  const both = STORY.events.filter((e) => e.sides[0] === "Rebels" && e.place === "Ariha").map((e) => e.id);
  expect(both.length).toBeGreaterThan(2);
  await expect(w.getByRole("tab")).toHaveCount(both.length);
  await expect(w.locator("[aria-selected=true]")).toHaveId(`et-tab-${both[0]}`);
  await w.locator("[aria-selected=true]").focus();
  await page.keyboard.press("ArrowRight");
  await expect(w.locator("[aria-selected=true]")).toHaveId(`et-tab-${both[1]}`);
  await expect(w.locator("[aria-selected=true]")).toBeFocused();
  await page.keyboard.press("End");
  await expect(w.locator("[aria-selected=true]")).toHaveId(`et-tab-${both.at(-1)}`);
  const panel = w.locator(".et-panel:not([hidden])");
  await expect(panel.getByRole("button", { name: /^No next event/ })).toBeDisabled();
  await panel.getByRole("button", { name: /^Previous event/ }).click();
  await expect(w.locator("[aria-selected=true]")).toHaveId(`et-tab-${both.at(-2)}`);
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] }));
  expect(result.violations.map((v) => v.id)).toEqual([]);
  expect(problems).toEqual([]);
});

test("the search lives in the widget's URL fragment: deep links, back and forward", async ({ page }) => {
  // A deep link: the page opens on a fragment naming an event and a search.
  await open(page);
  await countReady(page);
  await page.goto("about:blank");
  await page.goto("/__host.html#e-e5&q=event&place=Ariha");
  await waitReady(page, 1);
  const w = page.locator("event-timeline");
  const ariha = STORY.events.filter((e) => e.place === "Ariha").map((e) => e.id);
  await expect(w.getByRole("tab")).toHaveCount(ariha.length);
  await expect(w.getByLabel("Place")).toHaveValue("0"); // Ariha, first in alphabetical order
  await expect(w.getByRole("searchbox")).toHaveValue("event");
  await expect(w.locator("[aria-selected=true]")).toHaveId("et-tab-e5");
  // A filter pushes an entry: Back returns to the search before it.
  await w.getByLabel("Side").selectOption({ label: "Army" });
  await expect(page).toHaveURL(/&side=Army/);
  const armyInAriha = STORY.events.filter((e) => e.place === "Ariha" && e.sides[0] === "Army").length;
  await expect(w.getByRole("tab")).toHaveCount(armyInAriha + (armyInAriha ? 0 : 1));
  await page.goBack();
  await expect(w.getByRole("tab")).toHaveCount(ariha.length);
  await expect(w.getByLabel("Side")).toHaveValue("");
  // Escape clears, and the fragment keeps only the event.
  await w.getByRole("searchbox").press("Escape");
  await expect(w.getByRole("tab")).toHaveCount(30);
  expect(new URL(page.url()).hash).toMatch(/^#e-e\d+$/);
});

test("a short story shows no search unless the host names it, and an Arabic widget searches in Arabic", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/");
  const w = page.locator("event-timeline");
  await expect(w.getByRole("tab")).toHaveCount(9);
  await expect(w.getByRole("search")).toHaveCount(0);
  // Named in `sections`, the search shows on the raid too (the element moves to the full build).
  await w.evaluate((e) => e.setAttribute("sections", "timeline search references"));
  await expect(w.getByRole("searchbox", { name: "Find events" })).toBeVisible();
  await w.getByRole("searchbox").fill("mansion");
  const status = w.getByRole("status");
  await expect(status).toHaveText(/^\d of 9 events$/);
  await w.evaluate((e) => e.setAttribute("lang", "ar"));
  await expect(w.getByRole("searchbox", { name: "البحث في الأحداث" })).toBeVisible();
  expect(problems).toEqual([]);
});
