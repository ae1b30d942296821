#!/usr/bin/env bash
# Runs Lighthouse (npm lighthouse, on Debian's Chromium) on one page of every page type, mobile
# and desktop, and prints the four scores of each as a Markdown table. The full reports are kept
# in bench/out/lighthouse/. Takes some minutes: run it once, not in a loop.
# The site is served by scripts/static-server.js, compressed as real hosts serve it.
# Needs: chromium, npm, Node.js and the .NET SDK to build the handbook.
set -euo pipefail
cd "$(dirname "$0")/.."

version=12.8.2   # the 12.x line runs on Node.js 20; 13.x needs Node.js 22
tools=".cache/lighthouse-$version"
if [ ! -x "$tools/node_modules/.bin/lighthouse" ]; then
  npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error "lighthouse@$version" >/dev/null
fi
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
dotnet run -- build --output "$work/site" >/dev/null
port=$(( 20000 + RANDOM % 20000 ))
node scripts/static-server.js "$work/site" "$port" >/dev/null 2>&1 &
server=$!
sleep 1
base="http://127.0.0.1:$port"
tag=$(cd "$work/site" && ls -d zh/tags/*/ | head -1)

pages=(
  "chooser|/"
  "home|/zh/"
  "article (zh)|/zh/order-defect-rate/"
  "article (en)|/en/plan-of-action/"
  "type|/en/types/performance-metrics/"
  "tag|/$tag"
  "search|/zh/search/?q=%E5%95%86%E6%A0%87"
  "glossary|/zh/glossary/"
  "status|/en/status/"
  "print edition|/zh/print/"
  "PoA builder|/zh/poa-builder/"
  "notice decoder|/en/notice/"
  "404|/404.html"
)

out=bench/out/lighthouse
mkdir -p "$out"
echo "| page | path | mobile: perf / a11y / best practices / SEO | desktop: perf / a11y / best practices / SEO |"
echo "|---|---|---|---|"
for entry in "${pages[@]}"; do
  name=${entry%%|*}
  path=${entry#*|}
  row="| $name | \`$path\` |"
  for form in mobile desktop; do
    file="$out/$(echo "$name-$form" | tr -c 'a-z0-9\n-' '-').json"
    preset=()
    [ "$form" = desktop ] && preset=(--preset=desktop)
    "$tools/node_modules/.bin/lighthouse" "$base$path" "${preset[@]}" --quiet --output=json --output-path="$file" \
      --only-categories=performance,accessibility,best-practices,seo \
      --chrome-flags="--headless=new --no-sandbox --disable-gpu" >/dev/null 2>&1 || true
    scores=$(node -e '
      const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
      const c = r.categories;
      console.log(["performance", "accessibility", "best-practices", "seo"].map(k => c[k] && c[k].score !== null ? Math.round(c[k].score * 100) : "–").join(" / "));
    ' "$file" 2>/dev/null || echo "failed")
    row="$row $scores |"
  done
  echo "$row"
done
