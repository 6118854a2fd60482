#!/usr/bin/env bash
# The main job in one command: install dependencies, build, index the bundled corpus and
# serve it on http://127.0.0.1:8080, reindexing that corpus on POST /v1/admin/reindex. Extra
# arguments go to `helpdex serve` (e.g. --port 9090). Set CORPUS=/path/to/corpus to serve
# another knowledge base.
set -euo pipefail
cd "$(dirname "$0")/.."

corpus="${CORPUS:-corpus}"
db="${HELPDEX_DB:-index}"

scripts/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DHELPDEX_TESTS=OFF >/dev/null
cmake --build build/release
build/release/helpdex index "$corpus" --db "$db"
exec build/release/helpdex serve --db "$db" --corpus "$corpus" "$@"
