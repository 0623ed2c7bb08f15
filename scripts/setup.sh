#!/usr/bin/env bash
# Installs everything Rift needs on Debian 12, idempotently (Debian packages, pinned ImGui sources, npm packages).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"

APT_PACKAGES=(
  build-essential cmake ninja-build pkg-config git ca-certificates python3
  clang-14 libclang-rt-14-dev libfuzzer-14-dev
  emscripten nodejs
  nlohmann-json3-dev libgtest-dev libgmock-dev libbenchmark-dev googletest
  libglfw3-dev libgl-dev libgl1-mesa-dri libstb-dev
  fonts-inter fonts-noto-core iso-codes fonttools brotli libavif-bin
  chromium xvfb xauth x11-apps imagemagick
  dpkg-dev
  python3-jsonschema python3-pandas python3-bibtexparser python3-pybtex python3-citeproc python3-feedparser
  ffmpeg xz-utils
)

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
need_src=0
[ -f third_party/imgui/imgui.cpp ] || need_src=1

if [ ${#missing[@]} -gt 0 ] || [ $need_src -eq 1 ]; then
  # deb-src entry for `apt-get source imgui`
  if ! grep -rqs "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/ ; then
    $SUDO tee /etc/apt/sources.list.d/rift-deb-src.sources >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  fi
  echo "setup: apt-get update" >&2
  $SUDO apt-get update -qq
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Dear ImGui sources, pinned (the same files compile for native and WASM).
IMGUI_VERSION="1.86+ds-1"
if [ $need_src -eq 1 ]; then
  tmp="$(mktemp -d)"
  ( cd "$tmp" && apt-get source -qq --download-only "imgui=${IMGUI_VERSION}" >/dev/null && dpkg-source -x --skip-patches ./*.dsc src >/dev/null )
  mkdir -p third_party/imgui/backends
  cp "$tmp"/src/imgui*.cpp "$tmp"/src/imgui*.h "$tmp"/src/imstb_*.h "$tmp"/src/imconfig.h third_party/imgui/
  cp "$tmp"/src/backends/imgui_impl_glfw.* third_party/imgui/backends/
  cp "$tmp"/src/LICENSE.txt third_party/imgui/ 2>/dev/null || true
  echo "${IMGUI_VERSION}" > third_party/imgui/VERSION
  rm -rf "$tmp"
fi

# npm packages from the committed lock file.
if [ -f package-lock.json ] && [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
echo "setup: ok" >&2
