// The reader tasks every engine must pass (run by tests/engines/run.mjs over WebDriver).
// Pages are served with tests/engines/probe.js as their first script, which records console
// errors, uncaught errors, CSP violations and the widgets' events in window.__probe.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { By, Key } from "selenium-webdriver";
import { cropPng } from "./png.mjs";

const STORY = JSON.parse(readFileSync(new URL("../../data/idlib-2014.json", import.meta.url), "utf8"));
const IDS = STORY.events.map((e) => e.id);
const plain = (s) => s.replace(/\[\d+\]/g, "").replace(/\s+/g, " ").trim();

function check(condition, message) {
  if (!condition) throw new Error(message);
}
function same(actual, expected, what) {
  const [a, e] = [JSON.stringify(actual), JSON.stringify(expected)];
  check(a === e, `${what}: expected ${e}, got ${a}`);
}

/** Polls `probe` (an async function) until it returns a truthy value. */
async function until(driver, probe, what, timeout = 8000) {
  try {
    return await driver.wait(async () => (await probe()) || null, timeout);
  } catch {
    throw new Error(`timed out waiting for ${what}`);
  }
}

const js = (driver, fn, ...args) => driver.executeScript(fn, ...args);
const readyCount = (driver) => js(driver, () => window.__probe?.ready ?? 0);
const problems = (driver) => js(driver, () => window.__probe?.problems ?? []);

/** Loads `path` afresh (even when only the fragment differs) and waits for `count` widgets. */
async function open(driver, base, path, count = 1) {
  await driver.get("about:blank");
  await driver.get(`${base}${path}`);
  if (count > 0) await until(driver, async () => (await readyCount(driver)) >= count, `timeline-ready on ${path}`);
}

/** The id of the focused element, looking into shadow roots. */
const activeId = (driver) => js(driver, () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.id ?? "";
});
const selectedId = (driver) => js(driver, () => document.querySelector("[role=tab][aria-selected=true]")?.id);
const visiblePanels = (driver) => js(driver, () =>
  [...document.querySelectorAll("[role=tabpanel]")].filter((p) => getComputedStyle(p).display !== "none").map((p) => p.id));
const press = (driver, key) => driver.actions().sendKeys(key).perform();
const hash = (driver) => js(driver, () => location.hash);

/** Two animation frames, so what was rendered has been painted (WebKit's first shot). */
const painted = (driver) => driver.executeAsyncScript((done) =>
  requestAnimationFrame(() => requestAnimationFrame(() => done())));

/** What the page shows at the centre of `element`, and which tab is selected: said when a click missed. */
const atCentre = (driver, element) => js(driver, (e) => {
  const r = e.getBoundingClientRect();
  const hit = e.getRootNode().elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
  const name = (n) => n ? `${n.localName}${n.id ? `#${n.id}` : ""}${n.getAttribute("class") ? `.${n.getAttribute("class").trim().split(/\s+/).join(".")}` : ""}` : "nothing";
  const selected = e.getRootNode().querySelector("[role=tab][aria-selected=true]")?.id;
  return `${name(e)} at ${[r.x, r.y, r.width, r.height].map(Math.round)}; at its centre: ${name(hit)}; selected: ${selected}`;
}, element);

/**
 * Clicks `element` once the page has painted, then waits for `probe`. WebKitGTK's automation
 * has been seen to lose one synthesized click on a loaded machine (once in many runs, with the
 * click's target under the pointer): a click that changed nothing after 3 s is given once more,
 * with what was under the pointer printed; a second miss fails the task.
 */
async function clickUntil(driver, element, probe, what) {
  await painted(driver);
  await element.click();
  try {
    return await until(driver, probe, what, 3000);
  } catch {
    console.log(`      note: a click for ${what} changed nothing in 3 s, clicked again (${await atCentre(driver, element)})`);
    await element.click();
    try {
      return await until(driver, probe, what, 5000);
    } catch {
      throw new Error(`timed out waiting for ${what} after two clicks: ${await atCentre(driver, element)}`);
    }
  }
}

