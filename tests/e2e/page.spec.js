// The demo page loads the release build and shows the raid with no console errors.
import { test, expect } from "@playwright/test";

test("the demo page shows the raid's title and events without console errors", async ({ page }) => {
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("./");
  await expect(page.getByRole("heading", { name: "2014 raid on Idlib city" })).toBeVisible();
  await expect(page.locator(".et-events li")).toHaveCount(9);
  expect(errors).toEqual([]);
});
