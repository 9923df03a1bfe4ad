// 10,000 events: the axis groups them, the strip is a window of tabs, only the selected
// detail is rendered, and every event stays reachable by keyboard and mouse.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { generate } from "../../bench/generate.mjs";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");

for (const spread of ["day", "years"]) {
  test(`10,000 events over ${spread === "day" ? "one day" : "30 years"} stay small and reachable`, async ({ page }) => {
    const problems = [];
    page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
    const story = generate(10_000, spread);
    await page.route("**/__big.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(story) }));
    await page.route("**/__host.html", (route) => route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scale</title>
        <link rel="icon" href="/favicon.svg"><script type="module" src="/embed/event-timeline.js"></script>
        </head><body><main><h1>Scale</h1><event-timeline src="/__big.json" hash="false"></event-timeline></main></body></html>`,
    }));
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/__host.html");
    const w = page.locator("event-timeline");
    const tabs = w.locator("[role=tab]");
    await expect(tabs).toHaveCount(25);
    await expect(tabs.first()).toHaveAttribute("aria-setsize", "10000");
    await expect(w.locator("[role=tabpanel]")).toHaveCount(1);
    const nodes = await w.evaluate((e) => e.shadowRoot.querySelectorAll("*").length);
    expect(nodes).toBeLessThan(1500);
    // Keyboard: End, Page Up, Home, arrows.
    await tabs.first().focus();
    await page.keyboard.press("End");
    await expect(w.locator("[aria-selected=true]")).toHaveId("et-tab-event-10000");
    await expect(w.locator("[aria-selected=true]")).toBeFocused();
    await page.keyboard.press("PageUp");
    await expect(w.locator("[aria-selected=true]")).toHaveAttribute("aria-posinset", "9990");
    await expect(w.locator("[aria-selected=true]")).toBeFocused();
    await page.keyboard.press("Home");
    await expect(w.locator("#et-tab-event-1")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(w.locator("[aria-selected=true]")).toHaveId("et-tab-event-2");
    await expect(w.locator("[role=tabpanel] .et-panel-title")).toHaveText("Synthetic event 2");
    // Mouse: a cluster bar on the axis selects its first event.
    await w.locator(".et-cluster").last().click();
    const chosen = Number(await w.locator("[aria-selected=true]").getAttribute("aria-posinset"));
    expect(chosen).toBeGreaterThan(9_000);
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] }));
    expect(result.violations.map((v) => v.id)).toEqual([]);
    expect(problems).toEqual([]);
  });
}
