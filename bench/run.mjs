// `make bench`: our widget against TimelineJS3, vis-timeline and react-chrono, on the same
// events, in headless Chromium. Writes results/bench/latest.{md,json} and ready.svg and puts
// the table in results/bench/README.md. Definitions are in results/bench/latest.md (and below).
//
// Usage: node bench/run.mjs [--runs N] [--raid-runs N] [--sizes raid,100,1000,10000] [--no-readme]
// Every N also loads the floor page (bench/floor-element.js: our finished markup and CSS put in
// place by a few lines of JavaScript, no WebAssembly): the table shows it beside our ready time.
import { chromium } from "playwright-core";
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";
import { cpus, totalmem } from "node:os";
import { generate } from "./generate.mjs";
import { toTimelineJS, toVis, toChrono } from "./convert.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option("--runs", process.env.BENCH_RUNS ?? 5));
// The raid's size carries the floor target, and its runs are short while single runs of the
// floor and of ours move ±30 ms on a 2-core machine: three times the runs there (by default).
const RAID_RUNS = Number(option("--raid-runs", 3 * RUNS));
const runsFor = (size) => (size === "raid" ? RAID_RUNS : RUNS);
const SIZES = option("--sizes", "raid,100,1000,10000").split(",");
// Our ready time may be at most this many times the floor's at the raid's size (issue 15).
const FLOOR_TARGET = 1.5;
const PORT = 4180;
const BASE = `http://127.0.0.1:${PORT}`;
const READY_TIMEOUT_MS = 60_000;
const SELECTIONS = 20;

// ---- data: the raid, and synthetic sets (one day at minute precision, or years at day precision)
const DATA_DIR = "target/bench/data";
mkdirSync(DATA_DIR, { recursive: true });
mkdirSync("target/bench/pages", { recursive: true });
const SPREAD = { 100: "day", 1000: "years", 10000: "day" };
function datasets(size) {
  const story = size === "raid"
    ? JSON.parse(readFileSync("data/idlib-2014.json", "utf8"))
    : generate(Number(size), SPREAD[size] ?? "day");
  const files = {};
  for (const [widget, data] of Object.entries({ ours: story, timelinejs: toTimelineJS(story), vis: toVis(story), chrono: toChrono(story) })) {
    files[widget] = `/${DATA_DIR}/${size}-${widget}.json`;
    writeFileSync(`.${files[widget]}`, JSON.stringify(data));
  }
  return { n: story.events.length, files };
}

// ---- one page per widget; "ready" is when the first frame after the widget says it has drawn
// its events has been laid out and painted (documented per widget below).
const HEAD = `<meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>bench</title>
<link rel="icon" href="/dist/favicon.svg"><script>
window.__signalReady = () => { if (!window.__signalled) { window.__signalled = true;
  requestAnimationFrame(() => setTimeout(() => { window.__readyAt = performance.now(); console.debug("bench:ready"); }, 0)); } };
</script>`;
const WIDGETS = {
  ours: {
    name: "event-timeline (ours)",
    ready: "`timeline-ready` event (story fetched, validated and rendered)",
    page: (data) => `${HEAD}<script type="module" src="/dist/embed/event-timeline.js"></script></head><body>
      <event-timeline src="${data}" hash="false"></event-timeline>
      <script>document.addEventListener("timeline-ready", () => __signalReady(), { once: true });</script>`,
    select: async (page) => {
      await page.locator("event-timeline [role=tab][aria-selected=true]").focus();
      return async () => page.keyboard.press("ArrowRight");
    },
  },
  timelinejs: {
    name: "TimelineJS3 3.9.11",
    ready: "its `ready` event",
    page: (data) => `${HEAD}<link rel="stylesheet" href="/bench/node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
      <script src="/bench/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script></head><body>
      <div id="tl" style="height:600px"></div><script>
      fetch("${data}").then((r) => r.json()).then((d) => {
        const tl = new TL.Timeline("tl", d, { hash_bookmark: false, script_path: location.origin + "/bench/node_modules/@knight-lab/timelinejs/dist/js/" });
        tl.on("ready", () => __signalReady());
      });</script>`,
    select: async (page) => async () => page.locator(".tl-slidenav-next").first().click({ force: true }),
  },
  vis: {
    name: "vis-timeline 8.5.4",
    ready: "its first `changed` event (first redraw)",
    page: (data) => `${HEAD}<link rel="stylesheet" href="/bench/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">
      <script src="/bench/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script></head><body>
      <div id="vis"></div><script>
      fetch("${data}").then((r) => r.json()).then((items) => {
        const t = new vis.Timeline(document.getElementById("vis"), items, {});
        t.once("changed", () => __signalReady());
      });</script>`,
    select: async (page) => {
      let i = 0;
      return async () => {
        const items = page.locator(".vis-item");
        const count = await items.count();
        await items.nth(i++ % Math.max(1, count)).click({ force: true });
      };
    },
  },
  chrono: {
    name: "react-chrono 3.3.3",
    ready: "a React effect after the first commit",
    page: (data) => `${HEAD}<link rel="stylesheet" href="/bench/.build/chrono-entry.css">
      <script src="/bench/.build/chrono-entry.js"></script></head><body>
      <div id="chrono" style="height:600px"></div><script>
      fetch("${data}").then((r) => r.json()).then((items) => __mountChrono(document.getElementById("chrono"), items));
      </script>`,
    select: async (page) => async () => page.locator('button[aria-label="Next"]').first().click({ force: true }),
  },
};

