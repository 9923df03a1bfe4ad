// A story imported from TimelineJS3 (its own media template, converted by timeline-import)
// loaded through `src`: pictures appear only with their event, in a box that does not jump,
// and every other medium is a plain link, never a frame. And TimelineJS3's files themselves
// as `src`, converted in the browser by the same importer.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { host, record, recorded, watch } from "./host-page.js";

const TEMPLATE = "tests/data/timelinejs/all-media-types.json";
let imported;

test.beforeAll(() => {
  imported = execFileSync("cargo", ["run", "--quiet", "--bin", "timeline-import", "--", TEMPLATE],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
});

// A 300 × 200 picture for every https request the story's pictures make.
const PICTURE = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="200"><rect width="300" height="200" fill="#4a7"/></svg>`;

test("an imported story shows its pictures with their event only, and links the rest", async ({ page }) => {
  const story = JSON.parse(imported);
  const pictured = story.events.filter((e) => e.media?.kind === "image");
  expect(pictured.length).toBeGreaterThan(2);
  expect(story.events[0].media.kind).toBe("link");
  const requested = [];
  await page.route("https://**/*", (route) => {
    requested.push(route.request().url());
    return route.fulfill({ contentType: "image/svg+xml", body: PICTURE });
  });
  await page.route("**/__imported.json", (route) => route.fulfill({ contentType: "application/json", body: imported }));
  const problems = await watch(page);
  await host(page, `<event-timeline id="w" src="/__imported.json" hash="false"></event-timeline>`, { ready: 1 });
  const w = page.locator("#w");

  // The first event's medium is a link with words that say what it leads to (not its host),
  // opening nothing inside the page.
  const link = w.locator(".et-panel:not([hidden]) a.et-media-link");
  expect(story.events[0].media.title).not.toBe("m.youtube.com");
  await expect(link).toHaveText(story.events[0].media.title);
  await expect(link).toHaveAttribute("href", story.events[0].media.url);
  expect(await w.locator("iframe, video, audio, embed, object").count()).toBe(0);
  expect(requested).toEqual([]); // no picture of a hidden event was fetched

  // Selecting a pictured event loads its picture, and only its.
  const event = pictured[1];
  await w.locator(`[role=tab][id$="-tab-${event.id}"]`).click();
  const img = w.locator(".et-panel:not([hidden]) img.et-media-image");
  await expect(img).toHaveAttribute("alt", event.media.alt);
  await expect(img).toHaveAttribute("loading", "lazy");
  await expect.poll(() => img.evaluate((i) => i.complete && i.naturalWidth)).toBe(300);
  expect(requested).toEqual([event.media.url]);
  // Its box had its shape before the picture arrived (3 : 2), so nothing below it moved.
  const box = await img.boundingBox();
  expect(Math.abs(box.height - (box.width * 2) / 3)).toBeLessThan(1);
  if (event.media.caption) await expect(w.locator(".et-panel:not([hidden]) figcaption")).toContainText(event.media.caption.replace(/\[\d+\]/g, "").trim().slice(0, 20));
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(problems).toEqual([]);
});

/** Serves `body` at `path` with this content type, for a widget's `src`. */
const serve = (page, path, body, contentType) =>
  page.route(`**${path}`, (route) => route.fulfill({ contentType, body }));

/** What `timeline-import` makes of a template: the events and eras every reader should see. */
const converted = (file) => JSON.parse(execFileSync("cargo", ["run", "--quiet", "--bin", "timeline-import", "--", file],
  { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));

test("TimelineJS3 files given as src show every event, told apart by their content", async ({ page }) => {
  await page.route("https://**/*", (route) => route.fulfill({ contentType: "image/svg+xml", body: PICTURE }));
  const problems = await watch(page);
  const json = readFileSync("tests/data/timelinejs/eras.json", "utf8");
  // The spreadsheet as Excel saves it: a byte order mark and Windows line ends, served as
  // plain text from an address without .csv: only its content says what it is.
  const csv = "\ufeff" + readFileSync("tests/data/timelinejs/my-own-timeline.csv", "utf8").replace(/\r?\n/g, "\r\n");
  await serve(page, "/__eras.json", json, "application/json");
  await serve(page, "/__sheet", csv, "text/plain");
  await host(page, `<event-timeline id="j" src="/__eras.json" hash="false"></event-timeline>
    <event-timeline id="c" src="/__sheet" hash="false"></event-timeline>`, { ready: 2 });
  for (const [id, file] of [["j", "tests/data/timelinejs/eras.json"], ["c", "tests/data/timelinejs/my-own-timeline.csv"]]) {
    const story = converted(file);
    const w = page.locator(`#${id}`);
    await expect(w.locator(".et-title")).toHaveText(story.title);
    const tabs = w.locator("[role=tab]");
    await expect(tabs).toHaveCount(story.events.length);
    await expect(tabs.first()).toContainText(story.events[0].headline);
    await expect(tabs.last()).toContainText(story.events.at(-1).headline);
    // Eras arrive as eras, in the list a screen reader reads.
    await expect(w.locator(".et-eras li")).toHaveCount(story.eras?.length ?? 0);
  }
  expect(converted("tests/data/timelinejs/eras.json").eras.length).toBe(3);
  // What was not carried over is said once per widget, in the console, and nothing else is.
  const said = problems.filter((p) => p.startsWith("console: event-timeline: read a TimelineJS3"));
  expect(said.length).toBe(2);
  expect(said.find((p) => p.includes("spreadsheet saved as CSV"))).toContain("media from www.youtube.com becomes a link");
  expect(problems.filter((p) => !said.includes(p))).toEqual([]);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

