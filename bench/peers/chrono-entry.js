// react-chrono for the benchmark, bundled by esbuild at bench time (never committed).
import { createElement, useEffect } from "react";
import { createRoot } from "react-dom/client";
import { Chrono } from "react-chrono";
import "react-chrono/dist/style.css";

function Ready({ children }) {
  // Runs after React has committed the tree to the DOM.
  useEffect(() => { window.__signalReady(); }, []);
  return children;
}

export function mount(container, items) {
  createRoot(container).render(
    createElement(Ready, null, createElement(Chrono, { items, mode: "HORIZONTAL", disableToolbar: false })));
}
window.__mountChrono = mount;
