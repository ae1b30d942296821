#!/usr/bin/env bash
# Runs the Nu HTML Checker (npm vnu-jar, on Java) over every page of the built handbook and fails
# on any error. With no argument it builds the handbook twice, for a domain's root and for a
# sub-path, as it is published; with SITE_DIR arguments it checks those folders.
# Needs: java (apt-get install -y default-jre-headless), npm, and the .NET SDK to build.
set -euo pipefail
cd "$(dirname "$0")/.."

version=26.9.27
tools=".cache/vnu-$version"
jar="$tools/node_modules/vnu-jar/build/dist/vnu.jar"
if [ ! -f "$jar" ]; then
  npm install --prefix "$tools" --no-save --no-audit --no-fund --loglevel=error "vnu-jar@$version" >/dev/null
fi

sites=("$@")
if [ ${#sites[@]} -eq 0 ]; then
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  dotnet run --no-build -- build --output "$work/root" >/dev/null
  dotnet run --no-build -- build --output "$work/sub" --base-path /appeal-handbook/ >/dev/null
  sites=("$work/root" "$work/sub")
fi

status=0
for site in "${sites[@]}"; do
  pages=$(find "$site" -name '*.html' | wc -l)
  # --errors-only: warnings (a bilingual page's lang, Markdig's "<br />") do not fail the check.
  if report=$(java -jar "$jar" --skip-non-html --errors-only --format gnu "$site" 2>&1); then
    echo "Nu HTML checker: $pages pages in $site, 0 errors"
  else
    count=$(printf '%s\n' "$report" | grep -c ': error' || true)
    printf '%s\n' "$report" | sed "s|file:$site/||" | head -50
    echo "Nu HTML checker: $count errors in $pages pages of $site" >&2
    status=1
  fi
done
exit $status