export const TASKS = [
  {
    name: "the demo page becomes ready with no error at 320, 390 × 844 and 1280 × 900, without horizontal overflow (screenshots saved)",
    async run({ driver, base, engine }) {
      for (const [w, h] of [[320, 700], [390, 844], [1280, 900]]) {
        await driver.get("about:blank");
        await driver.get(`${base}/__frame?src=/&w=${w}&h=${h}`);
        const frame = await driver.findElement(By.id("frame"));
        await driver.switchTo().frame(frame);
        await until(driver, async () => (await readyCount(driver)) >= 1, `ready at ${w} px`);
        same(await problems(driver), [], `problems at ${w} px`);
        const overflow = await js(driver, () => document.documentElement.scrollWidth - window.innerWidth);
        check(overflow <= 0, `${overflow} px of horizontal overflow at ${w} px`);
        same(await js(driver, () => window.innerWidth), w, "viewport width");
        if (w === 1280) {
          // Titles cut at the same places in every engine (WebKit sets text about 3% wider).
          const cut = await js(driver, () => [...document.querySelectorAll(".et-tab-title")]
            .filter((t) => t.scrollHeight > t.clientHeight + 1).map((t) => t.closest("[role=tab]").id));
          check(!cut.includes("et-tab-overnight-attack"), `the first event's title is cut: ${cut}`);
        }
        // The shot shows the timeline itself (the axis and the selected event).
        await js(driver, () => document.querySelector(".et-events").scrollIntoView());
        await painted(driver);
        await driver.switchTo().defaultContent();
        await painted(driver);
        // The frame sits at the top left of the page: crop the viewport to it.
        if (w !== 320) {
          const shot = cropPng(Buffer.from(await driver.takeScreenshot(), "base64"), w, h);
          writeFileSync(`artifacts/screenshots/${engine}-demo-${w}.png`, shot);
        }
      }
    },
  },
  {
    name: "every event is selected by mouse, and only its panel shows",
    async run({ driver, base }) {
      await open(driver, base, "/");
      for (const id of IDS) {
        await clickUntil(driver, await driver.findElement(By.id(`et-tab-${id}`)),
          async () => (await selectedId(driver)) === `et-tab-${id}`, `${id} selected`);
        same(await visiblePanels(driver), [`et-panel-${id}`], `panels shown after clicking ${id}`);
      }
      same(await problems(driver), [], "problems");
    },
  },
  {
    name: "keyboard: one Tab stop in the strip, arrows, Home/End, Tab into the panel",
    async run({ driver, base }) {
      await open(driver, base, "/");
      await js(driver, () => document.activeElement?.blur());
      let focused = "";
      for (let i = 0; i < 80 && !focused.startsWith("et-tab-"); i++) {
        await press(driver, Key.TAB);
        focused = await activeId(driver);
      }
      same(focused, "et-tab-overnight-attack", "first Tab stop in the strip");
      for (const id of IDS.slice(1)) {
        await press(driver, Key.ARROW_RIGHT);
        await until(driver, async () => (await activeId(driver)) === `et-tab-${id}`, `focus on ${id}`);
        same(await visiblePanels(driver), [`et-panel-${id}`], `panel after ArrowRight to ${id}`);
      }
      await press(driver, Key.HOME);
      await until(driver, async () => (await activeId(driver)) === "et-tab-overnight-attack", "Home");
      await press(driver, Key.END);
      await until(driver, async () => (await activeId(driver)) === "et-tab-buildings-recaptured", "End");
      await press(driver, Key.TAB);
      same(await activeId(driver), "et-panel-buildings-recaptured", "Tab from the strip");
      // Focus on each new tab said each move: the live region said nothing besides.
      const live = () => js(driver, () => document.querySelector("[aria-live=polite]").textContent);
      same(await live(), "", "no announcement of a move that focus says");
      // Previous keeps focus on a button: the live region says the new headline, and only it.
      await js(driver, () => document.querySelector("#et-panel-buildings-recaptured .et-nav > :first-child").focus());
      await press(driver, Key.ENTER);
      await until(driver, async () => (await selectedId(driver)) === "et-tab-sleeper-cell", "Previous");
      same(await live(), plain(STORY.events.at(-2).headline), "the announcement after Previous");
    },
  },
  {
    name: "every citation opens its popover; Escape closes it and returns focus",
    async run({ driver, base }) {
      await open(driver, base, "/");
      let opened = 0;
      for (const id of IDS) {
        await clickUntil(driver, await driver.findElement(By.id(`et-tab-${id}`)),
          async () => (await selectedId(driver)) === `et-tab-${id}`, `${id} selected`);
        const cites = await driver.findElements(By.css(`#et-panel-${id} .et-cite`));
        for (const cite of cites) {
          const [citeId, label] = [await cite.getAttribute("id"), await cite.getAttribute("aria-label")];
          const title = await clickUntil(driver, cite, () => js(driver, () =>
            document.querySelector("#et-popover .et-popover-title")?.textContent), `popover of ${citeId}`);
          same(title, `Reference ${label.replace("Citation ", "")}`, "popover title");
          await press(driver, Key.ESCAPE);
          await until(driver, async () => !(await js(driver, () => document.getElementById("et-popover"))), "popover closed");
          same(await activeId(driver), citeId, "focus after Escape");
          opened++;
        }
      }
      check(opened >= IDS.length, `only ${opened} citations opened`);
      same(await problems(driver), [], "problems");
    },
  },
  {
    name: "deep links: #e-<id> on load, back and forward",
    async run({ driver, base }) {
      await open(driver, base, "/#e-checkpoint-bombings");
      await until(driver, async () => (await selectedId(driver)) === "et-tab-checkpoint-bombings", "the linked event");
      await clickUntil(driver, await driver.findElement(By.id("et-tab-power-cut")),
        async () => (await hash(driver)) === "#e-power-cut", "#e-power-cut");
      await clickUntil(driver, await driver.findElement(By.id("et-tab-overnight-attack")),
        async () => (await hash(driver)) === "", "no fragment on the first event");
      await driver.navigate().back();
      await until(driver, async () => (await selectedId(driver)) === "et-tab-power-cut", "back to the power cut");
      await driver.navigate().back();
      await until(driver, async () => (await selectedId(driver)) === "et-tab-checkpoint-bombings", "back to the linked event");
      await driver.navigate().forward();
      await until(driver, async () => (await selectedId(driver)) === "et-tab-power-cut", "forward to the power cut");
    },
  },
  {
    name: "search: typing finds (accents and Arabic marks aside), a filter narrows, arrows go from match to match, Escape clears, the fragment keeps it",
    async run({ driver, base }) {
      await open(driver, base, "/__fixture/search.html");
      const tabs = () => js(driver, () => [...document.querySelector("event-timeline").shadowRoot.querySelectorAll("[role=tab]")].map((t) => t.id));
      const inShadow = (selector) => js(driver, (s) => document.querySelector("event-timeline").shadowRoot.querySelector(s), selector);
      const status = () => js(driver, () => document.querySelector("event-timeline").shadowRoot.querySelector("[role=status]").textContent);
      same((await tabs()).length, 30, "tabs before searching");
      const field = await inShadow("input[type=search]");
      await field.sendKeys("SOCIETE");
      await until(driver, async () => (await tabs()).length === 10, "ten matches for SOCIETE");
      same(await status(), "10 of 30 events", "the count");
      await field.sendKeys(Key.ESCAPE);
      await until(driver, async () => (await tabs()).length === 30, "Escape clears");
      await field.sendKeys("ادلب");
      await until(driver, async () => (await tabs()).join() === ["e3", "e6", "e9", "e12", "e15", "e18", "e21", "e24", "e27", "e30"].map((e) => `et-tab-${e}`).join(), "the Arabic place without its marks");
      await until(driver, async () => (await hash(driver)).startsWith("#e-e3&q="), "the search in the fragment");
      // A filter as a select sets it (WebDriver has no portable way to pick an option by key).
      await js(driver, () => {
        const side = document.querySelector("event-timeline").shadowRoot.querySelector("#et-search-side");
        side.value = "0"; // Army, first in alphabetical order
        side.dispatchEvent(new Event("change", { bubbles: true }));
      });
      await until(driver, async () => (await status()) === "0 of 30 events", "no Arabic place on the army's side");
      same((await tabs()).length, 1, "the selection keeps its tab");
      await field.sendKeys(Key.ESCAPE);
      await until(driver, async () => (await tabs()).length === 30, "Escape clears the filter too");
      await field.sendKeys("number 2");
      // Every word must appear: "number" and "2" in events 2, 12 and 20 to 29.
      await until(driver, async () => (await status()) === "12 of 30 events", "number 2");
      await (await inShadow("[role=tab][aria-selected=true]")).click();
      await press(driver, Key.ARROW_RIGHT);
      await until(driver, async () => (await activeId(driver)) === "et-tab-e12", "ArrowRight to the next match");
      same(await problems(driver), [], "problems");
    },
  },
  {
    name: "zoom: the buttons, +, − and 0 on the focused axis, Ctrl + wheel and a horizontal scroll; every event reached by keyboard in a zoomed view (screenshot saved)",
    async run({ driver, base, engine }) {
      await open(driver, base, "/__fixture/zoom.html");
      const root = "document.querySelector('event-timeline').shadowRoot";
      const inShadow = (selector) => js(driver, new Function("s", `return ${root}.querySelector(s)`), selector);
      // The events whose tabs the axis draws, and what the live region last said.
      const drawn = () => js(driver, new Function(`return [...${root}.querySelectorAll(".et-tab:not(.et-tab-out)")].map((t) => t.id.slice(7))`));
      const said = () => js(driver, new Function(`return ${root}.querySelector(".et-vh[aria-live]").textContent`));
      const ticks = () => js(driver, new Function(`return [...${root}.querySelectorAll(".et-tick-label")].map((t) => t.textContent).join()`));
      await until(driver, () => inShadow(".et-zoom-in"), "the zoom buttons");
      same((await drawn()).length, 30, "tabs drawn before zooming");
      await (await inShadow(".et-zoom-in")).click();
      await until(driver, async () => (await drawn()).length < 30, "a closer view draws fewer tabs");
      check(/^Showing .+ to .+$/.test(await said()), `the live region says ${JSON.stringify(await said())}`);
      await (await inShadow(".et-zoom-fit")).click();
      await until(driver, async () => (await drawn()).length === 30, "the whole story again");
      // Keys on the focused axis.
      await (await inShadow("[role=tab][aria-selected=true]")).click();
      await press(driver, "+");
      await press(driver, "+");
      await until(driver, async () => (await drawn()).length <= 10, "+ twice: a quarter of the story");
      same(await activeId(driver), "et-tab-e1", "focus stays on the selected tab");
      // Every event by keyboard: each drawn and focused when reached.
      for (let i = 2; i <= 30; i++) {
        await press(driver, Key.ARROW_RIGHT);
        await until(driver, async () => (await activeId(driver)) === `et-tab-e${i}`, `ArrowRight to event ${i}`);
        check((await drawn()).includes(`e${i}`), `event ${i} is not drawn when selected`);
      }
      await painted(driver);
      writeFileSync(`artifacts/screenshots/${engine}-zoomed.png`, Buffer.from(await driver.takeScreenshot(), "base64"));
      await press(driver, "-");
      await until(driver, async () => (await drawn()).length > 10, "− steps back");
      await press(driver, "0");
      await until(driver, async () => (await drawn()).length === 30, "0: the whole story");
      // The wheel, over the axis: Ctrl + wheel zooms, a horizontal scroll pans.
      const bands = await inShadow(".et-bands");
      const whole = await ticks();
      if (engine === "webkit") {
        // WebKitWebDriver's wheel actions carry no modifier keys: the same wheel event, made here.
        await js(driver, (bands) => {
          const box = bands.getBoundingClientRect();
          bands.dispatchEvent(new WheelEvent("wheel", { deltaY: -300, ctrlKey: true, clientX: box.x + box.width / 2,
            clientY: box.y + box.height / 2, bubbles: true, composed: true, cancelable: true }));
        }, bands);
      } else await driver.actions().keyDown(Key.CONTROL).scroll(0, 0, 0, -300, bands).keyUp(Key.CONTROL).perform();
      await until(driver, async () => (await drawn()).length < 30, "Ctrl + wheel zooms in");
      const zoomed = await ticks();
      check(zoomed !== whole, "the ticks follow the zoom");
      const before = await drawn();
      await driver.actions().scroll(0, 0, 600, 0, bands).perform();
      await until(driver, async () => (await drawn()).join() !== before.join(), "a horizontal scroll pans");
      same(await js(driver, () => window.scrollX), 0, "the page did not scroll sideways");
      same(await problems(driver), [], "problems");
    },
  },
  {
    name: "the story studio: a story from blank by keyboard, its problems, the preview, undo, and the draft after a reload",
    async run({ driver, base }) {
      await driver.get("about:blank");
      await driver.get(`${base}/studio/`);
      const byId = (id) => until(driver, () => js(driver, (id) => document.getElementById(id), id), `#${id}`);
      const heading = () => js(driver, () => document.getElementById("st-problems-h")?.textContent);
      await (await until(driver, () => js(driver, () => [...document.querySelectorAll("button")].find((b) => b.textContent === "New blank story")), "the studio")).click();
      await (await byId("st-title")).sendKeys("A made-up afternoon");
      await (await byId("st-add-reference")).click();
      await (await byId("st-references-0-title")).sendKeys("A made-up source");
      await (await byId("st-add-event")).click();
      // The new event's headline has focus: type straight into it.
      await until(driver, async () => (await activeId(driver)) === "st-events-0-headline", "focus on the new headline");
      await press(driver, "Rain begins");
      await (await byId("st-events-0-at")).sendKeys("2021-06-05T14:30");
      await (await byId("st-events-0-text")).sendKeys("It rained.[1]");
      await until(driver, async () => (await heading()) === "No problems", "no problems");
      await until(driver, () => js(driver, () => document.querySelector(".st-preview .et-title")?.textContent === "A made-up afternoon"), "the preview");
      // A problem, and its link to the field.
      await (await byId("st-events-0-text")).sendKeys(" And more.[7]");
      await until(driver, async () => /^Problems/.test(await heading()), "the missing reference");
      await (await until(driver, () => js(driver, () => document.querySelector(".st-problems button")), "the problem's link")).click();
      await until(driver, async () => (await activeId(driver)) === "st-events-0-text", "focus on the text");
      await (await byId("st-undo")).click();
      await until(driver, async () => (await heading()) === "No problems", "undo");
      await driver.navigate().refresh();
      await until(driver, () => js(driver, () => document.getElementById("st-title")?.value === "A made-up afternoon"), "the draft after a reload");
      same(await js(driver, () => document.getElementById("st-events-0-headline").value), "Rain begins", "the event after a reload");
      check(/restored/.test(await js(driver, () => document.querySelector("[role=status]").textContent)), "the studio says the draft was restored");
    },
  },
  {
    name: "TimelineJS3 files as src (its JSON, a spreadsheet saved as CSV) are converted in the browser: every event, the era, one console note each",
    async run({ driver, base }) {
      await open(driver, base, "/__fixture/timelinejs.html", 2);
      const shown = (id) => js(driver, (id) => {
        const root = document.getElementById(id).shadowRoot;
        return {
          title: root.querySelector(".et-title")?.textContent,
          tabs: [...root.querySelectorAll("[role=tab] .et-tab-title")].map((t) => t.textContent),
          eras: root.querySelectorAll(".et-eras li").length,
        };
      }, id);
      const expected = {
        json: ["A made-up year of a village library", ["The library opens", "A reading club starts", "Café evening"], 1],
        sheet: ["A made-up sheet", ["Spring fair", "Summer concert", "Autumn walk"], 0],
      };
      for (const [id, [title, tabs, eras]] of Object.entries(expected)) {
        const widget = await shown(id); // WebDriver does not keep an object's key order
        same([widget.title, widget.tabs, widget.eras], [title, tabs, eras], `the ${id} widget`);
      }
      const all = await problems(driver);
      const notes = all.filter((p) => p.startsWith("console.warn: event-timeline: read a TimelineJS3"));
      same(notes.length, 2, "one console note per converted file");
      same(all.filter((p) => !notes.includes(p)), [], "problems");
    },
  },
  {
    name: "the theme attribute switches the colours",
    async run({ driver, base }) {
      await open(driver, base, "/");
      const background = (theme) => js(driver, async (theme) => {
        document.querySelector("event-timeline").setAttribute("theme", theme);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return getComputedStyle(document.querySelector(".et-root")).backgroundColor;
      }, theme);
      same(await background("dark"), "rgb(22, 24, 29)", "dark background");
      same(await background("light"), "rgb(255, 255, 255)", "light background");
    },
  },
  {
    name: "printing gives every event with its citations and the references",
    async run({ driver, base }) {
      await open(driver, base, "/");
      const pdf = await driver.printPage({ orientation: "portrait" });
      const dir = mkdtempSync(join(tmpdir(), "et-print-"));
      writeFileSync(join(dir, "page.pdf"), pdf, "base64");
      const text = execFileSync("pdftotext", ["-layout", join(dir, "page.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
      for (const event of STORY.events) {
        const start = plain(event.headline).split(" ").slice(0, 4).join(" ");
        check(text.includes(start), `the printout lacks "${start}"`);
      }
      check(text.includes("References"), "the printout lacks the references");
      check(!text.includes("Next →"), "the printout shows the Previous/Next controls");
    },
    only: ["chromium", "firefox"],
    why: "WebKitWebDriver has no Print command",
  },
  {
    name: "a host's accent and boxes: the colour reaches both widgets, a 500 px element and a 500 px wrapper hold them, their content scrolls inside",
    async run({ driver, base }) {
      await open(driver, base, "/__fixture/box.html", 2);
      for (const host of ["fixed", "wrapped"]) {
        // Every section opened, so the references with links are on the page.
        await js(driver, async (h) => {
          const root = document.getElementById(h).shadowRoot;
          for (const button of root.querySelectorAll(".et-disclosure[aria-expanded=false]")) button.click();
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }, host);
        await until(driver, async () => (await js(driver, (h) =>
          document.getElementById(h).shadowRoot.querySelectorAll(".et-ref-list a[href^='https:']").length, host)) === 8,
        `${host}: the references' links`);
        const box = await js(driver, (h) => {
          const element = document.getElementById(h);
          const root = element.shadowRoot.querySelector(".et-root");
          const scroller = element.shadowRoot.querySelector(".et-scroll");
          return {
            accent: getComputedStyle(element.shadowRoot.querySelector(".et-tab-selected")).backgroundColor,
            height: Math.round(element.getBoundingClientRect().height),
            rootOverflow: root.scrollHeight - root.clientHeight,
            scrolls: scroller.scrollHeight > scroller.clientHeight,
          };
        }, host);
        same(box.accent, "rgb(176, 0, 32)", `${host}: the host's accent`);
        same(box.height <= 500, true, `${host}: at most 500 px tall (${box.height})`);
        same(box.rootOverflow <= 1, true, `${host}: the root itself does not scroll (${box.rootOverflow})`);
        same(box.scrolls, true, `${host}: its content scrolls inside`);
      }
      const after = await js(driver, () => document.getElementById("after").getBoundingClientRect().top
        - document.getElementById("wrap").getBoundingClientRect().bottom);
      same(after >= 0, true, "the host's text after the wrapper is not covered");
      same(await problems(driver), [], "problems");
    },
  },
  {
    name: "the examples page: two widgets, hostile CSS, strict CSP header, no violation",
    async run({ driver, base }) {
      await open(driver, base, "/examples/", 2);
      const inside = (host, selector) => js(driver, (h, s) => document.getElementById(h).shadowRoot.querySelector(s), host, selector);
      const selectedIn = (host) => js(driver, (h) =>
        document.getElementById(h).shadowRoot.querySelector("[role=tab][aria-selected=true]")?.id, host);
      same(await selectedIn("second"), "et2-tab-power-cut", "second widget opens on the power cut");
      await clickUntil(driver, await inside("first", "#et-tab-hill-captured"),
        async () => (await selectedIn("first")) === "et-tab-hill-captured", "first widget follows a click");
      same(await selectedIn("second"), "et2-tab-power-cut", "second widget unchanged");
      await clickUntil(driver, await inside("second", "#et2-tab-sleeper-cell"),
        async () => (await selectedIn("second")) === "et2-tab-sleeper-cell", "second widget follows a click");
      same(await js(driver, () => getComputedStyle(document.querySelector(".host-button")).display), "none", "the host's own CSS");
      same(await hash(driver), "", "the URL is left alone");
      same(await problems(driver), [], "problems (CSP violations included)");
    },
  },
  {
    name: "right to left: the raid with the Arabic interface runs from the right, ArrowLeft moves later, no overflow (screenshot saved)",
    async run({ driver, base, engine }) {
      const [w, h] = [1280, 900];
      await driver.get("about:blank");
      await driver.get(`${base}/__frame?src=/examples/arabic.html&w=${w}&h=${h}`);
      await driver.switchTo().frame(await driver.findElement(By.id("frame")));
      await until(driver, async () => (await readyCount(driver)) >= 1, "ready");
      const shadow = () => js(driver, () => document.getElementById("timeline").shadowRoot.querySelector(".et-root").getAttribute("dir"));
      same(await shadow(), "rtl", "the widget's direction");
      // The earliest event's card is to the right of the latest one's.
      const [first, last] = await js(driver, (ids) => ids.map((id) => document.getElementById("timeline")
        .shadowRoot.getElementById(`et-tab-${id}`).getBoundingClientRect().right), [IDS[0], IDS.at(-1)]);
      check(first > last, `the first card (${first}) is not to the right of the last (${last})`);
      await js(driver, (id) => document.getElementById("timeline").shadowRoot.getElementById(`et-tab-${id}`).focus(), IDS[0]);
      await press(driver, Key.ARROW_LEFT);
      const selected = () => js(driver, () => document.getElementById("timeline").shadowRoot
        .querySelector("[role=tab][aria-selected=true]")?.id);
      await until(driver, async () => (await selected()) === `et-tab-${IDS[1]}`, "ArrowLeft to the second event");
      await press(driver, Key.ARROW_RIGHT);
      await until(driver, async () => (await selected()) === `et-tab-${IDS[0]}`, "ArrowRight back to the first");
      const overflow = await js(driver, () => document.documentElement.scrollWidth - window.innerWidth);
      check(overflow <= 0, `${overflow} px of horizontal overflow`);
      same(await problems(driver), [], "problems (CSP violations included)");
      await painted(driver);
      await driver.switchTo().defaultContent();
      await painted(driver);
      writeFileSync(`artifacts/screenshots/${engine}-arabic-${w}.png`, cropPng(Buffer.from(await driver.takeScreenshot(), "base64"), w, h));
    },
  },
  {
    name: "the iframe page opens the fragment's event and posts selections to its parent",
    async run({ driver, base }) {
      await open(driver, base, "/examples/iframe.html", 0);
      await driver.switchTo().frame(await driver.findElement(By.id("timeline-frame")));
      await until(driver, async () => (await readyCount(driver)) >= 1, "the framed widget");
      await until(driver, async () => (await selectedId(driver)) === "et-tab-power-cut", "the fragment's event");
      await driver.findElement(By.id("et-tab-sleeper-cell")).click();
      await driver.switchTo().defaultContent();
      await until(driver, async () => (await js(driver, () => document.getElementById("last-message")?.textContent))
        === '{"type":"event-timeline:select","id":"sleeper-cell"}', "the parent's message");
      same(await problems(driver), [], "problems");
    },
  },
  {
    name: "the pre-rendered page without JavaScript: every event, each [n] a link to its reference",
    options: { javascript: false },
    async run({ driver, base }) {
      await open(driver, base, "/", 0);
      // With scripts on, the axis shows and the panels but one are hidden: these prove they are off.
      for (const id of IDS) check(await driver.findElement(By.id(`et-panel-${id}`)).isDisplayed(), `${id} is not shown`);
      check(!(await driver.findElement(By.css(".et-axis")).isDisplayed()), "the inert axis is shown");
      const link = await driver.findElement(By.css("#et-panel-power-cut .et-panel-text .et-cite-link"));
      same(await link.getText(), "[9]", "the power cut's citation");
      await link.click();
      await until(driver, async () => (await driver.getCurrentUrl()).endsWith("#et-ref-9"), "#et-ref-9");
    },
    only: ["chromium", "firefox"],
    why: "WebKitWebDriver cannot turn scripts off",
  },
  {
    name: "hydration keeps every box where the pre-rendered page put it",
    async run({ driver, base }) {
      await fetch(`${base}/__hold`);
      try {
        await open(driver, base, "/", 0);
        await until(driver, () => js(driver, () => document.querySelectorAll("[role=tab]").length === 9), "pre-rendered tabs");
        const boxes = () => js(driver, () =>
          [...document.querySelectorAll(".et-title, [role=tab], .et-panel:not([hidden]), .et-band, .et-ref-list > li")]
            .map((e) => { const r = e.getBoundingClientRect(); return [e.id || e.className, r.x, r.y, r.width, r.height].join(" "); }));
        const before = await boxes();
        same(await readyCount(driver), 0, "ready before the WebAssembly arrived");
        await fetch(`${base}/__release`);
        await until(driver, async () => (await readyCount(driver)) >= 1, "hydration");
        await painted(driver);
        same(await boxes(), before, "boxes after hydration");
        same(await problems(driver), [], "problems");
      } finally {
        await fetch(`${base}/__release`);
      }
    },
  },
];