// Not a widget: the lower bound for this view, shown as a column beside ours.
WIDGETS.floor = {
  name: "floor (our markup and CSS, no WebAssembly)",
  ready: "the captured markup is in place (nothing drawing the same view can be ready sooner)",
  page: (data) => WIDGETS.ours.page(data).replace("/dist/embed/event-timeline.js", "/bench/floor-element.js"),
  select: async () => async () => {}, // a picture: nothing to select
};

/** Writes a widget's page for this data to `file`. */
const writePage = (file, spec, data) =>
  writeFileSync(file, `<!doctype html><html lang="en"><head>${spec.page(data)}</body></html>`);

// Ready arrives as a console message: polling the page (waitForFunction) would put the
// driver's own script on the main thread while the widget is starting.
const readySignal = (page) =>
  page.waitForEvent("console", { predicate: (m) => m.text() === "bench:ready", timeout: READY_TIMEOUT_MS });

/** The markup our widget shows for this data, for the floor page. */
async function captureMarkup(browser, data, file) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  writePage("target/bench/pages/capture.html", WIDGETS.ours, data);
  const ready = readySignal(page);
  await page.goto(`${BASE}/target/bench/pages/capture.html`);
  await ready;
  const html = await page.locator("event-timeline").evaluate((e) => e.shadowRoot.querySelector(".et-host").innerHTML);
  writeFileSync(`.${file}`, JSON.stringify({ html }));
  await page.close();
}

// Input-to-next-paint: from the input event's timestamp to a task queued after the next frame.
const LATENCY = () => {
  window.__latency = [];
  for (const type of ["click", "keydown", "wheel"]) {
    addEventListener(type, (e) => {
      const t0 = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => window.__latency.push(performance.now() - t0), 0));
    }, true);
  }
};

const brotliCache = new Map();
const brotli = (url, body) => {
  const key = `${url}:${body.length}`;
  if (!brotliCache.has(key)) {
    brotliCache.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
  }
  return brotliCache.get(key);
};

async function measure(browser, widget, data) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(3000); // an input a widget cannot take must not stall the run
  const client = await context.newCDPSession(page);
  await client.send("Performance.enable");
  await page.addInitScript(LATENCY);
  const spec = WIDGETS[widget];
  const file = `target/bench/pages/${widget}-${data.split("/").pop().replace(".json", "")}.html`;
  writePage(file, spec, data);
  const responses = [];
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => responses.push(r));
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const signalled = readySignal(page);
  signalled.catch(() => {}); // awaited below unless the page itself fails to load
  try {
    await page.goto(`${BASE}/${file}`, { waitUntil: "commit" });
    await signalled;
  } catch {
    await context.close();
    return { dnf: true, errors };
  }
  // From the widget's first request (the page around it is the same for every widget).
  const ready = await page.evaluate(() => window.__readyAt - Math.min(...performance.getEntriesByType("resource")
    .filter((r) => !r.name.includes("favicon")).map((r) => r.startTime)));
  const outside = requests.filter((u) => !u.startsWith(BASE));
  const metrics = Object.fromEntries((await client.send("Performance.getMetrics")).metrics.map((m) => [m.name, m.value]));
  const nodes = await page.evaluate(() => {
    const count = (root) => [...root.querySelectorAll("*")].reduce((n, e) => n + 1 + (e.shadowRoot ? count(e.shadowRoot) : 0), 0);
    return count(document);
  });
  const wasm = widget === "ours"
    ? await page.evaluate(async () => (await import("/dist/embed/event-timeline.js")).wasmMemoryBytes())
    : 0;
  let bytes = 0;
  const loaded = responses.filter((r) => r.request().resourceType() !== "document" && !r.url().includes("favicon"));
  for (const r of loaded) {
    const body = await r.body().catch(() => Buffer.alloc(0));
    bytes += brotli(r.url(), body);
  }
  const step = await spec.select(page);
  await page.evaluate(() => { window.__latency.length = 0; });
  // At most 6 s of selecting: a widget taking a second per selection still gives five samples.
  const deadline = Date.now() + 6000;
  for (let i = 0; i < SELECTIONS && Date.now() < deadline; i++) {
    try { await step(); } catch { break; }
    await page.waitForTimeout(50);
  }
  const latency = await page.evaluate(() => window.__latency.slice());
  const search = widget === "ours" ? await searchLatency(page) : [];
  const zoom = widget === "ours" ? await zoomLatency(page) : [];
  await context.close();
  return {
    ready,
    busy: metrics.TaskDuration * 1000,
    nodes,
    memory: metrics.JSHeapUsedSize + wasm,
    bytes,
    requests: requests.filter((u) => !u.includes("favicon")).length - 1,
    outside: outside.length,
    latency: latency.length ? median(latency) : null,
    selections: latency.length,
    search: search.length ? median(search) : null,
    zoom: zoom.length ? median(zoom) : null,
    errors,
  };
}

