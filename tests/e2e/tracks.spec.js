// Tracks: a wide axis draws each track as a labelled block of lanes; the strip stays one tab
// list in time order (the WAI-ARIA tabs pattern: the keys move through time across tracks), and
// each tab and panel says its track, which a narrow widget shows on each tab.
import { test, expect } from "@playwright/test";
import { host, watch } from "./host-page.js";

const TRACKS = [{ id: "army", label: "The army" }, { id: "rebels", label: "The rebels" }];
const STORY = {
  title: "Made-up events on two tracks",
  tracks: TRACKS,
  events: Array.from({ length: 6 }, (_, i) => ({
    id: `e${i + 1}`,
    time: { at: `2020-01-0${i + 1}` },
    headline: `Event number ${i + 1}`,
    ...(i === 5 ? {} : { track: TRACKS[i % 2].id }),
  })),
};

for (const width of [1280, 390]) {
  test(`tracks at ${width} px: blocks of lanes, one tab list in time order, each tab naming its track`, async ({ page }) => {
    const problems = await watch(page);
    await page.route("**/__story.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(STORY) }));
    await page.setViewportSize({ width, height: 900 });
    await host(page, `<h1>Tracks</h1><event-timeline src="/__story.json" hash="false"></event-timeline>`, { ready: 1 });
    const w = page.locator("event-timeline");
    const tabs = w.getByRole("tab");
    await expect(tabs).toHaveCount(6);
    await expect(w.getByRole("tab", { name: /Event number 1 The army/ })).toHaveCount(1);
    await expect(w.getByRole("tab", { name: /Event number 2 The rebels/ })).toHaveCount(1);
    if (width === 1280) {
      await expect(w.locator(".et-lane-name")).toHaveText(["The army", "The rebels"]);
      for (const name of await w.locator(".et-lane-name").all()) await expect(name).toBeVisible();
      // The army's events sit above the rebels', and the event without a track below both.
      const top = async (id) => (await w.locator(`#et-tab-${id}`).boundingBox()).y;
      expect(await top("e1")).toBeLessThan(await top("e2"));
      expect(await top("e3")).toBe(await top("e1"));
      expect(await top("e6")).toBeGreaterThan(await top("e2"));
    } else {
      await expect(w.locator(".et-lane-name").first()).toBeHidden();
      await expect(w.locator("#et-tab-e1 .et-tab-track")).toBeVisible();
    }
    // The keys go through time across tracks.
    await w.locator("#et-tab-e1").click();
    await page.keyboard.press("ArrowRight");
    await expect(w.locator("#et-tab-e2")).toBeFocused();
    await expect(w.locator(".et-panel:not([hidden]) .et-facts")).toContainText("TrackThe rebels");
    expect(problems).toEqual([]);
  });
}
