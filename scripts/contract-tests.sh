#!/usr/bin/env bash
# The API contract's checks: lint docs/openapi.yaml (Redocly, tests/contract/redocly.yaml),
# test the validator, and, given a recording of server exchanges (JSONL, one per line, see
# tests/contract/validate.mjs), check every answer in it against the contract.
#
#   scripts/contract-tests.sh [EXCHANGES.jsonl]
#
# Exits non-zero when the lint finds an error, a validator test fails, or an exchange does
# not match the contract (an empty recording counts as a failure).
set -euo pipefail
cd "$(dirname "$0")/.."

recording=""
if [ $# -gt 0 ]; then
  recording=$(realpath "$1")
  [ -f "$recording" ] || { echo "contract tests: no recording at $1" >&2; exit 1; }
fi

# No usage data is sent and no update check is made from CI.
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true

(cd tests/contract && npm ci --no-audit --no-fund --loglevel=error)
cd tests/contract
npx --no-install redocly lint ../../docs/openapi.yaml --config redocly.yaml
node --test --test-reporter=dot ./validate.test.mjs
if [ -n "$recording" ]; then
  node validate.mjs ../../docs/openapi.yaml "$recording"
fi
