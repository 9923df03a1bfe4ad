// End-to-end tests against the release build in dist/, in Debian's Chromium (never a
// downloaded browser). `make test` builds dist/ first.
import { defineConfig } from "@playwright/test";

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
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--disable-quic",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${port} --root dist`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
  },
});
