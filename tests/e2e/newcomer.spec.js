// What a new host meets on day one, with a story unlike the raid: references with links (whose
// visually hidden "(opens in a new tab)" words once made the widget taller than its box), a box
// of fixed height on the element or on a wrapper, colours from the host's own stylesheet, a
// click on the event already selected, and the keyboard on Previous and Next.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { host, record, recorded, watch } from "./host-page.js";
import { gotoReady } from "./ready.js";

/** A story of eight events over several years, each citing one of eight linked references
 * (shared with the cross-engine tasks). */
const LINKED = readFileSync(new URL("../engines/fixtures/linked.json", import.meta.url), "utf8");

async function serveStory(page) {
  await page.route("**/__linked.json", (route) =>
    route.fulfill({ contentType: "application/json", body: LINKED }));
}

/** Opens every closed section of the widget, so the references with links are on the page. */
async function openSections(page) {
  const closed = page.locator(".et-disclosure[aria-expanded=false]");
  while (await closed.count()) await closed.first().click();
}

/** How far the widget's root scrolled, and whether its content overflows the root itself. */
const rootBox = (page) => page.locator(".et-root").evaluate((root) => ({
  scrollTop: root.scrollTop,
  overflow: root.scrollHeight - root.clientHeight,
  height: root.getBoundingClientRect().height,
}));

for (const width of [390, 1280]) {
  test.describe(`at ${width} px, a story with linked references`, () => {
    test.use({ viewport: { width, height: 900 } });

    test("in an element 500 px tall scrolls inside, never the whole widget", async ({ page }) => {
      const problems = await watch(page);
      await serveStory(page);
      await host(page, `<event-timeline src="/__linked.json" style="height:500px"></event-timeline>`,
        { ready: 1 });
      await openSections(page);
      const references = page.locator(".et-references, [id$=references]").first();
      await expect(references).toBeAttached();
      // The wheel over the lower half, then the keyboard in the sections.
      const box = await page.locator("event-timeline").boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height * 0.8);
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 400);
      await page.keyboard.press("End");
      const after = await rootBox(page);
      expect(after.overflow, "the root is taller than its box").toBeLessThanOrEqual(1);
      expect(after.scrollTop).toBe(0);
      expect(Math.round(after.height)).toBe(500);
      await expect(page.locator(".et-title")).toBeInViewport();
      expect(problems).toEqual([]);
    });

    test("in a wrapper 500 px tall never grows past it", async ({ page }) => {
      await serveStory(page);
      await host(page, `<div id="wrap" style="height:500px"><event-timeline src="/__linked.json"></event-timeline></div>
        <p id="after">The host's text after the box.</p>`, { ready: 1 });
      await openSections(page);
      const element = await page.locator("event-timeline").boundingBox();
      const wrap = await page.locator("#wrap").boundingBox();
      expect(element.height).toBeLessThanOrEqual(500);
      expect(element.y + element.height).toBeLessThanOrEqual(wrap.y + wrap.height + 0.5);
      // Its content scrolls inside the widget: in the part below the axis.
      const inner = await page.locator(".et-scroll").evaluate((el) => el.scrollHeight - el.clientHeight);
      expect(inner).toBeGreaterThan(0);
      expect((await rootBox(page)).overflow).toBeLessThanOrEqual(1);
    });

    test("in a wrapper of automatic height grows with its content", async ({ page }) => {
      await serveStory(page);
      await host(page, `<div><event-timeline src="/__linked.json"></event-timeline></div>`, { ready: 1 });
      const closedHeight = (await page.locator("event-timeline").boundingBox()).height;
      await openSections(page);
      const openHeight = (await page.locator("event-timeline").boundingBox()).height;
      expect(openHeight).toBeGreaterThan(closedHeight);
      expect((await rootBox(page)).overflow).toBeLessThanOrEqual(1);
    });
  });
}

