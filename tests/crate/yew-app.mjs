// The example Yew app (examples/yew-app, built by Trunk into target/yew-app-dist) in Chromium:
// both of its timelines render, the built-in story and its own from JSON, and work.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH, serveStatic } from "../../scripts/local-chromium.mjs";

const PORT = 4177;
const server = await serveStatic("target/yew-app-dist", PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => ["error", "warning"].includes(m.type()) && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(`http://127.0.0.1:${PORT}/`);
  const titles = page.locator(".et-title");
  await titles.nth(1).waitFor({ timeout: 15_000 });
  const texts = await titles.allTextContents();
  if (JSON.stringify(texts) !== JSON.stringify(["2014 raid on Idlib city", "A small story"])) {
    throw new Error(`titles: ${JSON.stringify(texts)}`);
  }
  // The app selects an event through its Remote; then a reader's click selects another.
  await page.locator("#to-the-end").click();
  await page.locator("#mine-panel-end:not([hidden])").waitFor({ timeout: 5_000 });
  await page.locator("#mine-tab-start").click();
  await page.locator("#mine-panel-start:not([hidden])").waitFor({ timeout: 5_000 });
  if (problems.length) throw new Error(`console: ${problems.join("; ")}`);
  console.log("example Yew app: both timelines render, the app selects an event through a Remote, a click selects another");
} finally {
  await browser.close();
  server.kill();
}
