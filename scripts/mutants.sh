#!/usr/bin/env bash
# Proof by mutation (outside the test command): breaks Rift on purpose, one named breakage at a time, in a scratch
# copy (build/mutants), rebuilds, runs the tests that should catch it and prints which survived. Exits 1 if any did.
# Usage: bash scripts/mutants.sh [--list | --check | --only REGEX]   (run scripts/setup.sh once first)
# The mutations and the tests each runs are listed in tests/mutants.py; docs/TESTING.md says what catches each.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec python3 tests/mutants.py "$@"
