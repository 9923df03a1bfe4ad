#!/usr/bin/env bash
# The release build (`make build`, used by `make serve` and `make test`): Trunk builds the
# demo page, dist/embed/ and dist/examples/; the glue goes into the element's module; then
# the native `prerender` writes the widget's
# HTML into the built pages, so they are readable before and without JavaScript.
set -euo pipefail
cd "$(dirname "$0")/.."
(
  # shellcheck disable=SC1091
  source target/toolchain.env
  # The release WebAssembly is built for size, the same way on both toolchain paths: std from
  # source with its optimize_for_size feature, panics that abort at once (no formatting, no
  # unwinding tables), no panic locations and no Debug formatting (nothing the widget shows
  # uses it). These are unstable options, hence RUSTC_BOOTSTRAP, for this build only: the
  # native build, the tests and clippy use the plain toolchain. See docs/size.md.
  export RUSTC_BOOTSTRAP=1
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
  trunk build --release --offline
  # The viewer: the same widget without the checker and with English words only (the cfg
  # event_timeline_viewer, which build.rs sets from EVENT_TIMELINE_VIEWER), which the element
  # uses for a page pre-rendered in English whose story still matches the fingerprint the
  # pre-renderer checked (docs/size.md). Trunk builds one WebAssembly per page, so this one is
  # built here, with the same wasm-bindgen and the same wasm-opt options as Trunk's.
  EVENT_TIMELINE_VIEWER=1 cargo build --release --offline --target wasm32-unknown-unknown \
    --bin widget --no-default-features --features embed
  out=target/viewer
  rm -rf "$out"
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name viewer \
    "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/widget.wasm"
  read -r -a opt_params < <(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
  # Two passes more than Trunk's for the page's own WebAssembly: flattening and re-looping the
  # control flow before -Oz, twice, shrinks it by 0.26 KB brotli (docs/size.md).
  wasm-opt --flatten --rereloop -Oz -Oz "${opt_params[@]}" "$out/viewer_bg.wasm" \
    -o dist/embed/viewer_bg.wasm
  cp "$out/viewer.js" dist/embed/viewer.js
)
# The story studio (dist/studio/): its own page and WebAssembly, which the widget's pages never
# load; after the demo page's build, which empties dist/.
(
  # shellcheck disable=SC1091
  source target/toolchain.env
  trunk --config studio/Trunk.toml build --release --offline
)
node scripts/bundle-embed.mjs dist/embed
cargo run --quiet --bin prerender -- dist/index.html dist/embed/frame.html
