// The story studio (dist/studio/): a story made from blank by keyboard and mouse, previewed,
// downloaded and accepted by timeline-check; files of every kind opened; the draft kept over a
// reload; undo and redo; problems that take you to their field; the text view.
import { test, expect } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { watch } from "./host-page.js";

const AXE = readFileSync(new URL("../../node_modules/axe-core/axe.min.js", import.meta.url), "utf8");
const TEMPLATES = new URL("../data/timelinejs/", import.meta.url);

async function openStudio(page, width = 1280) {
  const problems = await watch(page);
  await page.setViewportSize({ width, height: 900 });
  await page.goto("/studio/");
  await expect(page.getByRole("heading", { name: "Story studio" })).toBeVisible();
  return problems;
}

const field = (page, id) => page.locator(`#${id}`);

test("a story made from blank by keyboard and mouse previews, downloads and passes the checker", async ({ page }) => {
  const problems = await openStudio(page);
  // The picture the story will show (this machine has no internet).
  await page.route("https://example.org/market.jpg", (route) => route.fulfill({
    contentType: "image/svg+xml", body: readFileSync(new URL("../../assets/favicon.svg", import.meta.url)),
  }));
  await page.getByRole("button", { name: "New blank story" }).click();
  // Keyboard: the title, then Tab onwards.
  await field(page, "st-title").focus();
  await page.keyboard.type("A made-up week");
  await expect(page.getByRole("heading", { name: /^Problems/ })).toBeVisible();
  // Two references, by mouse.
  for (const [i, title] of ["A made-up source", "Another made-up source"].entries()) {
    await page.getByRole("button", { name: "Add a reference" }).click();
    await field(page, `st-references-${i}-title`).fill(title);
  }
  await field(page, "st-references-1-url").fill("https://example.org/two");
  // Three events: an exact day, a part of a day, one after another; by keyboard where it can.
  await page.getByRole("button", { name: "Add an event" }).click();
  await expect(field(page, "st-events-0-headline")).toBeFocused();
  await page.keyboard.type("The market opens");
  await field(page, "st-events-0-at").fill("2020-05-04");
  await field(page, "st-events-0-text").fill("Stalls opened at dawn.[1]");
  await field(page, "st-events-0-sides").fill("Traders\nTown council");
  await field(page, "st-events-0-media-kind").selectOption("image");
  await field(page, "st-events-0-media-url").fill("https://example.org/market.jpg");
  await field(page, "st-events-0-media-alt").fill("Stalls under striped awnings");
  await page.getByRole("button", { name: "Add an event" }).press("Enter");
  await expect(field(page, "st-events-1-headline")).toBeFocused();
  await page.keyboard.type("A storm");
  await field(page, "st-events-1-form").selectOption("part");
  await field(page, "st-events-1-part").selectOption("evening");
  await field(page, "st-events-1-text").fill("Rain closed the square.[2]");
  await page.getByRole("button", { name: "Add an event" }).click();
  await page.keyboard.type("The market closes");
  await field(page, "st-events-2-form").selectOption("after");
  await field(page, "st-events-2-after").fill("event-2");
  await expect(page.getByRole("heading", { name: "No problems" })).toBeVisible();
  // Reorder by keyboard: the last event up and back down; focus follows the moved event.
  await field(page, "st-events-2-up").focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#st-events-1-headline")).toHaveValue("The market closes");
  await expect(field(page, "st-events-1-up")).toBeFocused();
  await field(page, "st-events-1-down").press("Enter");
  await expect(page.locator("#st-events-2-headline")).toHaveValue("The market closes");
  // The preview follows.
  const preview = page.locator(".st-preview");
  await expect(preview.locator(".et-title")).toHaveText("A made-up week");
  await expect(preview.locator("[role=tab]")).toHaveCount(3);
  await expect(preview.locator("img.et-media-image")).toHaveAttribute("alt", "Stalls under striped awnings");
  // Download, then the checker accepts the file.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download story.json" }).click()]);
  const file = join(mkdtempSync(join(tmpdir(), "studio-")), "story.json");
  await download.saveAs(file);
  const story = JSON.parse(readFileSync(file, "utf8"));
  expect(story.events.map((e) => e.headline)).toEqual(["The market opens", "A storm", "The market closes"]);
  expect(story.references).toHaveLength(2);
  expect(story.events[0].sides).toEqual(["Traders", "Town council"]);
  expect(story.events[0].media).toEqual({ kind: "image", url: "https://example.org/market.jpg", alt: "Stalls under striped awnings" });
  const checked = execFileSync("cargo", ["run", "-q", "--bin", "timeline-check", "--", file], { encoding: "utf8" });
  expect(checked).toContain("ok (3 events, 2 references)");
  expect(problems).toEqual([]);
});

