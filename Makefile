# Two commands for a fresh machine: `make run` and `make test`. Each installs what is
# missing first (scripts/setup.sh, idempotent), so nothing else needs doing by hand.
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER := wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT ?= 120

.PHONY: run test dist size bench setup setup-browser lint test-native test-browser test-e2e clean

## run: install what is missing, then serve the app on http://127.0.0.1:8080
run: setup
	trunk serve

## test: install what is missing, then every check and test
test: setup-browser lint test-native test-browser dist size test-e2e

## dist: build the deployable static site into dist/
dist: setup
	trunk build --release

## size: fail when a first visit fetches more gzip bytes than the budget in scripts/size.sh
size:
	@test -f dist/index.html || { echo "dist/ is missing: run make dist first (make test does)"; exit 1; }
	scripts/size.sh --check

## bench: engine and plan-file timings, bytes shipped; see README "Performance"
bench: setup-browser
	scripts/bench.sh

setup:
	@scripts/setup.sh

setup-browser:
	@scripts/setup.sh --browser

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings

test-native:
	cargo test

test-browser:
	cargo test --target wasm32-unknown-unknown --test browser

test-e2e:
	@test -f dist/index.html || { echo "dist/ is missing: run make dist first (make test does)"; exit 1; }
	node --test --test-concurrency=1 --test-reporter=spec tests/e2e/*.test.mjs

clean:
	cargo clean
	rm -rf dist test-results bench-results
