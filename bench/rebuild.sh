#!/usr/bin/env bash
# Rebuild benchmark: `build` after one article's prose changed, with the build cache, against a
# clean build (`build --no-cache`) of the same input, at N pairs (default 5000: 10,000 pages).
#
#   bench/rebuild.sh                       # 5000 pairs, 5 runs of each, alternating
#   N=500 RUNS=3 bench/rebuild.sh
#
# The engine is published as bench/run.sh publishes it (ahead of time, into the scratch folder) and
# the corpus is made the same way (reused if bench/run.sh kept it with KEEP=1). One build with
# the cache first makes the cache and the spare copy of the site; then each run edits one
# article's prose (a closing sentence of a paragraph that names the run, so every run is a new
# change, never one the spare copy of the site already holds, and leaves the title, headings
# and links alone), times the cached rebuild into
# the same output folder, and times a clean build into a new folder (nothing is deleted between
# runs: see RESULTS.md, "Drift"). Wall, CPU (user + sys) and peak memory from /usr/bin/time;
# the medians and the module timings of the last cached rebuild go into bench/RESULTS.md between
# the rebuild.sh markers. At the end the cached output is compared with the last clean one, byte
# for byte (they were built from the same input).
#
# Environment: N (5000), RUNS (5), SEED (42), WAIT_IDLE (0: wait up to this many seconds for an
# idle machine before each run), BENCH_WORK (scratch folder, as run.sh), KEEP=1 keeps the outputs.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$BENCH_DIR/lib.sh"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
cd "$REPO"

N="${N:-5000}"
RUNS="${RUNS:-5}"
SEED="${SEED:-42}"
WORK="${BENCH_WORK:-${TMPDIR:-/tmp}/appeal-handbook-bench}"
MAKE_CORPUS="../shared/bench/make_corpus.py"
RESULTS="$BENCH_DIR/RESULTS.md"
T0=$(date +%s)
log() { printf '[rebuild.sh %4ds] %s\n' "$(( $(date +%s) - T0 ))" "$*" >&2; }

[ -f "$MAKE_CORPUS" ] || { echo "rebuild.sh: $REPO/$MAKE_CORPUS not found" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "rebuild.sh: /usr/bin/time is required (apt-get install time)" >&2; exit 2; }

RID="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
PUBLISH_FLAGS="$(publish_flags "$RID")"
log "dotnet publish $PUBLISH_FLAGS"
mkdir -p "$WORK"
rm -rf "$WORK/publish-rebuild"
# As run.sh: from a clean intermediate folder (files left by a publish with other settings can be
# reused as they are and abort at start).
rm -rf "obj/Release/net10.0/$RID" "appeal-handbook/obj/Release/net10.0/$RID"
# shellcheck disable=SC2086 # the flags are words
dotnet publish AppealHandbook.csproj $PUBLISH_FLAGS -nologo -v q -o "$WORK/publish-rebuild" >/dev/null
SOURCES="$(sources_hash)"
CLI="$WORK/publish-rebuild/appeal-handbook"
log "checking that the published engine builds input/ byte for byte as dotnet run does"
same_site "$CLI" "$WORK" || exit 1

D="$WORK/n$N"
if [ ! -d "$D/handbook/input" ]; then
  log "N=$N: making the corpus"
  rm -rf "$D"; mkdir -p "$D"
  python3 "$MAKE_CORPUS" --n "$N" --seed "$SEED" --out "$D/plain" --layout plain >/dev/null
  python3 bench/to_handbook.py "$D/plain" "$D/handbook" 2>/dev/null
  sync
fi
rm -rf "$D/handbook/themes" && mkdir -p "$D/handbook/themes" && cp -r themes/default "$D/handbook/themes/default"
IN="$D/handbook/input"
OUT="$D/rebuild-out"
CLEAN="$D/rebuild-clean"
rm -rf "$D/handbook/.build-cache" "$OUT" "$D/.rebuild-out.spare" "$CLEAN"; mkdir -p "$CLEAN"
ARTICLE="$(ls "$IN/en" | LC_ALL=C sort | sed -n 100p)"
log "first build with the cache (makes the cache); the edited article is en/$ARTICLE"
"$CLI" build --input "$IN" --output "$OUT" >/dev/null
log "second build with the cache (makes the spare copy of the site)"
"$CLI" build --input "$IN" --output "$OUT" >/dev/null

# edit R: the first paragraph after the first H2 gets a closing sentence of its own, naming R:
# a wording used before would let the write find the file already in the spare copy of the site.
edit() {
  python3 - "$IN/en/$ARTICLE" "$1" <<'PY'
import re, sys
path, run = sys.argv[1], int(sys.argv[2])
text = re.sub(r" It was checked \d+ times\.", "", open(path, encoding="utf-8").read())
start = text.index("\n## ")
end = text.index("\n\n", text.index("\n\n", start) + 2)
text = text[:end] + f" It was checked {run + 1} times." + text[end:]
open(path, "w", encoding="utf-8").write(text)
PY
}