// Our search (shown above 20 events): each keystroke of a query and its deletion, from the
// key to the first frame painted with the matches (as for a selection). None at the raid's size.
const QUERY = "synthetic event 12";
async function searchLatency(page) {
  const field = page.locator("event-timeline input[type=search]");
  if (!(await field.count())) return [];
  await field.focus();
  await page.evaluate(() => { window.__latency.length = 0; });
  for (const key of [...QUERY, ...Array(QUERY.length).fill("Backspace")]) {
    await page.keyboard.press(key === " " ? "Space" : key);
    await page.waitForTimeout(50);
  }
  return page.evaluate(() => window.__latency.slice());
}

// Our zoom and pan: "+" four times on the focused axis, four horizontal scrolls over it, "-"
// four times; each from its input to the first frame painted after it.
async function zoomLatency(page) {
  const tab = page.locator("event-timeline [role=tab][aria-selected=true]");
  const axis = await page.locator("event-timeline .et-bands, event-timeline .et-clusters").first().boundingBox();
  if (!(await page.locator("event-timeline .et-zoom").count()) || !axis) return [];
  await tab.focus();
  await page.evaluate(() => { window.__latency.length = 0; });
  const pause = () => page.waitForTimeout(50);
  for (let i = 0; i < 4; i++) { await page.keyboard.press("+"); await pause(); }
  await page.mouse.move(axis.x + axis.width / 2, axis.y + axis.height / 2);
  for (let i = 0; i < 4; i++) { await page.mouse.wheel(200, 0); await pause(); }
  await tab.focus();
  for (let i = 0; i < 4; i++) { await page.keyboard.press("-"); await pause(); }
  return page.evaluate(() => window.__latency.slice());
}

