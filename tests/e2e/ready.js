// Shared by the end-to-end specs: opening a page and waiting until its widgets are live.
// A pre-rendered page shows the whole widget before the WebAssembly runs, so a click or a key
// right after `goto` can reach markup nobody listens to yet: wait for `timeline-ready`.

/** Counts `timeline-ready` events in every page this `page` opens (call before `goto`). */
export async function countReady(page) {
  await page.addInitScript(() => {
    if ("__ready" in window) return; // added twice to this page: count once
    window.__ready = 0;
    document.addEventListener("timeline-ready", () => { window.__ready += 1; });
  });
}

/** Waits until `count` widgets of the current page said `timeline-ready`. */
export async function waitReady(page, count = 1) {
  await page.waitForFunction((n) => window.__ready >= n, count);
}

/** Opens `url` and waits until `count` widgets are live. */
export async function gotoReady(page, url, count = 1) {
  await countReady(page);
  const response = await page.goto(url);
  await waitReady(page, count);
  return response;
}
