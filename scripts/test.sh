#!/usr/bin/env bash
# Runs every test stage and prints the test counts of each. Called by `make test`.
set -euo pipefail
cd "$(dirname "$0")/.."
summary=()
count() { grep -Eo 'test result: ok\. [0-9]+ passed' | awk '{s += $4} END {print s + 0}'; }
stage() { printf '\n=== %s ===\n' "$*"; }

stage "lint: cargo fmt --check, cargo clippy -D warnings (native and wasm32)"
scripts/lint.sh
summary+=("lint: clean")

stage "native: cargo test (model, validation corpus, server-side-rendered components)"
out=$(mktemp)
cargo test 2>&1 | tee "$out"
summary+=("native: $(count < "$out") passed")
# Every feature adds: the crate builds and its tests pass without any (a Yew app's choice),
# and with the built-in story only.
cargo test --quiet --no-default-features 2>&1 | tail -n 3
cargo check --quiet --no-default-features --features builtin-story --all-targets
summary+=("native: also without default features, and with builtin-story only")

stage "browser: wasm-bindgen-test in headless Chromium"
(
  # shellcheck disable=SC1091
  source target/toolchain.env
  cargo test --target wasm32-unknown-unknown --test browser
) 2>&1 | tee "$out"
summary+=("browser: $(count < "$out") passed")

stage "release build (trunk --release --offline, then pre-render)"
scripts/build.sh

stage "end-to-end: Playwright against dist/"
npx playwright test --reporter=list 2>&1 | tee "$out"
e2e=$(grep -Eo '^ *[0-9]+ passed' "$out" | awk '{print $1}' | tail -n1)
summary+=("end-to-end (Playwright, Chromium): ${e2e:-0} passed")

stage "the crate: cargo package, cargo doc, and the example Yew app (examples/yew-app) built by Trunk from the packed crate"
cargo package --quiet --allow-dirty
# A registry user's copy carries the stylesheet the README tells them to link.
cargo package --list --allow-dirty | grep -qx 'styles/timeline.css' \
  || { echo "the packaged crate has no styles/timeline.css" >&2; exit 1; }
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps --lib
(
  # shellcheck disable=SC1091
  source target/toolchain.env
  # The example app as a registry user builds it: against the unpacked .crate (not this
  # tree), with the stylesheet linked from inside the package.
  packed="$PWD/target/packed"
  rm -rf "$packed" && mkdir -p "$packed"
  tar -xzf target/package/event-timeline-0.1.0.crate -C "$packed"
  app="$packed/yew-app"
  cp -r examples/yew-app "$app"
  sed -i "s|path = \"../..\"|path = \"$packed/event-timeline-0.1.0\"|; s|path = \"../../vendor/yew\"|path = \"$PWD/vendor/yew\"|" "$app/Cargo.toml"
  sed -i "s|href=\"../../styles/timeline.css\"|href=\"../event-timeline-0.1.0/styles/timeline.css\"|" "$app/index.html"
  grep -q "event-timeline-0.1.0/styles/timeline.css" "$app/index.html"
  cd "$app"
  cargo fetch --quiet --target wasm32-unknown-unknown # its lock file's crates, before Trunk's offline build
  CARGO_TARGET_DIR="$PWD/../../yew-app" trunk build --release --offline --dist ../../yew-app-dist
)
node tests/crate/yew-app.mjs
summary+=("crate: packaged, documented; the example Yew app builds and runs")

stage "npm package: packed, installed into a fresh Vite + TypeScript project, built, loaded"
node scripts/package.mjs
node tests/npm/vite-client.mjs 2>&1 | tee "$out"
summary+=("$(grep -E '^npm package: ' "$out")")
node tests/npm/esbuild-client.mjs 2>&1 | tee "$out"
summary+=("$(grep -E '^esbuild client: ' "$out" | cut -c1-60)…")

stage "three engines: the reader tasks in Chromium, Firefox and WebKit (WebDriver)"
node tests/engines/run.mjs 2>&1 | tee "$out"
summary+=("reader tasks in three engines:")
while read -r line; do summary+=("  $line"); done < <(grep -E '^(chromium|firefox|webkit): ' "$out")

stage "size budget"
node scripts/size.mjs dist
node scripts/wasm-crates.mjs
summary+=("size: within budget")

rm -f "$out"
printf '\n=== summary ===\n'
printf '%s\n' "${summary[@]}"
