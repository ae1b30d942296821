#!/usr/bin/env bash
# Build-time benchmark: this generator against Hugo on the same synthetic bilingual corpus.
#
#   bench/run.sh                 # 500, 5000 and 25000 pairs (1,000, 10,000 and 50,000 pages);
#                                # 5 runs each, 3 at 25000 pairs and more (LARGE_RUNS)
#   SIZES="500" RUNS=3 bench/run.sh
#
# For each size N (pairs): make_corpus.py writes the Hugo site and the plain corpus (--seed 42),
# bench/to_handbook.py converts the plain one into this project's input/, then ours and Hugo
# build it RUNS times each, alternating, every run into a new output folder (out-ours-R,
# out-hugo-R; nothing is deleted until the next size) and timed by
# /usr/bin/time -f "%e %M %U %S" (wall s, peak resident KiB, user s, sys s). Prints a markdown table of the
# medians and the ratios ours / Hugo, the same medians as a table of how time and memory grow
# with the site (with our peak against our own at 10,000 pages), measures the search index at
# 10,000 pages (or the largest size without it; bench/search_bytes.js), and writes all of it into
# bench/RESULTS.md between the run.sh markers. The runs go to bench/scaling.tsv, and
# bench/plot_scaling.py draws them into bench/scaling.svg.
#
# Why new folders: on an ext4 file system without a journal (this machine's), creating a file
# skips every inode freed in the last 60 s (6 min while the freed inode's table block is not yet
# written back), scanning them one by one (`perf` shows the build's system time in the kernel's
# find_inode_bit and recently_deleted). A build right after `rm -rf` of the previous output then
# spends seconds of system time per 10,000 files, more with each run, and the tool that writes
# more files pays more. So the runs delete nothing, and after the corpus is made (which deletes
# the previous one) the script syncs and waits SETTLE seconds. The same holds across runs of this
# script: one started right after another deleted its scratch folder at the end (gigabytes at
# 25000 pairs) ran its builds with several times the system time (bench/RESULTS.md, the runs of
# 2026-12-05 08:25 and 08:42). Run back to back with KEEP=1, or wait a few minutes after a deletion.
#
# Environment: SIZES (default "500 5000 25000"), RUNS (5), LARGE_RUNS (3: runs per tool at 25000
# pairs and more, where one pair of runs takes about two minutes), SEED (42), WAIT_IDLE (0: before each run,
# wait up to this many seconds for an idle machine), SETTLE (65: seconds to wait after sync once
# the corpus is made; 0 skips), REUSE_OUTPUT=1 (the earlier method: one output folder per tool,
# emptied with rm -rf before each run, which measures the file system's slowdown as well), BENCH_WORK (scratch folder,
# default ${TMPDIR:-/tmp}/appeal-handbook-bench; about 3 GB at 5000 pairs, 15 GB more at 25000), KEEP=1 keeps it.
# Needs: .NET 10 SDK, python3; installs `time` and `hugo` with apt-get when missing; node for the
# search measurement (skipped without it). Takes about 8-9 minutes on 2 cores for 500 and 5000
# pairs, and about 15 more for 25000.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$BENCH_DIR/lib.sh"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
cd "$REPO"  # the CLI finds the theme at ./themes/default

SIZES="${SIZES:-500 5000 25000}"
RUNS="${RUNS:-5}"
LARGE_RUNS="${LARGE_RUNS:-3}"
SEED="${SEED:-42}"
WORK="${BENCH_WORK:-${TMPDIR:-/tmp}/appeal-handbook-bench}"
MAKE_CORPUS="../shared/bench/make_corpus.py"
CLI="bin/Release/net10.0/appeal-handbook"
RESULTS="$BENCH_DIR/RESULTS.md"
T0=$(date +%s)

log() { printf '[run.sh %4ds] %s\n' "$(( $(date +%s) - T0 ))" "$*" >&2; }

apt_install() {  # apt_install PACKAGE...
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get install -y "$@" >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y "$@" >/dev/null; }
}

runs_for() { [ "$1" -ge 25000 ] && echo "$LARGE_RUNS" || echo "$RUNS"; }  # runs_for N

for N in $SIZES; do
  need=$(( N >= 25000 ? N * (3 + 4 * $(runs_for "$N")) / 25000 : 0 ))  # GB, roughly: the corpus, and both tools' output of every run
  existing="$WORK"; while [ ! -d "$existing" ]; do existing="$(dirname "$existing")"; done
  avail=$(df -Pk "$existing" | awk 'NR == 2 {print int($4 / 1048576)}')
  [ "$need" -le "$avail" ] || { echo "run.sh: about $need GB are needed for N=$N and $avail GB are free" >&2; exit 2; }