const median = (xs) => {
  const s = xs.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function serve() {
  const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", String(PORT), "--root", "."], { stdio: "ignore" });
  return new Promise((resolve) => setTimeout(() => resolve(server), 500));
}

// ---- run
if (!existsSync("dist/embed/widget_bg.wasm")) throw new Error("build first: make build");
const server = await serve();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const results = [];
const started = Date.now();
try {
  for (const size of SIZES) {
    const { n, files } = datasets(size);
    files.floor = files.ours.replace("-ours.json", "-floor.json");
    await captureMarkup(browser, files.ours, files.floor);
    const runs = Object.fromEntries(Object.keys(WIDGETS).map((w) => [w, []]));
    const gaveUp = new Set();
    const count = runsFor(size);
    for (let run = 0; run < count; run++) {
      // Alternate the order of widgets from run to run.
      const order = Object.keys(WIDGETS);
      for (let k = 0; k < run % order.length; k++) order.push(order.shift());
      for (const widget of order) {
        if (gaveUp.has(widget)) continue;
        const m = await measure(browser, widget, files[widget]);
        if (m.dnf) gaveUp.add(widget);
        runs[widget].push(m);
        process.stdout.write(`N=${n} run ${run + 1}/${count} ${widget}: ${m.dnf ? "not ready within 60 s" : `ready ${m.ready.toFixed(0)} ms, selection ${m.latency?.toFixed(1) ?? "n/a"} ms${m.search ? `, search ${m.search.toFixed(1)} ms` : ""}`}\n`);
      }
    }
    for (const [widget, ms] of Object.entries(runs)) {
      const ok = ms.filter((m) => !m.dnf);
      const pick = (k) => median(ok.map((m) => m[k]));
      results.push({
        size, n, widget, runs: ok.length, dnf: ok.length === 0,
        ready: pick("ready"), busy: pick("busy"), nodes: pick("nodes"), memory: pick("memory"),
        bytes: pick("bytes"), requests: pick("requests"), outside: pick("outside"), latency: pick("latency"), search: pick("search"), zoom: pick("zoom"),
        selections: pick("selections"), errors: [...new Set(ms.flatMap((m) => m.errors))].slice(0, 3),
      });
    }
  }
} finally {
  await browser.close();
  server.kill();
}

// ---- report
const fmt = {
  ms: (v) => (v === null ? "n/a" : v < 10 ? v.toFixed(1) : v.toFixed(0)),
  kb: (v) => (v === null ? "n/a" : (v / 1024).toFixed(v < 10240 ? 1 : 0)),
  mb: (v) => (v === null ? "n/a" : (v / 1048576).toFixed(1)),
  n: (v) => (v === null ? "n/a" : Math.round(v).toLocaleString("en")),
};
const ratio = (ours, peer) => (ours === null || peer === null || !peer ? "n/a" : (ours / peer).toFixed(2));
const lines = [];
const machine = `${cpus().length} × ${cpus()[0]?.model ?? "CPU"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, headless Chromium (Debian), ${new Date().toISOString().slice(0, 10)}`;
lines.push(`Machine: ${machine}. Medians of ${RUNS} runs per widget (${RAID_RUNS} at the raid's size; widget order alternating); ${SELECTIONS} selections per run (fewer when a widget needs more than 6 s for them).`, "");
lines.push("| N | widget | ready ms | ratio | floor ms | ÷ floor | main-thread busy ms | transferred KB (br) | requests | DOM nodes | JS heap + WASM MB | selection ms (median) | ratio |");
lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
const floorRatios = {};
for (const size of SIZES) {
  const rows = results.filter((r) => r.size === size && r.widget !== "floor");
  const ours = rows.find((r) => r.widget === "ours");
  const floor = results.find((r) => r.size === size && r.widget === "floor");
  floorRatios[size] = ratio(ours?.ready ?? null, floor?.ready ?? null);
  for (const r of rows) {
    const label = `${fmt.n(r.n)}${size === "raid" ? " (the raid)" : ` (${SPREAD[size]})`}`;
    if (r.dnf) {
      lines.push(`| ${label} | ${WIDGETS[r.widget].name} | not ready in 60 s | | | | | | | | | | |`);
      continue;
    }
    const mine = r.widget === "ours";
    const requests = `${fmt.n(r.requests)}${r.outside ? ` (${fmt.n(r.outside)} outside, failed)` : ""}`;
    const floorCells = mine ? `${fmt.ms(floor?.ready ?? null)} | ${floorRatios[size]}` : " | ";
    lines.push(`| ${label} | ${WIDGETS[r.widget].name} | ${fmt.ms(r.ready)} | ${mine ? "" : ratio(ours?.ready ?? null, r.ready)} | ${floorCells} | ${fmt.ms(r.busy)} | ${fmt.kb(r.bytes)} | ${requests} | ${fmt.n(r.nodes)} | ${fmt.mb(r.memory)} | ${r.selections ? fmt.ms(r.latency) : "n/a"} | ${mine ? "" : ratio(ours?.latency ?? null, r.latency)} |`);
  }
}
const searched = results.filter((r) => r.widget === "ours" && r.search !== null && r.search !== undefined);
if (searched.length) {
  lines.push("", `Our search, a keystroke to the next painted frame (median of ${QUERY.length * 2} keys per run: typing "${QUERY}" and deleting it; target ≤ 16 ms): ${searched.map((r) => `N=${fmt.n(r.n)} ${fmt.ms(r.search)} ms`).join(", ")}.`);
}
const zoomed = results.filter((r) => r.widget === "ours" && r.zoom !== null && r.zoom !== undefined);
if (zoomed.length) {
  lines.push("", `Our zoom and pan, a step to the next painted frame (median of 12 steps per run: "+" four times, four horizontal scrolls over the axis, "-" four times; target ≤ 16 ms): ${zoomed.map((r) => `N=${fmt.n(r.n)} ${fmt.ms(r.zoom)} ms`).join(", ")}.`);
}
const raidFloor = floorRatios.raid;
if (raidFloor !== undefined) {
  lines.push("", `At the raid's size our ready time is ${raidFloor}× the floor's (target ≤ ${FLOOR_TARGET}×: ${raidFloor !== "n/a" && Number(raidFloor) <= FLOOR_TARGET ? "met" : "not met"}).`);
}
lines.push("", "Floor: a page with our widget's finished markup (captured from the real widget) and our stylesheet, put in place by a few lines of JavaScript with no WebAssembly (`bench/floor-element.js`): no widget drawing this view can be ready sooner. ÷ floor is ours ÷ floor.");
lines.push("", "Ratios are ours ÷ theirs (below 1: we are faster). Ready: from the widget's first request (the page around it is the same for all) until the first frame after the widget's own signal has been painted —",
  ...Object.entries(WIDGETS).filter(([k]) => k !== "floor").map(([, w]) => `- ${w.name}: ${w.ready}`),
  "", "Selection: input (our ArrowRight on the tab strip; TimelineJS's next arrow; a click on a vis item; react-chrono's next button) to the first frame painted after it. The page tells the runner it is ready with a console message; nothing polls it. Main-thread busy: Chromium's TaskDuration at ready. Bytes: brotli (quality 11) of every response until ready, data included; requests: every request after the page itself (a request outside this machine fails at once here, as TimelineJS's Google Fonts do, so its times are a lower bound).",
  `Run time: ${((Date.now() - started) / 60000).toFixed(1)} min.`);
const table = lines.join("\n");
console.log(`\n${table}`);
mkdirSync("results/bench", { recursive: true });
writeFileSync("results/bench/latest.md", `# Benchmark\n\n${table}\n\n![Ready time against N](ready.svg)\n`);
writeFileSync("results/bench/latest.json", JSON.stringify({ machine, runs: RUNS, raidRuns: RAID_RUNS, results }, null, 1));
writeFileSync("results/bench/ready.svg", chart(results));
const BENCH_README = "results/bench/README.md";
if (!args.includes("--no-readme") && existsSync(BENCH_README)) {
  const readme = readFileSync(BENCH_README, "utf8");
  const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`);
  writeFileSync(BENCH_README, updated);
}
console.log(`\n${table}\n\nWrote results/bench/latest.md, latest.json, ready.svg.`);

/** Ready time against N, log–log, one line per widget. */
function chart(results) {
  const W = 640, H = 400, L = 70, R = 200, T = 20, B = 50;
  const colours = { ours: "#0b5cad", timelinejs: "#b3261e", vis: "#2e7d32", chrono: "#7b1fa2", floor: "#888888" };
  const ok = results.filter((r) => !r.dnf && r.ready);
  const xs = ok.map((r) => r.n), ys = ok.map((r) => r.ready);
  const [x0, x1] = [Math.log10(Math.min(...xs)), Math.log10(Math.max(...xs))];
  const [y0, y1] = [Math.floor(Math.log10(Math.min(...ys))), Math.ceil(Math.log10(Math.max(...ys)))];
  const px = (n) => L + ((Math.log10(n) - x0) / Math.max(1e-9, x1 - x0)) * (W - L - R);
  const py = (v) => T + (1 - (Math.log10(v) - y0) / Math.max(1e-9, y1 - y0)) * (H - T - B);
  let svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`;
  svg += `<rect width="${W}" height="${H}" fill="#fff"/><text x="${L}" y="14">Time to ready (ms, log) against number of events (log)</text>`;
  for (let e = y0; e <= y1; e++) svg += `<line x1="${L}" x2="${W - R}" y1="${py(10 ** e)}" y2="${py(10 ** e)}" stroke="#ddd"/><text x="${L - 8}" y="${py(10 ** e) + 4}" text-anchor="end">${10 ** e}</text>`;
  for (const n of [...new Set(xs)]) svg += `<text x="${px(n)}" y="${H - B + 18}" text-anchor="middle">${n.toLocaleString("en")}</text>`;
  Object.keys(WIDGETS).forEach((w, i) => {
    const pts = ok.filter((r) => r.widget === w).sort((a, b) => a.n - b.n);
    if (pts.length) {
      svg += `<polyline fill="none" stroke="${colours[w]}" stroke-width="2" points="${pts.map((p) => `${px(p.n).toFixed(1)},${py(p.ready).toFixed(1)}`).join(" ")}"/>`;
      for (const p of pts) svg += `<circle cx="${px(p.n).toFixed(1)}" cy="${py(p.ready).toFixed(1)}" r="3" fill="${colours[w]}"/>`;
    }
    svg += `<rect x="${W - R + 20}" y="${T + 20 + i * 22}" width="12" height="12" fill="${colours[w]}"/><text x="${W - R + 38}" y="${T + 30 + i * 22}">${WIDGETS[w].name}</text>`;
  });
  return `${svg}</svg>\n`;
}
