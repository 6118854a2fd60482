#!/usr/bin/env bash
# Installs the Debian packages helpdex builds, tests and benchmarks with. Idempotent: skips
# apt entirely when every package is already present, so repeated runs cost nothing.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ninja-build
  libxapian-dev            # full-text index and BM25 ranking
  xapian-tools             # xapian-tcpsrv: serves remote shards (README "Scaling out"; the remote-shard test)
  libcpp-httplib-dev       # HTTP server and test client
  libssl-dev openssl       # API keys' hashes and random secrets; TLS; the tests' throwaway certificates
  nlohmann-json3-dev       # JSON
  libicu-dev               # NFKC case folding, word breaking
  libyaml-cpp-dev          # front matter and routing.yaml
  libmd4c-dev libmd4c-html0-dev  # Markdown sections and HTML rendering
  libcli11-dev             # command line
  liblinear-dev            # category classifier learnt from resolved cases
  libcld2-dev              # recognising inquiries in languages the index does not hold
  libsqlite3-dev           # the relevance bench's FTS5 baseline
  catch2                   # unit and integration tests
  # real words per language: spelling correction never "corrects" a real word the corpus
  # does not use (search/wording/lexicon.h), and the performance bench's synthetic corpus
  wamerican wbritish wngerman wfrench wspanish wdutch witalian wportuguese
  wrk                      # the performance bench's HTTP load generator (bench/perf/run.py)
  time                     # GNU /usr/bin/time -v: the performance bench's peak RSS of helpdex index
  chromium                 # the agent console's browser tests (headless, driven by Playwright)
)
# Node.js and npm run the browser tests' driver (tests/browser/). A machine that has them
# (this project's CI has Node.js 20 from NodeSource) keeps its own; Debian's are the fallback.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