test("a TimelineJS3 file with nothing to show says why, with every reason, and runs none of its markup", async ({ page }) => {
  await record(page, "timeline-error");
  const problems = await watch(page);
  const sheet = "Year,Headline,Text\n0,Year zero,<img src=x onerror=\"window.__ran=1\">\n2014,<script>window.__ran=2</script>,x\n";
  await serve(page, "/__sheet.csv", sheet, "text/csv");
  await host(page, `<event-timeline id="w" src="/__sheet.csv" hash="false"></event-timeline>`, { ready: 1 });
  const [error] = await recorded(page);
  expect(error.type).toBe("timeline-error");
  const messages = error.detail.messages;
  expect(messages.some((m) => m.includes("its year is 0, which no calendar has"))).toBe(true);
  expect(messages.at(-1)).toContain("a TimelineJS3 spreadsheet saved as CSV that could not be converted: no event");
  // The widget shows the same list, as text.
  const w = page.locator("#w");
  for (const message of messages) await expect(w.getByText(message, { exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.__ran)).toBeUndefined();
  expect(await w.locator("img, script").count()).toBe(0);
  expect(problems.filter((p) => !p.includes("event-timeline"))).toEqual([]);
});

test("TimelineJS3's cosmic template as src runs from the Big Bang to Hubble, in words", async ({ page }) => {
  await page.route("https://**/*", (route) => route.fulfill({ contentType: "image/svg+xml", body: PICTURE }));
  const problems = await watch(page);
  await serve(page, "/__cosmo.json", readFileSync("tests/data/timelinejs/cosmo-mixed.json", "utf8"), "application/json");
  await host(page, `<event-timeline id="w" src="/__cosmo.json" hash="false"></event-timeline>`, { ready: 1 });
  const w = page.locator("#w");
  const times = w.locator("[role=tab] .et-tab-time");
  await expect(times).toHaveCount(11);
  await expect(times.first()).toHaveText("13.8 billion years ago");
  await expect(times.nth(3)).toHaveText("300,000 BCE");
  await expect(times.nth(5)).toHaveText("300 BCE");
  await expect(times.last()).toHaveText("25 April 1990");
  // The keys reach every one of them.
  await w.locator("[role=tab]").first().click();
  await page.keyboard.press("End");
  await expect(w.locator("[role=tab]").last()).toBeFocused();
  expect(problems.filter((p) => !p.startsWith("console: event-timeline: read a TimelineJS3"))).toEqual([]);
});