test("time as people tell it in the form: an end, an era and a track, drawn in the preview", async ({ page }) => {
  const problems = await openStudio(page);
  await page.getByRole("button", { name: "New blank story" }).click();
  await field(page, "st-title").fill("A made-up siege");
  await page.getByRole("button", { name: "Add a track" }).click();
  await field(page, "st-tracks-0-label").fill("The town");
  await page.getByRole("button", { name: "Add an era" }).click();
  await field(page, "st-eras-0-label").fill("The siege");
  await field(page, "st-eras-0-start").fill("2020-01");
  await field(page, "st-eras-0-end").fill("2020-03");
  await page.getByRole("button", { name: "Add an event" }).click();
  await page.keyboard.type("The siege begins");
  await field(page, "st-events-0-at").fill("2020-01-05");
  await field(page, "st-events-0-track").fill("track-1");
  await page.getByRole("button", { name: "Add an event" }).click();
  await page.keyboard.type("The siege ends");
  await field(page, "st-events-1-at").fill("2020-02-20");
  await field(page, "st-events-0-end-form").selectOption("event");
  await field(page, "st-events-0-end-event").fill("event-2");
  await expect(page.getByRole("heading", { name: "No problems" })).toBeVisible();
  const preview = page.locator(".st-preview");
  await expect(preview.locator(".et-eras")).toContainText("The siege");
  await preview.locator("[role=tab]").first().click();
  await expect(preview.locator(".et-when-until").first()).toContainText("until 20 February 2020");
  await expect(preview.locator(".et-tab-track").first()).toContainText("The town");
  expect(problems).toEqual([]);
});

test("undo and redo cover every edit; a reload finds the draft; problems take you to their field", async ({ page }) => {
  const problems = await openStudio(page);
  await page.getByRole("button", { name: "New blank story" }).click();
  // A blank story nobody typed into is no draft to restore.
  await page.reload();
  await expect(field(page, "st-title")).toHaveValue("");
  await expect(page.locator(".st-said")).not.toContainText("restored");
  await field(page, "st-title").fill("Draft kept");
  await page.getByRole("button", { name: "Add an event" }).click();
  await field(page, "st-events-0-headline").fill("One thing");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(field(page, "st-events-0-headline")).toHaveValue("");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(field(page, "st-events-0-headline")).toHaveCount(0);
  await page.getByRole("button", { name: "Redo" }).click();
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(field(page, "st-events-0-headline")).toHaveValue("One thing");
  // The event has no time: its problem's link puts the cursor in that field.
  const link = page.locator(".st-problems button", { hasText: "events[0].time" }).first();
  await link.click();
  await expect(field(page, "st-events-0-at")).toBeFocused();
  // The problem is also said where it applies: under the field, and with it.
  await expect(field(page, "st-events-0-at")).toHaveAttribute("aria-invalid", "true");
  await expect(field(page, "st-events-0-at")).toHaveAccessibleDescription(/.+/);
  // A citation of a reference that does not exist is marked at its text.
  await field(page, "st-events-0-text").fill("Said somewhere.[4]");
  await expect(field(page, "st-events-0-text")).toHaveAccessibleDescription(/\[4\]|reference/);
  // Arabic reads right to left in its field as it is typed.
  await field(page, "st-events-0-place").fill("مدينة إدلب");
  expect(await field(page, "st-events-0-place").evaluate((e) => e.matches(":dir(rtl)"))).toBe(true);
  expect(await field(page, "st-title").evaluate((e) => e.matches(":dir(ltr)"))).toBe(true);
  // A reload in the middle of an edit.
  await page.reload();
  await expect(page.getByRole("status")).toContainText("Your draft was restored");
  await expect(field(page, "st-title")).toHaveValue("Draft kept");
  await expect(field(page, "st-events-0-headline")).toHaveValue("One thing");
  expect(problems).toEqual([]);
});

test("two studio tabs say so when the other changes the draft; leaving with unsaved changes asks first", async ({ page, context }) => {
  const problems = await openStudio(page);
  await page.getByRole("button", { name: "New blank story" }).click();
  const other = await context.newPage();
  await other.goto("/studio/");
  await expect(other.getByRole("heading", { name: "Story studio" })).toBeVisible();
  await field(page, "st-title").fill("Typed in the first tab");
  await expect(other.getByRole("status")).toContainText("Another studio tab changed the draft");
  // Changes not yet downloaded: closing the tab asks first.
  const asked = new Promise((resolve) => page.once("dialog", (d) => { resolve(d.type()); d.accept(); }));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
  expect(problems).toEqual([]);
});

