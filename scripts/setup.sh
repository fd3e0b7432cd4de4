#!/usr/bin/env bash
# Installs what the build and the tests need, skipping whatever is already there.
# Only the package registries are reachable (crates.io, npm, Debian), never GitHub: Trunk must
# not fetch its tools. Trunk 0.21.14 is the last that builds with rustc 1.95; wasm-bindgen-cli
# must equal the wasm-bindgen crate (=0.2.130); wasm-opt comes from npm's binaryen@132
# (Debian's is too old for what rustc emits); Chromium and its driver come from Debian.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
need_browser="${1:-}"

log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes, once)"
  # --locked fails here: its lock file wants a webpki-roots the registry does not have.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/axe-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages from package-lock.json (wasm-opt, playwright-core, axe-core)"
  npm ci --no-audit --no-fund
fi

if [ "$need_browser" = "--browser" ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v brotli >/dev/null; then
    log "installing Debian's chromium, chromium-driver and brotli (bytes as hosts that serve Brotli send them)"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver brotli
  fi
  # Chinese glyphs for the screenshots of the zh-TW and zh-CN pages (test-results/); the
  # tests pass without them, so a machine that cannot install them only gets boxes.
  if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    log "installing Debian's fonts-noto-cjk (Chinese screenshots)"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq fonts-noto-cjk \
      || log "fonts-noto-cjk not installed: Chinese screenshots will show boxes"
  fi
fi

if [ ! -d "${CARGO_HOME:-$HOME/.cargo}/registry/cache" ] || [ Cargo.lock -nt target/.fetched ]; then
  log "fetching crates (trunk builds offline)"
  cargo fetch
  mkdir -p target && touch target/.fetched
fi
