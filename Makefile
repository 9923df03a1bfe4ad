# event-timeline: `make serve` serves the widget, `make test` runs every test.
# Each target does its own setup first (scripts/setup.sh is idempotent and fast when done).
SHELL := /bin/bash
PORT ?= 8080

.PHONY: setup build dist package serve test lint size bench check-data

setup:
	@scripts/setup.sh

## Release build into dist/: the demo page, dist/embed/, dist/examples/ (wasm-opt -Oz via Trunk).
build: setup
	@scripts/build.sh

## The files to host: dist/embed/ (element, widget, styles, iframe page) and the examples.
dist: build

## The npm package: dist/npm/package/ and its tarball dist/npm/event-timeline-<version>.tgz.
package: build
	@node scripts/package.mjs

## Build, then serve dist/ on http://127.0.0.1:$(PORT)/
serve: build
	@node scripts/serve.mjs --port $(PORT)

## Every test: lint, native, browser (wasm-bindgen-test), end-to-end (Playwright), size budget.
test: setup
	@scripts/test.sh

## Formatting and clippy (native and wasm32), as make test's first stage.
lint: setup
	@scripts/lint.sh

## Raw, gzip and brotli bytes of what the demo page loads; fails above size-budget.json.
## Then what each crate costs in the WebAssembly: the viewer's (the demo page's), then the full build's.
size: build
	@node scripts/size.mjs dist
	@node scripts/wasm-crates.mjs target/viewer/viewer_bg.wasm dist/embed/viewer_bg.wasm
	@node scripts/wasm-crates.mjs

## Our widget against TimelineJS3, vis-timeline and react-chrono, N = the raid, 100, 1,000 and
## 10,000 events; writes results/bench/ and its README table. Peers are installed into
## bench/node_modules (never committed). Under 15 minutes on 2 cores.
bench: build
	@cd bench && npm ci --no-audit --no-fund --loglevel=error
	@cd bench && npx esbuild peers/chrono-entry.js --bundle --minify --format=iife --outdir=.build \
		--define:process.env.NODE_ENV='"production"' --loader:.css=css --log-level=warning
	@node bench/run.mjs

check-data:
	cargo run -q --bin timeline-check -- data/idlib-2014.json