TIMES="$WORK/rebuild.tsv"   # run kind wall peak user sys other
: > "$TIMES"
measure() {  # measure RUN KIND CMD...
  local run="$1" kind="$2" b1 b2 t; shift 2
  wait_idle
  b1=$(busy)
  /usr/bin/time -f "%e %M %U %S" -o "$WORK/rebuild.t" -- "$@" > "$WORK/rebuild-$kind.log" 2>&1 || { cat "$WORK/rebuild-$kind.log" >&2; exit 1; }
  b2=$(busy)
  t=$(cat "$WORK/rebuild.t")
  other=$(awk -v b="$(( b2 - b1 ))" -v hz="$HZ" -v t="$t" 'BEGIN { split(t, a, " "); o = b / hz - a[3] - a[4]; printf "%.2f", (o < 0 ? 0 : o) }')
  printf '%s\t%s\t%s\t%s\n' "$run" "$kind" "$(echo "$t" | tr ' ' '\t')" "$other" >> "$TIMES"
  log "run $run, $kind: (wall peak user sys) = ($t), other processes $other CPU s"
}

for run in $(seq 1 "$RUNS"); do
  edit "$run"
  measure "$run" cached "$CLI" build --timings --input "$IN" --output "$OUT"
  cp "$WORK/rebuild-cached.log" "$WORK/rebuild-cached-$run.log"
  measure "$run" clean "$CLI" build --no-cache --input "$IN" --output "$CLEAN/$run"
done

log "comparing the cached output with the last clean one"
if diff -rq "$CLEAN/$RUNS" "$OUT" >/dev/null; then SAME="byte-identical"; else SAME="DIFFERENT"; fi
log "cached output vs clean output: $SAME"

TABLE="$(python3 - "$TIMES" <<'PY'
import sys, statistics
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
print("| build | median wall s | median CPU s (user + sys) | median peak MiB | wall s, every run | CPU s, every run | other processes' CPU s per run (median, max) |")
print("|---|---:|---:|---:|---|---|---:|")
med = {}
for kind, name in (("cached", "one article edited, with the cache"), ("clean", "clean (`--no-cache`), same input")):
    rs = [r for r in rows if r[1] == kind]
    walls = [float(r[2]) for r in rs]
    cpus = [float(r[4]) + float(r[5]) for r in rs]
    others = [float(r[6]) for r in rs]
    med[kind] = statistics.median(walls)
    print(f"| {name} | {statistics.median(walls):.2f} | {statistics.median(cpus):.2f} | {statistics.median(float(r[3]) for r in rs) / 1024:,.0f} | "
          f"{', '.join(f'{w:.2f}' for w in walls)} | {', '.join(f'{c:.2f}' for c in cpus)} | {statistics.median(others):.1f}, {max(others):.1f} |")
print()
print(f"Cached rebuild / clean build, median wall: **{med['cached'] / med['clean']:.2f}×**.")
PY
)"
MODULES="$(grep -E '^ +[0-9]+ +[0-9]+ +[0-9.]+ +[0-9]+ +[A-Za-z]+/' "$WORK/rebuild-cached-$RUNS.log" || true)"
BLOCK="$(cat <<MD
<!-- rebuild.sh:begin (written by bench/rebuild.sh; edit outside the markers) -->
Measured $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores; engine + theme sources \`$SOURCES\`;
corpus \`make_corpus.py --n $N --seed $SEED\` ($(ls "$IN/en" "$IN/zh" | grep -c '\.md$') articles), published engine (\`dotnet publish $PUBLISH_FLAGS\`, as run.sh).
Each run: en/$ARTICLE gets a new closing sentence in one paragraph, then a build with the cache
into the same output folder, then a clean build into a new folder; $RUNS runs, alternating.
The last cached output and the last clean output: **$SAME**.

$TABLE

Module timings of the last cached rebuild (\`build --timings\`: wall ms, CPU ms, cores, GC ms, module):

\`\`\`
$MODULES
\`\`\`
<!-- rebuild.sh:end -->
MD
)"
python3 - "$RESULTS" "$BLOCK" <<'PY'
import sys, re
path, block = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"<!-- rebuild.sh:begin.*?<!-- rebuild.sh:end -->", re.S)
if pattern.search(text):
    text = pattern.sub(lambda _: block, text)
else:
    text = text.rstrip("\n") + "\n\n## Rebuild after one edit, with the build cache\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(text)
PY
echo "$BLOCK"
[ "${KEEP:-0}" = 1 ] || rm -rf "$CLEAN"
