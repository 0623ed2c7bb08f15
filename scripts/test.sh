#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds everything (web and desktop) and runs every test through CTest:
# core unit tests, headless UI frames, the dataset validator and bad fixtures, the desktop app under Xvfb,
# and the browser end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/build.sh --native
cd build/native
ctest --output-on-failure -j 2
