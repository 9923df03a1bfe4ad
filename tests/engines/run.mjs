// The reader tasks in three engines, over WebDriver: Chromium (chromedriver), Firefox ESR
// (geckodriver) and WebKitGTK (WebKitWebDriver with MiniBrowser, under Xvfb). One suite
// (tests/engines/tasks.mjs) runs in each; each engine prints "engine: N passed, M failed".
// Usage: node tests/engines/run.mjs [chromium] [firefox] [webkit]   (default: all three)
// Needs dist/ (make build) and the packages scripts/setup.sh installs.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { homedir } from "node:os";
import { WebDriver, Capabilities } from "selenium-webdriver";
import { Executor, HttpClient } from "selenium-webdriver/http/index.js";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../scripts/local-chromium.mjs";
import { TASKS } from "./tasks.mjs";

const SERVER_PORT = 4175;
const BASE = `http://127.0.0.1:${SERVER_PORT}`;
const DISPLAY = ":97";
const WINDOW = { width: 1400, height: 1100 };

const ENGINES = {
  chromium: {
    driver: (port) => ["/usr/bin/chromedriver", [`--port=${port}`]],
    capabilities: (options = {}) => ({
      browserName: "chrome",
      "goog:chromeOptions": {
        binary: CHROMIUM_PATH,
        args: [...CHROMIUM_ARGS, `--window-size=${WINDOW.width},${WINDOW.height}`,
          ...(options.javascript === false ? ["--blink-settings=scriptEnabled=false"] : [])],
      },
    }),
    print: true,
  },
  firefox: {
    driver: (port) => [`${homedir()}/.cargo/bin/geckodriver`, ["--port", String(port)]],
    capabilities: (options = {}) => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: "/usr/bin/firefox-esr",
        args: ["-headless", "-width", String(WINDOW.width), "-height", String(WINDOW.height)],
        prefs: { "javascript.enabled": options.javascript !== false, "ui.prefersReducedMotion": 1 },
      },
    }),
    print: true,
  },
  webkit: {
    driver: (port) => ["/usr/bin/WebKitWebDriver", [`--port=${port}`, "--replace-on-new-session"]],
    env: { DISPLAY },
    capabilities: () => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": {
        binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
        args: ["--automation"],
      },
    }),
    needsDisplay: true,
    print: false, // WebKitWebDriver has no Print command
  },
};

const children = [];
function start(command, args, env = {}) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr.on("data", (d) => { errors = (errors + d).slice(-2000); });
  child.lastErrors = () => errors;
  children.push(child);
  return child;
}
const stopAll = () => { for (const c of children) c.kill(); };
process.on("exit", stopAll);
process.on("SIGINT", () => process.exit(130));

async function waitForHttp(url, what, timeoutMs = 20_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const response = await fetch(url);
      if (response.status < 500) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not answer at ${url}`);
}

/** A WebDriver session for this engine (JavaScript off when options.javascript === false). */
async function session(engine, port, options) {
  const executor = new Executor(new HttpClient(`http://127.0.0.1:${port}`));
  const driver = await WebDriver.createSession(executor, new Capabilities(engine.capabilities(options)));
  await driver.manage().window().setRect({ x: 0, y: 0, ...WINDOW }).catch(() => {});
  return driver;
}

async function runEngine(name, port) {
  const engine = ENGINES[name];
  const [command, args] = engine.driver(port);
  if (!existsSync(command)) throw new Error(`${name}: ${command} is missing (run scripts/setup.sh)`);
  const driverProcess = start(command, args, engine.env);
  await waitForHttp(`http://127.0.0.1:${port}/status`, `${name}'s WebDriver`);
  const results = [];
  let driver = null;
  try {
    for (const task of TASKS) {
      if (task.only && !task.only.includes(name)) {
        results.push({ name: task.name, skipped: task.why });
        continue;
      }
      const began = Date.now();
      try {
        // A task that needs its own browser (JavaScript off) gets a session of its own; some
        // drivers (geckodriver) hold one session at a time, so the shared one ends first.
        if (task.options) {
          await driver?.quit();
          driver = null;
        }
        const own = task.options ? await session(engine, port, task.options) : null;
        driver ??= own ? null : await session(engine, port);
        try {
          await task.run({ driver: own ?? driver, base: BASE, engine: name, print: engine.print });
        } finally {
          await own?.quit();
        }
        results.push({ name: task.name, ok: true, ms: Date.now() - began });
      } catch (error) {
        results.push({ name: task.name, ok: false, error: error?.stack ?? String(error) });
        // A broken session should not fail the tasks after it.
        await driver?.quit().catch(() => {});
        driver = null;
      }
    }
  } finally {
    await driver?.quit().catch(() => {});
    driverProcess.kill();
  }
  return results;
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const names = wanted.length ? wanted : Object.keys(ENGINES);
for (const n of names) if (!ENGINES[n]) throw new Error(`unknown engine ${n}; known: ${Object.keys(ENGINES).join(", ")}`);
mkdirSync("artifacts/screenshots", { recursive: true });
start(process.execPath, ["scripts/serve.mjs", "--port", String(SERVER_PORT), "--root", "dist", "--probe", "tests/engines/probe.js"]);
await waitForHttp(`${BASE}/`, "the test server");
if (names.some((n) => ENGINES[n].needsDisplay)) {
  start("Xvfb", [DISPLAY, "-screen", "0", "1920x1200x24", "-nolisten", "tcp"]);
  await new Promise((r) => setTimeout(r, 500));
}

const lines = [];
let failed = 0;
for (const [i, name] of names.entries()) {
  let results;
  try {
    results = await runEngine(name, 4480 + i);
  } catch (error) {
    results = [{ name: "start the engine", ok: false, error: error?.stack ?? String(error) }];
  }
  for (const r of results) {
    if (r.skipped) console.log(`  - ${name}: ${r.name} (skipped: ${r.skipped})`);
    else if (r.ok) console.log(`  ✓ ${name}: ${r.name} (${r.ms} ms)`);
    else console.log(`  ✗ ${name}: ${r.name}\n${r.error.replace(/^/gm, "      ")}`);
  }
  const pass = results.filter((r) => r.ok).length;
  const fail = results.filter((r) => r.ok === false).length;
  const skip = results.filter((r) => r.skipped).length;
  failed += fail;
  lines.push(`${name}: ${pass} passed, ${fail} failed${skip ? `, ${skip} skipped` : ""}`);
}
console.log(`\n${lines.join("\n")}`);
stopAll();
process.exit(failed ? 1 : 0);
