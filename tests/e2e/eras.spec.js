// Eras: labelled bands behind the events in a wide widget, a list for screen readers (the
// bands are hidden from them), shown in print.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { host, watch } from "./host-page.js";

const STORY = JSON.parse(readFileSync(new URL("../data/minimal.json", import.meta.url), "utf8"));
STORY.eras = [
  { label: "The opening", start: "2020-04-20", end: "2020-05-01", description: "Before the first event." },
  { label: "The rest", start: "2020-05-02", end: "2020-05-10" },
];

test("eras are drawn as bands, read as a list and printed", async ({ page }) => {
  const problems = await watch(page);
  await page.route("**/__story.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(STORY) }));
  await page.setViewportSize({ width: 1280, height: 900 });
  await host(page, `<h1>Eras</h1><event-timeline src="/__story.json" hash="false"></event-timeline>`, { ready: 1 });
  const w = page.locator("event-timeline");
  const bands = w.locator(".et-band-era");
  await expect(bands).toHaveText(["The opening", "The rest"]);
  const [a, b] = [await bands.nth(0).boundingBox(), await bands.nth(1).boundingBox()];
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + 1);
  // Hidden from the eye, read as a list.
  const list = w.getByRole("list", { name: "Eras" });
  await expect(list.getByRole("listitem")).toHaveText([
    "The opening 20 April 2020 – 1 May 2020 Before the first event.",
    "The rest 2 May 2020 – 10 May 2020",
  ]);
  expect((await list.boundingBox()).width).toBeLessThanOrEqual(1);
  await page.emulateMedia({ media: "print" });
  expect((await list.boundingBox()).width).toBeGreaterThan(100);
  expect(problems).toEqual([]);
});
