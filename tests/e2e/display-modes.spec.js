// The display modes people with low vision use. In forced colours (Windows high contrast) the
// browser puts the reader's colours on everything and drops backgrounds: the selected event,
// the spans on the axis and the parts of the day must still be told apart. Screenshots of each
// case are kept with the test's artifacts (test-results/), to be looked at.
import { test, expect } from "@playwright/test";
import { gotoReady } from "./ready.js";

/** The computed colours and border of the first element matching `selector`. */
const look = (page, selector) => page.locator(selector).first().evaluate((el) => {
  const s = getComputedStyle(el);
  return { background: s.backgroundColor, color: s.color,
    border: `${s.borderTopWidth} ${s.borderTopStyle} ${s.borderTopColor}` };
});

for (const scheme of ["light", "dark"]) {
  for (const width of [390, 1280]) {
    test(`in forced colours, ${scheme}, at ${width} px the selected event, spans and bands stay distinct`,
      async ({ page }, info) => {
        await page.emulateMedia({ forcedColors: "active", colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        await gotoReady(page, "/");
        // Focus elsewhere: the selection must show without the focus ring.
        await page.locator("body").click({ position: { x: 2, y: 2 } });
        const selected = await look(page, ".et-tab-selected");
        const other = await look(page, ".et-tab:not(.et-tab-selected)");
        expect(selected.background).not.toBe(other.background);
        expect(selected.color).not.toBe(other.color);
        expect(selected.border).not.toBe(other.border);
        if (width === 1280) {
          const spans = await page.locator(".et-span").evaluateAll((els) =>
            els.map((el) => [getComputedStyle(el).backgroundColor, el.classList.contains("et-span-selected")]));
          const transparent = (c) => c === "rgba(0, 0, 0, 0)" || c === "transparent";
          expect(spans.filter(([bg]) => transparent(bg))).toEqual([]);
          const [chosen] = spans.filter(([, sel]) => sel), plain = spans.find(([, sel]) => !sel);
          expect(chosen[0]).not.toBe(plain[0]);
          const bands = await page.locator(".et-band").evaluateAll((els) =>
            els.map((el) => getComputedStyle(el).borderTopStyle));
          expect(bands.length).toBeGreaterThan(0);
          expect(bands.filter((style) => style === "none")).toEqual([]);
        }
        const shot = info.outputPath(`forced-colours-${scheme}-${width}.png`);
        await page.screenshot({ path: shot, fullPage: true });
        await info.attach(`forced colours, ${scheme}, ${width} px`, { path: shot, contentType: "image/png" });
      });
  }
}

test("with more contrast asked for, muted words are as strong as the text and lines thicker", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await gotoReady(page, "/");
  const read = () => page.evaluate(() => {
    const root = document.querySelector(".et-root");
    const style = (selector) => getComputedStyle(root.querySelector(selector));
    return { text: style(".et-panel-text").color, muted: style(".et-tick-label").color,
      panel: style(".et-panel:not([hidden])").borderTopWidth };
  });
  const plain = await read();
  expect(plain.muted).not.toBe(plain.text);
  await page.emulateMedia({ contrast: "more" });
  const more = await read();
  expect(more.muted).toBe(more.text);
  expect(more.panel).toBe("2px");
  expect(plain.panel).toBe("1px");
});

test.describe("in a page whose text is 32 px (a reader's larger font)", () => {
  for (const width of [390, 1280]) {
    test(`at ${width} px the widget's text is 32 px and nothing runs out of its box`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await gotoReady(page, "/");
      const before = await page.locator(".et-panel-text").first().evaluate((el) => getComputedStyle(el).fontSize);
      expect(before).toBe("16px");
      await page.addStyleTag({ content: "html { font-size: 32px; }" });
      const sizes = await page.evaluate(() => {
        const root = document.querySelector(".et-root");
        const size = (selector) => getComputedStyle(root.querySelector(selector)).fontSize;
        return { text: size(".et-panel-text"), title: size(".et-title"),
          overflow: root.scrollWidth - root.clientWidth };
      });
      expect(sizes).toEqual({ text: "32px", title: "48px", overflow: 0 });
    });
  }
});
