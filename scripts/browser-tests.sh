#!/usr/bin/env bash
# The agent console's end-to-end tests: Debian's Chromium, headless, driven by Playwright
# (tests/browser/, npm) against the real server on the bundled corpus. The server is the
# sanitized build unless HELPDEX_BIN says otherwise; screenshots of the main states go to
# build/browser-screenshots/ (HELPDEX_SCREENSHOTS).
set -euo pipefail
cd "$(dirname "$0")/.."

binary=$(realpath "${HELPDEX_BIN:-build/sanitize/helpdex}")
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "browser tests: Playwright needs Node.js 20 or later; this machine has $(node --version)" >&2
  exit 1
fi

# Playwright drives the system's Chromium; it must not download a browser of its own.
(cd tests/browser && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$binary" index corpus --db "$work/index" >/dev/null
export HELPDEX_BIN="$binary" HELPDEX_TEST_DB="$work/index"
export HELPDEX_SCREENSHOTS="${HELPDEX_SCREENSHOTS:-$PWD/build/browser-screenshots}"
cd tests/browser
node --test --test-concurrency=1 --test-reporter=spec ./*.test.mjs
echo "screenshots: $HELPDEX_SCREENSHOTS"