test.describe("colours from the host's own stylesheet", () => {
  const ACCENT = "rgb(176, 0, 32)";
  const selectedBackground = (page) => page.locator(".et-tab-selected").first()
    .evaluate((tab) => getComputedStyle(tab).backgroundColor);

  test("reach an element with src, in light and dark", async ({ page }) => {
    await serveStory(page);
    await host(page, `<event-timeline src="/__linked.json"></event-timeline>
      <event-timeline src="/__linked.json" theme="dark" id-prefix="dark" hash="false"></event-timeline>`,
    { head: "<style>event-timeline { --et-accent: #b00020; }</style>", ready: 2 });
    const backgrounds = await page.locator(".et-tab-selected")
      .evaluateAll((tabs) => tabs.map((t) => getComputedStyle(t).backgroundColor));
    expect(backgrounds).toEqual([ACCENT, ACCENT]);
  });

  test("reach a pre-rendered widget, and the defaults stay without them", async ({ page }) => {
    await gotoReady(page, "/");
    expect(await selectedBackground(page)).toBe("rgb(11, 92, 173)");
    await page.addStyleTag({ content: "event-timeline { --et-accent: #b00020; }" });
    expect(await selectedBackground(page)).toBe(ACCENT);
  });
});

test("a click on the event already selected is not reported as a selection", async ({ page }) => {
  await record(page, "timeline-select");
  await serveStory(page);
  await host(page, `<event-timeline src="/__linked.json"></event-timeline>`, { ready: 1 });
  await page.locator("[role=tab]").nth(2).click();
  await page.locator("[role=tab]").nth(2).click();
  await page.locator("[role=tab]").nth(2).click();
  expect((await recorded(page)).map((e) => e.detail)).toEqual(["step-3"]);
});

test("Next and Previous keep focus on the widget's buttons", async ({ page }) => {
  await serveStory(page);
  await host(page, `<event-timeline src="/__linked.json" hash="false"></event-timeline>`, { ready: 1 });
  // The focused element: its words and the panel it is in.
  const focused = () => page.evaluate(() => {
    const active = document.querySelector("event-timeline").shadowRoot.activeElement;
    return active ? `${active.textContent.trim()} in ${active.closest("[role=tabpanel]")?.id}` : null;
  });
  const next = page.locator("[role=tabpanel]:visible button", { hasText: "Next" });
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("[role=tab][aria-selected=true]")).toHaveText(/Step 2/);
  expect(await focused()).toMatch(/^Next → in .*-panel-step-2$/);
  await page.keyboard.press("Enter");
  await expect(page.locator("[role=tab][aria-selected=true]")).toHaveText(/Step 3/);
  // Shift+Tab reaches Previous in the panel now shown; Enter there goes back and stays.
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.locator("[role=tab][aria-selected=true]")).toHaveText(/Step 2/);
  expect(await focused()).toMatch(/^← Previous in .*-panel-step-2$/);
  // At the last event Next is disabled: focus goes to the panel's Previous, not the page.
  await page.locator("[role=tab]").nth(6).click();
  await next.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("[role=tab][aria-selected=true]")).toHaveText(/Step 8/);
  expect(await focused()).toMatch(/^← Previous in .*-panel-step-8$/);
});

test.describe("at 320 px and 640 px no word is lost", () => {
  for (const width of [320, 640]) {
    test(`at ${width} px every time and headline of the list is whole`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await gotoReady(page, "/");
      const clipped = await page.locator(".et-tab-time, .et-tab-title").evaluateAll((els) =>
        els.filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          .map((el) => el.textContent));
      expect(clipped).toEqual([]);
    });
  }

  test("the tabs' names carry no symbol of the stylesheet's, and a space between their parts", async ({ page }) => {
    // At 360 px the time runs inline into the headline: the name must still part them.
    await page.setViewportSize({ width: 360, height: 800 });
    await gotoReady(page, "/");
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const tabs = nodes.filter((n) => n.role?.value === "tab").map((n) => n.name?.value ?? "");
    expect(tabs.length).toBe(9);
    expect(tabs.filter((name) => name.includes("≈"))).toEqual([]);
    expect(tabs[0]).toBe("overnight Al-Nusra Front attacks Idlib city and al-Mastouma");
  });
});

