// A story imported from TimelineJS3 (its own media template, converted by timeline-import)
// loaded through `src`: pictures appear only with their event, in a box that does not jump,
// and every other medium is a plain link, never a frame.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { host, watch } from "./host-page.js";

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
