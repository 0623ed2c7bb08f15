#!/usr/bin/env bash
# Quick start 1: installs what is missing, builds the web app and serves it on localhost (prints the URL).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
bash scripts/build.sh
exec node tools/serve.mjs build/web/src/app "${PORT:-8080}"