test.describe("the example pages are axe-clean, two widgets and the Arabic page included", () => {
  // The examples are served with a strict CSP (no inline script): axe is injected past it.
  test.use({ bypassCSP: true });
  const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
  for (const [path, widgets] of [["/examples/", 2], ["/examples/arabic.html", 1]]) {
    for (const width of [320, 1280]) {
      test(`${path} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await gotoReady(page, path, widgets);
        // One named region per widget, each name its own.
        const regions = await page.evaluate(() => [...document.querySelectorAll("event-timeline")]
          .flatMap((el) => [...(el.shadowRoot ?? el).querySelectorAll("section, [role=region]")])
          .map((r) => r.getAttribute("aria-label") ?? r.getRootNode().getElementById(r.getAttribute("aria-labelledby"))?.textContent));
        expect(regions.length).toBe(widgets);
        expect(new Set(regions).size).toBe(widgets);
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(() =>
          window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] }));
        const violations = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
        expect(violations).toEqual([]);
      });
    }
  }
});

test.describe("a story over fourteen months with parts of days", () => {
  const times = [["2013-01-10", "morning"], ["2013-01-12", "evening"], ["2013-06-01", "overnight"],
    ["2013-11-20", "afternoon"], ["2014-03-01", "before-dawn"]];
  const story = JSON.stringify({
    title: "Fourteen months",
    events: times.map(([date, part], i) => ({
      id: `e${i + 1}`, time: { date, part }, headline: `Event ${i + 1}`, text: `What happened, ${i + 1}.`,
    })),
  });
  test.use({ viewport: { width: 1280, height: 900 } });

  test("each part of a day has its date, and a band's label shows whole or not at all", async ({ page }) => {
    await page.route("**/__months.json", (route) => route.fulfill({ contentType: "application/json", body: story }));
    await host(page, `<event-timeline src="/__months.json"></event-timeline>`, { ready: 1 });
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const tabs = nodes.filter((n) => n.role?.value === "tab").map((n) => n.name?.value);
    expect(tabs[0]).toBe("in the morning 10 January 2013 Event 1");
    expect(tabs[4]).toBe("before dawn 1 March 2014 Event 5");
    const labels = await page.locator(".et-band").evaluateAll((bands) => bands.map((band) => {
      const range = document.createRange();
      range.selectNodeContents(band);
      const text = [...range.getClientRects()].at(-1), box = band.getBoundingClientRect();
      const shown = text.top < box.bottom - 1;
      return { band: band.textContent, width: Math.round(box.width), shown,
        whole: !shown || (text.right <= box.right + 0.5 && text.left >= box.left - 0.5) };
    }));
    expect(labels.filter((l) => !l.whole)).toEqual([]);
    // The bands of single parts of days are a few pixels wide here: their labels are hidden.
    expect(labels.filter((l) => l.width < 20 && l.shown)).toEqual([]);
    expect(labels.length).toBe(5);
  });
});

test("the host sets the title's heading level; a wrong one warns and keeps h2", async ({ page }) => {
  const problems = await watch(page);
  await serveStory(page);
  await host(page, `<h2>The host's section</h2>
    <event-timeline src="/__linked.json" heading-level="3" hash="false"></event-timeline>
    <event-timeline src="/__linked.json" heading-level="nine" hash="false"></event-timeline>`, { ready: 2 });
  const tags = (selector) => page.locator(selector).evaluateAll((els) => els.map((el) => el.tagName));
  expect(await tags(".et-title")).toEqual(["H3", "H2"]);
  // Summary and References under each title.
  expect(await tags(".et-section > .et-heading")).toEqual(["H4", "H4", "H3", "H3"]);
  expect((await tags(".et-panel-title")).slice(0, 1)).toEqual(["H5"]);
  expect((await tags(".et-panel-title")).at(-1)).toBe("H4");
  expect(problems).toEqual([expect.stringContaining("heading-level 'nine' is not 1 to 6")]);
});
