// Corrections on the record: "Updated" under the title, the record as a section, and on each
// event concerned a mark that leads to its entry.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { host, watch } from "./host-page.js";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const STORY = JSON.parse(readFileSync(new URL("../data/minimal.json", import.meta.url), "utf8"));
STORY.updates = [
  { date: "2020-05-03", kind: "correction", events: ["second"], text: "An earlier version gave the wrong day.[2]" },
  { date: "2020-06-10", kind: "clarification", events: ["second", "third"], text: "Says who counted." },
];

test("the record of changes is shown, linked both ways, and passes axe", async ({ page }) => {
  const problems = await watch(page);
  await page.route("**/__story.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(STORY) }));
  await host(page, `<h1>A corrected story</h1><event-timeline src="/__story.json" hash="false"></event-timeline>`, { ready: 1 });
  const w = page.locator("event-timeline");
  await w.getByRole("link", { name: "Updated 10 June 2020" }).click();
  const record = w.locator(".et-update-list");
  await expect(record).toBeVisible();
  await expect(record.locator("> li")).toHaveText([/^Clarification 10 June 2020 Says who counted\./, /^Correction 3 May 2020 An earlier version/]);
  // From an entry to its event, and from the event's mark back to the entry.
  await record.getByRole("link", { name: "Something follows" }).first().click();
  await expect(w.locator("#et-tab-second")).toHaveAttribute("aria-selected", "true");
  await w.locator("#et-panel-second").getByRole("link", { name: "Correction, 3 May 2020" }).click();
  await expect(w.locator("#et-upd-1")).toBeFocused();
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] }));
  expect(result.violations.map((v) => v.id)).toEqual([]);
  expect(problems).toEqual([]);
});
