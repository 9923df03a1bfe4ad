// The <event-timeline> element as a host page uses it: the README snippet, two instances,
// attributes, events, the select() method, every failure mode, a hostile stylesheet, a
// strict CSP, listeners on window/document, and the iframe embed.
import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";
import { host, record, recorded, watch } from "./host-page.js";
import { brokenExpected, brokenStory } from "./broken-story.js";

const IDLIB = readFileSync(new URL("../../data/idlib-2014.json", import.meta.url), "utf8");
const BROKEN = brokenStory("bad-event-id");
// The checker prints "LINE:COL: message"; the widget says "line LINE, column COL: message".
const BROKEN_MESSAGE = brokenExpected("bad-event-id")
  .trim().replace(/^(\d+):(\d+): /, "line $1, column $2: ");

const events = recorded;

const tab = (widget, id) => widget.locator(`[role=tab][id$="-tab-${id}"]`);
const selected = (widget) => widget.locator("[role=tab][aria-selected=true]");

test("the README snippet, pasted into a fresh page, shows a working widget", async ({ page, baseURL }) => {
  const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
  const snippet = readme.match(/<!-- embed-snippet -->\s*```html\n([\s\S]*?)```/)[1]
    .replaceAll("https://your.site/timeline/", baseURL);
  const problems = await watch(page);
  await page.route("**/__fresh.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fresh</title>
      <link rel="icon" href="/favicon.svg"></head><body><main>${snippet}</main></body></html>`,
  }));
  await page.goto("/__fresh.html");
  const widget = page.locator("event-timeline");
  await expect(widget.locator(".et-title")).toHaveText("2014 raid on Idlib city");
  await tab(widget, "power-cut").click();
  await expect(widget.locator("[role=tabpanel]:visible .et-panel-title"))
    .toContainText("power cut");
  await page.keyboard.press("ArrowRight");
  await expect(tab(widget, "buildings-seized")).toBeFocused();
  await expect(selected(widget)).toHaveAttribute("id", /buildings-seized/);
  expect(problems).toEqual([]);
});

test("two instances keep their own state and ids, and leave the URL alone by default", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/examples/");
  const [first, second] = [page.locator("#first"), page.locator("#second")];
  await expect(selected(first)).toHaveId("et-tab-overnight-attack");
  await expect(selected(second)).toHaveId("et2-tab-power-cut");
  await tab(first, "hill-captured").click();
  await expect(selected(first)).toHaveId("et-tab-hill-captured");
  await expect(selected(second)).toHaveId("et2-tab-power-cut");
  // Ids are unique across both shadow roots.
  const ids = await page.evaluate(() => [...document.querySelectorAll("event-timeline")]
    .flatMap((el) => [...el.shadowRoot.querySelectorAll("[id]")].map((n) => n.id)));
  expect(new Set(ids).size).toBe(ids.length);
  expect(new URL(page.url()).hash).toBe("");
  expect(problems).toEqual([]);
});

test("a hostile host stylesheet neither breaks the widget nor is affected by it", async ({ page }) => {
  // Only its text size comes from the page (the reader's font size, or the page's own): the
  // title is 1.5 times the size of the text around the element, whatever the page does.
  const look = (title) => title.evaluate((e) => {
    const s = getComputedStyle(e);
    const around = getComputedStyle(e.getRootNode().host ?? e.closest("event-timeline")).fontSize;
    return [parseFloat(s.fontSize) / parseFloat(around), s.fontStyle, s.textTransform, s.letterSpacing];
  });
  await page.goto("/");
  const plain = await look(page.locator("event-timeline .et-title"));
  await page.goto("/examples/");
  const first = page.locator("#first");
  const hostile = await look(first.locator(".et-title"));
  expect(hostile).toEqual(plain);
  expect(plain[0]).toBe(1.5);
  // Everything the page hides is still there inside the widget, and works.
  await expect(tab(first, "power-cut")).toBeVisible();
  await expect(first.locator(".et-cite:visible").first()).toBeVisible();
  for (const section of ["cmp-casualties", "references"]) await first.locator(`[id$=-${section}__heading] button`).click();
  await expect(first.locator(".et-ref-list")).toBeVisible();
  await expect(first.locator(".et-table")).toBeVisible();
  await tab(first, "power-cut").click();
  await first.locator("[id$=ev-power-cut_text_c1]").click();
  await expect(first.locator("[role=dialog]")).toBeVisible();
  // The page keeps its own look: nothing of ours reaches it.
  await expect(page.locator(".host-button")).toBeHidden();
  expect(await page.locator(".host-link").evaluate((e) => getComputedStyle(e).color)).toBe("rgb(0, 170, 0)");
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.href));
  expect(sheets.filter((h) => h?.includes("timeline.css"))).toEqual([]);
});

test("under a strict Content-Security-Policy there is no violation", async ({ page }) => {
  const problems = await watch(page);
  const response = await page.goto("/examples/");
  expect(response.headers()["content-security-policy"]).toContain("style-src 'self'");
  const second = page.locator("#second");
  await expect(selected(second)).toHaveId("et2-tab-power-cut");
  await tab(second, "sleeper-cell").click();
  await second.locator("[id$=ev-sleeper-cell_text_c1]").click();
  await expect(second.locator("[role=dialog]")).toBeVisible();
  await page.keyboard.press("Escape");
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(problems).toEqual([]);
});

test("observed attributes update the widget: theme, event, src and hash", async ({ page }) => {
  const problems = await watch(page);
  await page.route("**/__other.json", (route) => route.fulfill({
    contentType: "application/json",
    body: IDLIB.replace('"title": "2014 raid on Idlib city"', '"title": "A second copy"'),
  }));
  await host(page, `<event-timeline id="w" hash="false"></event-timeline>`);
  const w = page.locator("#w");
  await expect(w.locator(".et-root")).toHaveClass(/et-theme-auto/);
  await w.evaluate((e) => e.setAttribute("theme", "dark"));
  await expect(w.locator(".et-root")).toHaveClass(/et-theme-dark/);
  await w.evaluate((e) => e.setAttribute("event", "checkpoints-taken"));
  await expect(selected(w)).toHaveId("et-tab-checkpoints-taken");
  await tab(w, "power-cut").click();
  expect(new URL(page.url()).hash).toBe("");
  await w.evaluate((e) => e.setAttribute("hash", "true"));
  await tab(w, "hill-captured").click();
  expect(new URL(page.url()).hash).toBe("#e-hill-captured");
  await w.evaluate((e) => e.setAttribute("src", "/__other.json"));
  await expect(w.locator(".et-title")).toHaveText("A second copy");
  await expect(w.locator(".et-root")).toHaveClass(/et-theme-dark/);
  await w.evaluate((e) => e.removeAttribute("src"));
  await expect(w.locator(".et-title")).toHaveText("2014 raid on Idlib city");
  expect(problems).toEqual([]);
});

test("src is read as UTF-8 text, as the browser reads it: a byte order mark is dropped, a broken byte shown as U+FFFD", async ({ page }) => {
  const problems = await watch(page);
  const title = (t) => IDLIB.replace('"title": "2014 raid on Idlib city"', `"title": "${t}"`);
  const bom = Buffer.from([0xef, 0xbb, 0xbf]);
  await page.route("**/__bom.json", (route) => route.fulfill({
    contentType: "application/json", body: Buffer.concat([bom, Buffer.from(title("Idlib — “raid” é"))]),
  }));
  const [before, after] = title("@@").split("@@").map((t) => Buffer.from(t));
  await page.route("**/__latin1.json", (route) => route.fulfill({
    contentType: "application/json", body: Buffer.concat([before, Buffer.from("caf\xe9", "latin1"), after]),
  }));
  await host(page, `<event-timeline id="w" src="/__bom.json" hash="false"></event-timeline>`);
  const w = page.locator("#w");
  await expect(w.locator(".et-title")).toHaveText("Idlib — “raid” é");
  await expect(w.locator(".et-comparison, .et-table").first()).toContainText("35–70 killed");
  await w.evaluate((e) => e.setAttribute("src", "/__latin1.json"));
  await expect(w.locator(".et-title")).toHaveText("caf\uFFFD");
  expect(problems).toEqual([]);
});

test("select() and reader moves raise a bubbling, composed timeline-select event", async ({ page }) => {
  await record(page, "timeline-select");
  await host(page, `<event-timeline id="w" hash="false"></event-timeline>`);
  const w = page.locator("#w");
  await expect(w.locator(".et-title")).toBeVisible();
  await w.evaluate((e) => e.select("sleeper-cell"));
  await expect(selected(w)).toHaveId("et-tab-sleeper-cell");
  await tab(w, "power-cut").click();
  await w.evaluate((e) => e.select("sleeper-cell"));
  await expect(selected(w)).toHaveId("et-tab-sleeper-cell");
  await w.evaluate((e) => e.select("no-such-event"));
  await expect(selected(w)).toHaveId("et-tab-sleeper-cell");
  await expect.poll(() => events(page)).toEqual([
    { type: "timeline-select", target: "w", detail: "sleeper-cell" },
    { type: "timeline-select", target: "w", detail: "power-cut" },
    { type: "timeline-select", target: "w", detail: "sleeper-cell" },
  ]);
});

const FAILURES = [
  { name: "a src that 404s", src: "/no-such-file.json", message: /Could not load \/no-such-file\.json: the server answered 404/ },
  { name: "a src that times out", src: "/__never.json", timeout: 400, message: /Could not load \/__never\.json: no answer within 0\.4 s/ },
  { name: "a src that is not JSON", src: "/__page.json", message: /line 1, column 1: not valid JSON/ },
  { name: "a src that fails validation", src: "/__broken.json", message: BROKEN_MESSAGE },
];
for (const failure of FAILURES) {
  test(`${failure.name} shows a clear message inside that widget only`, async ({ page }) => {
    const problems = await watch(page);
    await page.route("**/__never.json", () => {}); // never answers
    await page.route("**/__page.json", (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><p>Not data</p>" }));
    await page.route("**/__broken.json", (route) => route.fulfill({ contentType: "application/json", body: BROKEN }));
    const timeout = failure.timeout ? ` timeout="${failure.timeout}"` : "";
    await record(page, "timeline-error");
    await host(page, `<event-timeline id="bad" src="${failure.src}"${timeout}></event-timeline>
      <event-timeline id="good"></event-timeline>`);
    const bad = page.locator("#bad");
    await expect(bad.locator("[role=alert]")).toContainText(failure.message);
    await expect.poll(async () => (await events(page)).map((e) => [e.target, e.detail.src])).toEqual([["bad", failure.src]]);
    const detail = (await events(page))[0].detail;
    expect(detail.messages.join("\n")).toMatch(failure.message);
    // The other widget keeps working.
    const good = page.locator("#good");
    await tab(good, "power-cut").click();
    await expect(selected(good)).toHaveId("et2-tab-power-cut");
    // A 404 is reported by the browser itself; nothing else may complain.
    expect(problems.filter((p) => !p.includes("404"))).toEqual([]);
  });
}

test("listeners on window and document are only the history ones, removed on disconnect", async ({ page }) => {
  await page.addInitScript(() => {
    window.__listening = new Map();
    const key = (target, type) => `${target === window ? "window" : "document"}:${type}`;
    // Only listeners our files add (Playwright adds its own while it acts).
    const ours = () => /\/embed\//.test(new Error().stack);
    for (const target of [window, document]) {
      const add = target.addEventListener.bind(target);
      const remove = target.removeEventListener.bind(target);
      target.addEventListener = (type, ...rest) => {
        if (ours()) window.__listening.set(key(target, type), (window.__listening.get(key(target, type)) ?? 0) + 1);
        return add(type, ...rest);
      };
      target.removeEventListener = (type, ...rest) => {
        if (ours()) window.__listening.set(key(target, type), (window.__listening.get(key(target, type)) ?? 0) - 1);
        return remove(type, ...rest);
      };
    }
  });
  await host(page, `<event-timeline id="w"></event-timeline>`);
  const w = page.locator("#w");
  await tab(w, "power-cut").click();
  await page.keyboard.press("ArrowRight");
  await w.locator("[id$=ev-buildings-seized_text_c1]").click();
  await expect(w.locator("[role=dialog]")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(selected(w)).toHaveId("et-tab-buildings-seized");
  const active = () => page.evaluate(() =>
    [...window.__listening].filter(([, n]) => n > 0).map(([k]) => k).sort());
  expect(await active()).toEqual(["window:hashchange", "window:popstate"]);
  await w.evaluate((e) => e.remove());
  await expect.poll(active).toEqual([]);
});

test("the iframe embed opens the fragment's event and tells the parent page what is selected", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/examples/iframe.html");
  const frame = page.frameLocator("#timeline-frame");
  await expect(frame.locator("[role=tab][aria-selected=true]")).toHaveId("et-tab-power-cut");
  await frame.locator("#et-tab-sleeper-cell").click();
  await expect(page.locator("#last-message")).toHaveText('{"type":"event-timeline:select","id":"sleeper-cell"}');
  // The frame's own URL follows, so its deep links work too.
  const frameUrl = await page.locator("#timeline-frame").evaluate((f) => f.contentWindow.location.hash);
  expect(frameUrl).toBe("#e-sleeper-cell");
  // The frame tells its height and the page's few lines keep the iframe exactly that tall:
  // no scrollbar inside, and opening a section grows it.
  const heights = () => page.locator("#timeline-frame").evaluate((f) => [
    Math.round(f.getBoundingClientRect().height - f.clientTop * 2),
    Math.ceil(f.contentDocument.body.getBoundingClientRect().height),
    f.contentDocument.documentElement.scrollHeight > f.contentDocument.documentElement.clientHeight,
  ]);
  await expect.poll(async () => { const [frame, content] = await heights(); return Math.abs(frame - content) <= 1; }).toBe(true);
  const before = (await heights())[0];
  await frame.getByRole("button", { name: "References" }).click();
  await expect.poll(async () => (await heights())[0]).toBeGreaterThan(before + 200);
  const [after, content, scrolls] = await heights();
  expect(Math.abs(after - content)).toBeLessThanOrEqual(1);
  expect(scrolls).toBe(false);
  expect(problems).toEqual([]);
});

test("the iframe page passes lang, hash and heading-level through its query", async ({ page }) => {
  await page.goto("/embed/frame.html?lang=ar&hash=false&heading-level=3#e-power-cut");
  const w = page.locator("event-timeline");
  await expect(w.locator(".et-root")).toHaveAttribute("dir", "rtl");
  await expect(w.locator("h3.et-title")).toHaveCount(1);
  await w.locator("#et-tab-sleeper-cell").click();
  await expect(w.locator("#et-tab-sleeper-cell")).toHaveAttribute("aria-selected", "true");
  expect(new URL(page.url()).hash).toBe("#e-power-cut");
});

test("the static server answers a malformed escape and a path outside its root with 400, and keeps serving", async ({ request }) => {
  expect((await request.get("/%E0%A4%A")).status()).toBe(400);
  // A sibling folder whose name starts with the root's (dist2 beside dist) is outside it too.
  expect((await request.get("/..%2Fdist2%2Findex.html")).status()).toBe(400);
  expect((await request.get("/..%2F..%2Fetc%2Fpasswd")).status()).toBe(400);
  expect((await request.get("/")).status()).toBe(200);
});
