// Injected by `scripts/serve.mjs --probe` as every page's first script, for the cross-engine
// reader tasks: WebKitWebDriver has no BiDi, so console errors, uncaught errors, CSP violations
// and the widgets' events are recorded here, in the page, the same way in every engine.
(() => {
  const probe = (window.__probe = { problems: [], events: [], ready: 0 });
  for (const level of ["error", "warn"]) {
    const original = console[level].bind(console);
    console[level] = (...args) => {
      probe.problems.push(`console.${level}: ${args.map(String).join(" ")}`);
      original(...args);
    };
  }
  window.addEventListener("error", (e) => {
    const what = e.target && e.target !== window ? `failed to load ${e.target.src || e.target.href}` : e.message;
    probe.problems.push(`error: ${what}`);
  }, true);
  window.addEventListener("unhandledrejection", (e) => probe.problems.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener("securitypolicyviolation", (e) =>
    probe.problems.push(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  for (const type of ["timeline-ready", "timeline-select", "timeline-error"]) {
    document.addEventListener(type, (e) => {
      probe.events.push({ type, target: e.target.id, detail: e.detail });
      if (type === "timeline-ready") probe.ready += 1;
    });
  }
  window.addEventListener("message", (e) => probe.events.push({ type: "message", detail: e.data }));
})();
