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
  trunk build --release --offline
)
node scripts/bundle-embed.mjs dist/embed
cargo run --quiet --bin prerender -- dist/index.html dist/embed/frame.html