done

[ -f "$MAKE_CORPUS" ] || { echo "run.sh: $REPO/$MAKE_CORPUS not found (the reference corpus generator beside the repository)" >&2; exit 2; }
command -v python3 >/dev/null || { echo "run.sh: python3 is required" >&2; exit 2; }
[ -x /usr/bin/time ] || { log "installing time"; apt_install time; }
command -v hugo >/dev/null || { log "installing hugo"; apt_install hugo; }

# The tool as it would be shipped: compiled ahead of time for this machine (bench/lib.sh says
# why), so that no time is spent starting a runtime or compiling the engine (Hugo is a compiled
# binary too). RESULTS says which image each run timed.
RID="linux-$(uname -m | sed 's/x86_64/x64/; s/aarch64/arm64/')"
PUBLISH_FLAGS="$(publish_flags "$RID")"
log "dotnet publish $PUBLISH_FLAGS"
rm -rf "$WORK/publish"
# Files left from a publish with other settings (a ReadyToRun image, for one) can be reused as
# they are and abort at start: start from a clean intermediate folder.
rm -rf "obj/Release/net10.0/$RID" "appeal-handbook/obj/Release/net10.0/$RID"
# shellcheck disable=SC2086 # the flags are words
dotnet publish AppealHandbook.csproj $PUBLISH_FLAGS -nologo -v q -o "$WORK/publish" >/dev/null
# Other work may rebuild bin/ or edit the theme while this runs: time a frozen copy of both.
# SOURCES identifies the engine + theme that was measured (no git here).
SOURCES="$(sources_hash)"
mkdir -p "$WORK"
rm -rf "$WORK/cli" "$WORK/themes"
mv "$WORK/publish" "$WORK/cli"
mkdir -p "$WORK/themes" && cp -r themes/default "$WORK/themes/default"
CLI="$WORK/cli/appeal-handbook"
[ -x "$CLI" ] || { echo "run.sh: $CLI missing after the build" >&2; exit 1; }
log "checking that the published engine builds input/ byte for byte as dotnet run does"
same_site "$CLI" "$WORK" || exit 1

mkdir -p "$WORK"
TIMES="$WORK/times.tsv"   # size tool run wall_s peak_kib user_s sys_s other_cpu_s html_files
: > "$TIMES"

# measure SIZE TOOL OUTDIR LOG CMD... : one timed run into OUTDIR (new, or emptied first with
# REUSE_OUTPUT=1), appended to $TIMES.
# other_cpu_s = CPU the whole machine spent during the run minus the run's own user + sys: the
# work of other processes competing for the 2 cores (0 on a quiet machine).
measure() {
  local n=$1 tool=$2 out=$3 logf=$4 b1 b2 t other
  shift 4
  rm -rf "$out"  # a new folder does not exist: this only empties a reused one
  wait_idle
  b1=$(busy)
  if ! /usr/bin/time -f "%e %M %U %S" -o "$WORK/t" -- "$@" >"$logf" 2>&1; then
    cat "$logf" >&2; echo "run.sh: $tool failed at N=$n" >&2; exit 1
  fi
  b2=$(busy)
  t=$(cat "$WORK/t")
  other=$(awk -v b="$(( b2 - b1 ))" -v hz="$HZ" -v t="$t" 'BEGIN { split(t, a, " "); o = b / hz - a[3] - a[4]; printf "%.2f", (o < 0 ? 0 : o) }')
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$n" "$tool" "$run" "$(echo "$t" | tr ' ' '\t')" "$other" "$(find "$out" -name '*.html' | wc -l)" >> "$TIMES"
  log "N=$n run $run $tool: (wall peak user sys) = ($t), other processes ${other} CPU s"
}

