// End-to-end tests against the release build in dist/, in Debian's Chromium (never a
// downloaded browser). `make test` builds dist/ first.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./scripts/local-chromium.mjs";

const port = 4173;
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  workers: 2,
  retries: 0,
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: "chromium",
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --root dist`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