test("the text view: line numbers, problems at their line, back to the form without losing anything", async ({ page }) => {
  const problems = await openStudio(page);
  await page.getByRole("button", { name: "Open the raid" }).click();
  await page.getByRole("button", { name: "Edit as JSON" }).click();
  const text = field(page, "st-text");
  const json = await text.inputValue();
  expect(JSON.parse(json).events).toHaveLength(9);
  await expect(page.locator(".st-lines")).toContainText(String(json.split("\n").length));
  // A typo in a field name: the form would lose it, so the text view stays.
  await text.fill(json.replace('"headline"', '"headlin"'));
  await page.getByRole("button", { name: "Edit in the form" }).click();
  await expect(page.getByRole("status")).toContainText("The form would lose part of this text");
  await expect(text).toBeVisible();
  const problem = page.locator(".st-problems button").first();
  await expect(problem).toContainText(/line \d+, column \d+/);
  await problem.click();
  await expect(text).toBeFocused();
  await text.fill(json.replace("2014 raid on Idlib city", "The raid, retitled"));
  await page.getByRole("button", { name: "Edit in the form" }).click();
  await expect(field(page, "st-title")).toHaveValue("The raid, retitled");
  await expect(page.locator("fieldset.st-item > legend", { hasText: /^Event \d/ })).toHaveCount(9);
  await expect(page.locator("fieldset.st-item > legend", { hasText: /^Reference/ })).toHaveCount(10);
  // The raid's summary row and its comparison of sources, claims and figures, in the form too.
  const raid = JSON.parse(json);
  await expect(field(page, "st-summary-0-text")).toHaveValue(raid.summary[0].text);
  await expect(field(page, "st-comparisons-0-title")).toHaveValue(raid.comparisons[0].title);
  await expect(field(page, "st-comparisons-0-claims-0-attribution")).toHaveValue(raid.comparisons[0].claims[0].attribution);
  await expect(field(page, "st-comparisons-0-claims-0-figures-0-value")).toHaveValue(raid.comparisons[0].claims[0].figures[0].value);
  // A claim added and removed by keyboard.
  await field(page, "st-comparisons-0-add-claim").press("Enter");
  const claims = raid.comparisons[0].claims.length;
  await expect(page.locator(`#st-comparisons-0-claims-${claims}-id`)).toHaveCount(1);
  await field(page, `st-comparisons-0-claims-${claims}-remove`).press("Enter");
  await expect(page.locator(`#st-comparisons-0-claims-${claims}-id`)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test("TimelineJS3 files open, with their report; hostile files leave the tab responsive", async ({ page }) => {
  const problems = await openStudio(page);
  const input = page.locator("input[type=file]");
  for (const [name, events] of [["cosmo.json", 7], ["cosmo-mixed.json", 11], ["eras.json", null], ["my-own-timeline.csv", null]]) {
    await input.setInputFiles(new URL(name, TEMPLATES).pathname);
    await expect(page.getByRole("status")).toContainText(`Opened ${name}.`);
    await expect(page.getByRole("status")).toContainText("read as a TimelineJS3");
    if (events) await expect(page.locator("fieldset.st-item legend", { hasText: /^Event/ })).toHaveCount(events);
  }
  // Dropped on the page rather than chosen: the same.
  const eras = readFileSync(new URL("eras.json", TEMPLATES), "utf8");
  await page.locator(".st-preview").evaluate((target, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped-eras.json", { type: "application/json" }));
    for (const type of ["dragenter", "dragover", "drop"]) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, eras);
  await expect(page.getByRole("status")).toContainText("Opened dropped-eras.json.");
  const slides = JSON.parse(eras).events.length;
  await expect(page.locator("fieldset.st-item > legend", { hasText: /^Event \d/ })).toHaveCount(slides);
  await expect(page.locator(".st-preview [role=tab]")).toHaveCount(slides);
  // Markup in every field runs nothing; a file far too deep, or not UTF-8, says why.
  const dir = mkdtempSync(join(tmpdir(), "studio-"));
  const hostile = { title: "<img src=x onerror=window.__ran=1>", events: [{ id: "a", time: { at: "2020" }, headline: "<script>window.__ran=1</script>", text: "<b onmouseover=window.__ran=1>t</b>" }] };
  writeFileSync(join(dir, "hostile.json"), JSON.stringify(hostile));
  await input.setInputFiles(join(dir, "hostile.json"));
  await expect(field(page, "st-title")).toHaveValue(hostile.title);
  writeFileSync(join(dir, "deep.json"), "[".repeat(10_000) + "]".repeat(10_000));
  await input.setInputFiles(join(dir, "deep.json"));
  await expect(page.getByRole("status")).toContainText("deep.json");
  writeFileSync(join(dir, "huge.json"), " ".repeat(5 * 1024 * 1024));
  await input.setInputFiles(join(dir, "huge.json"));
  await expect(page.getByRole("status")).toContainText("huge.json: 5.0 MB is more than the studio edits");
  writeFileSync(join(dir, "latin1.csv"), Buffer.from([0x59, 0x65, 0x61, 0x72, 0x2c, 0xe9, 0x0a]));
  await input.setInputFiles(join(dir, "latin1.csv"));
  await expect(page.getByRole("status")).toContainText("is not UTF-8");
  expect(await page.evaluate(() => window.__ran)).toBeUndefined();
  expect(problems).toEqual([]);
});

for (const width of [390, 1280]) {
  test(`the studio is axe-clean at ${width} px, with a story open`, async ({ page }) => {
    await openStudio(page, width);
    await page.getByRole("button", { name: "Open the raid" }).click();
    await expect(page.locator(".st-preview .et-title")).toBeVisible();
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() => window.axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"] }));
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  });
}
