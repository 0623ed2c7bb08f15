#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds everything and runs every test. The web app is built once
# (build/web); the desktop app, tools, tests and fuzz targets are built once, with AddressSanitizer and
# UndefinedBehaviorSanitizer on (build/sanitize, scripts/reliability.sh), and every test runs there: the core unit
# tests, headless UI frames (with a 100 000-frame soak), the dataset validator and hostile fixtures, the desktop app
# under Xvfb and the browser end-to-end tests in Chromium; then the nine libFuzzer targets for 25 s each
# (RIFT_FUZZ_SECONDS), starting from the seeds and the campaign corpus.
# (The desktop app for everyday use, without sanitizers: bash scripts/build.sh --native.)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/build.sh
bash scripts/reliability.sh
