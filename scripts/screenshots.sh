#!/usr/bin/env bash
# Builds the handbook and saves the README's screenshots (docs/screenshots/) with headless Chromium:
# home, article, search results, phone width and dark mode, in both languages.
# Needs: chromium (apt-get install -y chromium fonts-noto-cjk) and python3 (a static file server).
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet run -- build --output "$work/site" --base-path / >/dev/null
port=$(( 20000 + RANDOM % 20000 ))
python3 -m http.server "$port" --bind 127.0.0.1 --directory "$work/site" >/dev/null 2>&1 &
server=$!
sleep 1

shoot() { # name size url [extra chromium flags]
  local name=$1 size=$2 url=$3; shift 3
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$name" --hide-scrollbars --virtual-time-budget=4000 \
    --window-size="$size" "$@" --screenshot="docs/screenshots/$name.png" "http://127.0.0.1:$port/$url" >/dev/null 2>&1
  echo "docs/screenshots/$name.png"
}

shoot home-zh 1280,860 zh/
shoot home-en 1280,860 en/
shoot article-zh 1280,860 zh/product-condition/
shoot article-en 1280,860 en/plan-of-action/
shoot search-zh 1280,860 "zh/search/?q=%E5%95%86%E6%A0%87"
shoot search-en 1280,860 "en/search/?q=ODR"
shoot phone-zh 390,844 zh/order-defect-rate/
shoot dark-en 1280,860 en/ip-trademark/ --force-dark-mode