for N in $SIZES; do
  D="$WORK/n$N"
  rm -rf "$D"; mkdir -p "$D"
  log "N=$N: make_corpus.py --layout hugo and --layout plain (seed $SEED), in parallel"
  python3 "$MAKE_CORPUS" --n "$N" --seed "$SEED" --out "$D/hugo" --layout hugo 2>"$D/make-hugo.log" &
  P1=$!
  python3 "$MAKE_CORPUS" --n "$N" --seed "$SEED" --out "$D/plain" --layout plain 2>"$D/make-plain.log" &
  P2=$!
  wait "$P1"; wait "$P2"
  log "N=$N: to_handbook.py"
  python3 bench/to_handbook.py "$D/plain" "$D/handbook" 2>"$D/convert.log"
  cat "$D/convert.log" >&2
  cp -r "$WORK/themes" "$D/handbook/"  # the CLI takes themes/default beside the input folder
  if [ "${SETTLE:-65}" -gt 0 ]; then
    log "N=$N: sync, then ${SETTLE:-65} s for the inodes freed by deleting the previous corpus to age"
    sync; sleep "${SETTLE:-65}"
  fi

  for run in $(seq 1 "$(runs_for "$N")"); do
    suffix="-$run"; [ "${REUSE_OUTPUT:-0}" = 1 ] && suffix=""
    # --no-cache: these are clean builds (bench/rebuild.sh times rebuilds with the cache).
    measure "$N" ours "$D/out-ours$suffix" "$D/ours.log" "$CLI" build --no-cache --input "$D/handbook/input" --output "$D/out-ours$suffix"
    measure "$N" hugo "$D/out-hugo$suffix" "$D/hugo.log" hugo --quiet -s "$D/hugo" -d "$D/out-hugo$suffix"
  done
done

# The search index is measured at 10,000 pages, as it always was, when that size ran.
LAST=$(echo $SIZES | tr ' ' '\n' | tail -1)
case " $SIZES " in *" 5000 "*) LAST=5000 ;; esac
LAST_OUT="$WORK/n$LAST/out-ours-$(runs_for "$LAST")"; [ "${REUSE_OUTPUT:-0}" = 1 ] && LAST_OUT="$WORK/n$LAST/out-ours"
SEARCH_MD=""
if command -v node >/dev/null; then
  log "search index at N=$LAST: node bench/search_bytes.js"
  SEARCH_MD="$(node bench/search_bytes.js "$LAST_OUT" --limit 10 --client "$WORK/themes/default/assets/search.js")"
else
  log "node not found: search index measurement skipped"
fi

TABLE="$(python3 - "$TIMES" <<'EOF'
import sys, statistics
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
sizes = sorted({int(r[0]) for r in rows})
print("| pages | tool | median wall s | median peak MiB | median CPU s (user + sys) | wall s, every run | other processes' CPU s per run (median, max) | HTML files | ours / Hugo: wall | peak memory | CPU |")
print("|---:|---|---:|---:|---:|---|---:|---:|---:|---:|---:|")
for n in sizes:
    sel = {k: [r for r in rows if int(r[0]) == n and r[1] == k] for k in ("ours", "hugo")}
    med = {k: (statistics.median(float(r[3]) for r in v),
               statistics.median(float(r[4]) for r in v) / 1024,
               statistics.median(float(r[5]) + float(r[6]) for r in v)) for k, v in sel.items()}
    for k, label in (("ours", "ours (appeal-handbook)"), ("hugo", "Hugo")):
        v, (wall, peak, cpu) = sel[k], med[k]
        every = ", ".join(f"{float(r[3]):.2f}" for r in v)
        other = [float(r[7]) for r in v]
        ratios = ["", "", ""]
        if k == "ours":
            ratios = [f"**{med['ours'][i] / med['hugo'][i]:.2f}×**" for i in range(3)]
        print(f"| {2 * n:,} | {label} | {wall:.2f} | {peak:,.0f} | {cpu:.1f} | {every} | {statistics.median(other):.1f}, {max(other):.1f} | {v[-1][8]} | {' | '.join(ratios)} |")
EOF
)"

# How time and memory grow with the site: the same medians side by side, with our peak against
# our own at 10,000 pages; and the plot of them.
SCALING="$(python3 - "$TIMES" <<'EOF'
import sys, statistics
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
sizes = sorted({int(r[0]) for r in rows})
med = {(n, k): (statistics.median(float(r[3]) for r in v), statistics.median(float(r[4]) for r in v) / 1024, len(v))
       for n in sizes for k in ("ours", "hugo") if (v := [r for r in rows if int(r[0]) == n and r[1] == k])}
own = med.get((5000, "ours"), (0, 0, 0))[1]
print("| pages | runs per tool | ours: median wall s | Hugo: median wall s | ours: median peak MiB | Hugo: median peak MiB | ours / Hugo: peak | ours: peak / ours at 10,000 pages |")
print("|---:|---:|---:|---:|---:|---:|---:|---:|")
for n in sizes:
    o, h = med.get((n, "ours")), med.get((n, "hugo"))
    if not o or not h:
        continue
    growth = f"{o[1] / own:.2f}×" if own else "–"
    print(f"| {2 * n:,} | {o[2]} | {o[0]:.2f} | {h[0]:.2f} | {o[1]:,.0f} | {h[1]:,.0f} | **{o[1] / h[1]:.2f}×** | **{growth}** |")
