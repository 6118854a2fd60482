#!/usr/bin/env bash
# Every test in one command: install dependencies, build with AddressSanitizer and
# UndefinedBehaviorSanitizer, run the whole suite (unit, integration over loopback HTTP,
# bundled-corpus checks), check every answer it saw against the API contract, the agent
# console in headless Chromium against the sanitized server, then build the release binary
# and smoke-test the CLI on the bundled corpus.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

jobs=$(nproc 2>/dev/null || echo 2)

echo "== build (ASan + UBSan)"
cmake -S . -B build/sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DHELPDEX_SANITIZE=ON >/dev/null
cmake --build build/sanitize -j "$jobs"

echo "== tests"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
# Every answer the integration tests' servers give is recorded, then checked against the
# API contract (docs/openapi.yaml) below.
export HELPDEX_CONTRACT_RECORD="$PWD/build/sanitize/contract-exchanges.jsonl"
rm -f "$HELPDEX_CONTRACT_RECORD"
ctest --test-dir build/sanitize --output-on-failure -j "$jobs" --timeout 300
unset HELPDEX_CONTRACT_RECORD

echo "== API contract (lint, and every recorded answer validated)"
scripts/contract-tests.sh build/sanitize/contract-exchanges.jsonl

echo "== browser tests (headless Chromium, against the sanitized server)"
scripts/browser-tests.sh

echo "== release build and CLI smoke test"
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DHELPDEX_TESTS=OFF >/dev/null
cmake --build build/release -j "$jobs"
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
build/release/helpdex index corpus --db "$smoke/index" --strict
build/release/helpdex suggest --db "$smoke/index" --json "Mijn betaling is geweigerd, wat nu?" >"$smoke/suggest.json"
grep -q '"language": "nl"' "$smoke/suggest.json" || { echo "smoke test: expected a Dutch inquiry"; cat "$smoke/suggest.json"; exit 1; }
echo "smoke test passed"

# The benches are not tests, but run once in their quick modes so that they cannot rot.
echo "== benches (quick mode)"
build/release/bench_latency --db "$smoke/index" --quick
build/release/bench_key_timing --quick
build/release/bench_incremental --corpus corpus --quick
build/release/bench_tune_fields --corpus corpus --folds 2 --title 4 --symptoms 3 --tags 2 --steps 1 --body 1
python3 bench/multilingual/run.py --split test --json "$smoke/bench-multilingual.json"
build/release/bench_fit_confidence --corpus corpus --queries bench/multilingual/queries --out-of-scope bench/calibration/out_of_scope
if [ -f ../shared/data/banking77/kb.csv ]; then
  build/release/bench_relevance --cases ../shared/data/banking77/kb.csv \
    --queries ../shared/data/banking77/dev.csv --limit 200 --json "$smoke/bench-relevance.json"
else
  echo "../shared/data/banking77 not found: relevance bench skipped"
fi
