#!/usr/bin/env bash
# The lint stage of `make test`, and `make lint`: formatting, and clippy with warnings as errors
# for the native build and for the browser build (wasm32, which compiles other code paths).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
# A Yew app's build: no default features (nothing it leaves out may warn).
cargo clippy --quiet --no-default-features --all-targets -- -D warnings
cargo clippy --quiet --features studio --all-targets -- -D warnings
(
  # shellcheck disable=SC1091
  source target/toolchain.env
  cargo clippy --quiet --target wasm32-unknown-unknown --all-targets -- -D warnings
  # The story studio's build (studio/index.html's Trunk options).
  cargo clippy --quiet --target wasm32-unknown-unknown --features studio --bin studio -- -D warnings
  # The element's build: without the built-in story (index.html's Trunk options).
  cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --features embed \
    --bin widget -- -D warnings
  # The element's viewer build (scripts/build.sh): without the checker too.
  EVENT_TIMELINE_VIEWER=1 cargo clippy --quiet --target wasm32-unknown-unknown --no-default-features --features embed \
    --bin widget -- -D warnings
)