EOF
)"
cp "$TIMES" "$BENCH_DIR/scaling.tsv"
python3 "$BENCH_DIR/plot_scaling.py" "$BENCH_DIR/scaling.tsv" "$BENCH_DIR/scaling.svg"

if [ "${REUSE_OUTPUT:-0}" = 1 ]; then
  OUTPUT_METHOD="each into its tool's output folder, emptied with rm -rf just before (REUSE_OUTPUT=1)"
  RUN_COMMENT="# $RUNS times each, alternating, after rm -rf of the output folder:"
  RUN_SUFFIX=""
else
  OUTPUT_METHOD="each into a new output folder, after sync and ${SETTLE:-65} s once the corpus was made (nothing deleted in between)"
  RUN_COMMENT="sync; sleep ${SETTLE:-65}                # let the inodes freed by deleting the previous corpus age
# for R in 1..$RUNS ($LARGE_RUNS at 25000 pairs and more), alternating:"
  RUN_SUFFIX="-R"
fi

MEM="$(free -h | awk '/^Mem:/ {print $2 " RAM (" $7 " available)"}')"
CPU="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || true)"
BLOCK="$(cat <<EOF
<!-- run.sh:begin (written by bench/run.sh; edit outside the markers) -->
Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores${CPU:+ ($CPU)}, $MEM;
engine + theme sources \`$SOURCES\` (sha256 of Program.cs, Cli/, appeal-handbook/, themes/default/ and the project files),
$(dotnet --version | sed 's/^/.NET SDK /'), $(hugo version | cut -d' ' -f1-2 | sed 's/^hugo/Hugo/'), $(python3 --version).
Corpus: \`make_corpus.py --seed $SEED\`, $RUNS runs per tool and size ($LARGE_RUNS at 25,000 pairs and more), alternating ours / Hugo,
$OUTPUT_METHOD${WAIT_IDLE:+, each after waiting up to ${WAIT_IDLE} s for an idle machine}; wall = \`%e\`, peak = \`%M\` (max RSS),
CPU = \`%U\` + \`%S\` of \`/usr/bin/time\`; "other processes" = the machine's busy CPU time (/proc/stat) during the
run minus the run's own: other work competing for the cores, which inflates wall times (0 on a quiet machine).

$TABLE

How time and memory grow with the site (the same medians; plot: [\`bench/scaling.svg\`](scaling.svg), every run: \`bench/scaling.tsv\`):

$SCALING

Commands (from the repository root; N = $(echo $SIZES | sed 's/ / and /g'), W = \`$WORK\`):

\`\`\`sh
dotnet publish AppealHandbook.csproj $PUBLISH_FLAGS -o W/cli   # W/themes = a copy of themes/default
python3 ../shared/bench/make_corpus.py --n N --seed $SEED --out W/nN/hugo --layout hugo
python3 ../shared/bench/make_corpus.py --n N --seed $SEED --out W/nN/plain --layout plain
python3 bench/to_handbook.py W/nN/plain W/nN/handbook
cp -r W/themes W/nN/handbook/            # the CLI uses themes/default beside its input folder
$RUN_COMMENT
/usr/bin/time -f "%e %M %U %S" W/cli/appeal-handbook build --no-cache --input W/nN/handbook/input --output W/nN/out-ours$RUN_SUFFIX
/usr/bin/time -f "%e %M %U %S" hugo --quiet -s W/nN/hugo -d W/nN/out-hugo$RUN_SUFFIX
node bench/search_bytes.js ${LAST_OUT/$WORK/W} --limit 10 --client W/themes/default/assets/search.js
\`\`\`

Search index at $((2 * LAST)) pages (\`node bench/search_bytes.js\`, first 10 results per query):

$SEARCH_MD
<!-- run.sh:end -->
EOF
)"

echo
echo "$TABLE"
echo
echo "$SCALING"
echo
[ -n "$SEARCH_MD" ] && echo "$SEARCH_MD" && echo

python3 - "$RESULTS" "$BLOCK" <<'EOF'
import sys, re, os
path, block = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmark results\n\n"
pattern = re.compile(r"<!-- run\.sh:begin.*?<!-- run\.sh:end -->", re.S)
text = pattern.sub(lambda m: block, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(text)
EOF
log "wrote the figures into $RESULTS"

[ "${KEEP:-0}" = 1 ] || [ "${KEEP_WORK:-0}" = 1 ] || { log "removing $WORK (KEEP=1 keeps it)"; rm -rf "$WORK"; }
log "done"
