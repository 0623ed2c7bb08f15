#!/usr/bin/env bash
# Quick start 2: installs what is missing, builds everything (web and desktop) and runs every test:
# first the reliability checks (unit and UI tests under ASan+UBSan, seven libFuzzer targets for 30 s each), then
# through CTest the core unit tests, headless UI frames (with a 100 000-frame soak), the dataset validator and
# hostile fixtures, the desktop app under Xvfb, and the browser end-to-end tests in Chromium.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/build.sh --native
bash scripts/reliability.sh
cd build/native
ctest --output-on-failure -j 2
