// The two WebAssembly builds (docs/size.md): a pre-rendered page whose story still matches
// the pre-renderer's fingerprint runs on the viewer (no checker); every other story, and any
// story that changed since it was checked, goes to the build that checks it and says what is
// wrong, with the same messages as `timeline-check`.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { host, record, recorded, watch } from "./host-page.js";
import { gotoReady, waitReady } from "./ready.js";
import { brokenExpected, brokenStory } from "./broken-story.js";

const BROKEN = brokenStory("citation-missing-reference");
// `timeline-check` writes "26:15: …"; the widget words the same place "line 26, column 15: …".
const BROKEN_SAYS = brokenExpected("citation-missing-reference")
  .trim().replace(/^(\d+):(\d+): /, "line $1, column $2: ");

/** Records which of the two builds the page asks for. */
function builds(page) {
  const asked = [];
  page.on("request", (r) => {
    const file = new URL(r.url()).pathname.split("/").pop();
    if (file.endsWith("_bg.wasm")) asked.push(file);
  });
  return asked;
}

test("the element's fingerprint meets the Rust one's test vectors", async ({ page }) => {
  const vectors = JSON.parse(readFileSync(new URL("../data/fingerprints.json", import.meta.url), "utf8"));
  await gotoReady(page, "/");
  const got = await page.evaluate(async (texts) => {
    const { fingerprint } = await import("/embed/event-timeline.js");
    return texts.map((text) => fingerprint(new TextEncoder().encode(text)));
  }, vectors.map(([text]) => text));
  expect(got).toEqual(vectors.map(([, hash]) => hash));
});

test("the pre-rendered demo page runs on the viewer and never loads the checking build", async ({ page }) => {
  const problems = await watch(page);
  const asked = builds(page);
  await gotoReady(page, "/");
  await page.locator("[role=tab][id$='-tab-power-cut']").click();
  await expect(page.locator("[role=tabpanel]:visible .et-panel-title")).toContainText("power cut");
  expect(asked).toEqual(["viewer_bg.wasm"]);
  expect(problems).toEqual([]);
});

test("the viewer draws the raid's spans: the hill held until retaken, the buildings until recaptured", async ({ page }) => {
  const problems = await watch(page);
  const asked = builds(page);
  await gotoReady(page, "/");
  const until = (id) => page.locator(`[id$='-panel-${id}'] .et-when-until`);
  // Said in the panel of the event that lasted, by the viewer as by the pre-renderer.
  await page.locator("[role=tab][id$='-tab-buildings-seized']").click();
  // Its start ("during or after the power cut") has no date of its own: the end says it.
  await expect(until("buildings-seized")).toHaveText("until later that day, 27 October 2014");
  await expect(until("buildings-seized")).toBeVisible();
  await page.locator("[role=tab][id$='-tab-hill-captured']").click();
  await expect(until("hill-captured")).toHaveText("until later (time not given)");
  await expect(page.locator(".et-when-until")).toHaveCount(2);
  // The buildings' bar runs from the power cut's part of the day to the recapture's.
  const bars = page.locator(".et-span");
  const seized = await bars.nth(5).boundingBox();
  const recaptured = await bars.nth(8).boundingBox();
  expect(seized.x + seized.width).toBeGreaterThanOrEqual(recaptured.x + recaptured.width - 2);
  expect(asked).toEqual(["viewer_bg.wasm"]);
  expect(problems).toEqual([]);
});

test("a host's own data goes to the build that checks it", async ({ page }) => {
  const asked = builds(page);
  await host(page, `<event-timeline src="/data/idlib-2014.json"></event-timeline>`, { ready: 1 });
  await expect(page.locator("event-timeline .et-title")).toHaveText("2014 raid on Idlib city");
  expect(asked).toEqual(["widget_bg.wasm"]);
});

test("a pre-rendered story edited after the build is checked, and its problems are shown", async ({ page }) => {
  const asked = builds(page);
  await record(page, "timeline-error");
  const html = await (await page.request.get("/")).text();
  const story = html.match(/<script type="application\/json" class="et-story"[^>]*>([^<]*)<\/script>/);
  expect(story).not.toBeNull();
  // The same fingerprint mark, other bytes: a reference the text cites is gone.
  const edited = JSON.parse(story[1]);
  edited.references = edited.references.filter((r) => r.id !== 9);
  const page2 = html.replace(story[1], JSON.stringify(edited));
  await page.route("**/__edited.html", (route) => route.fulfill({ contentType: "text/html", body: page2 }));
  await gotoReady(page, "/__edited.html");
  const widget = page.locator("event-timeline");
  await expect(widget.locator(".et-error")).toBeVisible();
  await expect(widget.locator(".et-error-list")).toContainText("citation [9] points to no reference");
  // The page still preloads the viewer (it was built for it); the widget runs on the other.
  expect(asked).toEqual(["viewer_bg.wasm", "widget_bg.wasm"]);
  const [error] = await recorded(page);
  expect(error.detail.messages.some((m) => m.includes("citation [9] points to no reference"))).toBe(true);
});

test("src set on a pre-rendered widget hands it to the checking build, which reports bad data", async ({ page }) => {
  const problems = await watch(page);
  const asked = builds(page);
  await page.route("**/__broken.json", (route) => route.fulfill({ contentType: "application/json", body: BROKEN }));
  await gotoReady(page, "/");
  expect(asked).toEqual(["viewer_bg.wasm"]);
  const widget = page.locator("event-timeline");
  await widget.evaluate((el) => el.setAttribute("src", "/__broken.json"));
  await waitReady(page, 2);
  await expect(widget.locator(".et-error-list li")).toHaveText([BROKEN_SAYS]);
  expect(asked).toEqual(["viewer_bg.wasm", "widget_bg.wasm"]);
  // Good data in its place, then back to the page's own story: both shown, still working.
  await widget.evaluate((el) => el.setAttribute("src", "/data/idlib-2014.json"));
  await waitReady(page, 3);
  await expect(widget.locator(".et-title")).toHaveText("2014 raid on Idlib city");
  await widget.evaluate((el) => el.removeAttribute("src"));
  await waitReady(page, 4);
  await widget.locator("[role=tab][id$='-tab-power-cut']").click();
  await expect(widget.locator("[role=tabpanel]:visible .et-panel-title")).toContainText("power cut");
  // The problems of the broken data are the page's only console words (timeline-error's).
  expect(problems.filter((p) => !p.includes("citation [3]"))).toEqual([]);
});

test("another language for a pre-rendered widget hands it to the build that speaks it", async ({ page }) => {
  const problems = await watch(page);
  const asked = builds(page);
  await gotoReady(page, "/");
  const widget = page.locator("event-timeline");
  // The reader's place is kept across the change (not through the URL: hash off).
  await widget.evaluate((el) => el.setAttribute("hash", "false"));
  await widget.locator("[role=tab][id$='-tab-power-cut']").click();
  await widget.evaluate((el) => el.setAttribute("lang", "ar"));
  await expect(widget.locator(".et-root")).toHaveAttribute("dir", "rtl");
  await expect(widget.locator(".et-root")).toHaveAttribute("lang", "ar");
  expect(asked).toEqual(["viewer_bg.wasm", "widget_bg.wasm"]);
  await expect(widget.locator("[role=tabpanel]:visible .et-panel-title")).toContainText("power cut");
  await widget.locator("[role=tab][id$='-tab-checkpoints-taken']").click();
  await expect(widget.locator("[role=tabpanel]:visible .et-panel-title")).toContainText("checkpoints");
  expect(problems).toEqual([]);
});
