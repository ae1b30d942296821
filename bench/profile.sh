#!/usr/bin/env bash
# Where our build spends its time at 10,000 pages, without touching the engine.
#
#   bench/profile.sh                    # N=5000 pairs, 3 runs per configuration (~15 minutes)
#   N=500 RUNS=3 TRACE=0 bench/profile.sh
#
# 1. Wall time, peak memory and CPU (user + system) of `build` under runtime settings only,
#    RUNS times each, round-robin: the default; DOTNET_gcServer=0 (workstation GC, stated
#    explicitly) and =1 (server GC); DOTNET_PROCESSOR_COUNT=1 and =2 (the engine's
#    MaxDegreeOfParallelism is Environment.ProcessorCount); and `check` with the defaults. The
#    default build runs with `--timings` when the CLI has it: the engine's per-module wall times.
# 2. TRACE=1 (default): one build under dotnet-trace (installed as a .NET tool into the scratch
#    folder from NuGet; skipped if that fails), summarised by bench/trace_summary.py.
# Writes the tables into bench/RESULTS.md between the profile.sh markers.
#
# Environment: N (5000), RUNS (3), SEED (42), TRACE (1), WAIT_IDLE (0; as in run.sh), BENCH_WORK (shared with run.sh; a
# converted corpus left there by `KEEP=1 bench/run.sh` is reused), KEEP=1 keeps the scratch folder.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
. "$BENCH_DIR/lib.sh"
REPO="$(cd "$BENCH_DIR/.." && pwd)"
cd "$REPO"

N="${N:-5000}"
RUNS="${RUNS:-3}"
SEED="${SEED:-42}"
TRACE="${TRACE:-1}"
WORK="${BENCH_WORK:-${TMPDIR:-/tmp}/appeal-handbook-bench}"
MAKE_CORPUS="../shared/bench/make_corpus.py"
CLI="bin/Release/net10.0/appeal-handbook"
RESULTS="$BENCH_DIR/RESULTS.md"
D="$WORK/n$N"
T0=$(date +%s)
log() { printf '[profile.sh %4ds] %s\n' "$(( $(date +%s) - T0 ))" "$*" >&2; }

if [ ! -x /usr/bin/time ]; then
  log "installing time"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y time >/dev/null 2>&1 || { $sudo apt-get update >/dev/null && $sudo apt-get install -y time >/dev/null; }
fi
log "dotnet build -c Release"
dotnet build -c Release -nologo -v q >/dev/null
# Other work may rebuild bin/ or edit the theme while this runs: time a frozen copy of both.
# SOURCES identifies the engine + theme that was measured (no git here).
SOURCES="$(sources_hash)"
mkdir -p "$WORK"
rm -rf "$WORK/cli" "$WORK/themes"
cp -r bin/Release/net10.0 "$WORK/cli"
mkdir -p "$WORK/themes" && cp -r themes/default "$WORK/themes/default"
CLI="$WORK/cli/appeal-handbook"

if [ ! -f "$D/handbook/input/site.yml" ]; then
  log "N=$N: make_corpus.py --layout plain + to_handbook.py"
  mkdir -p "$D"
  rm -rf "$D/plain"
  python3 "$MAKE_CORPUS" --n "$N" --seed "$SEED" --out "$D/plain" --layout plain 2>/dev/null
  python3 bench/to_handbook.py "$D/plain" "$D/handbook"
else
  log "reusing $D/handbook"
fi
rm -rf "$D/handbook/themes" && cp -r "$WORK/themes" "$D/handbook/"  # themes/default beside the input
IN="$D/handbook/input"
# Every run builds into a new folder, deleted only at the end: emptying one folder before each
# run measured the file system's handling of freed inodes as well (bench/RESULTS.md, "Drift").
OUTS="$D/out-profile"
rm -rf "$OUTS"; mkdir -p "$OUTS"; N_OUT=0
TIMES="$WORK/profile.tsv"      # name wall peak user sys other_cpu
MODULES="$WORK/modules.tsv"    # run module ms   (from `build --timings`, when the CLI has it)
: > "$TIMES"; : > "$MODULES"
# The engine's own per-module wall times, if this build of the CLI offers them.
TIMINGS=""
"$CLI" build --help 2>/dev/null | grep -q -- '--timings' && TIMINGS="--timings"
# Clean builds: a build cache would turn every run after the first into a rebuild (bench/rebuild.sh times those).
NO_CACHE=""
"$CLI" build --help 2>/dev/null | grep -q -- '--no-cache' && NO_CACHE="--no-cache"

# name | env assignments | command
CONFIGS=(
  "build (defaults)|-|build $NO_CACHE $TIMINGS"
  "build, DOTNET_gcServer=0|DOTNET_gcServer=0|build $NO_CACHE"
  "build, DOTNET_gcServer=1|DOTNET_gcServer=1|build $NO_CACHE"
  "build, DOTNET_GCDynamicAdaptationMode=1 (DATAS)|DOTNET_GCDynamicAdaptationMode=1|build $NO_CACHE"
  "build, DOTNET_PROCESSOR_COUNT=1|DOTNET_PROCESSOR_COUNT=1|build $NO_CACHE"
  "build, DOTNET_PROCESSOR_COUNT=2|DOTNET_PROCESSOR_COUNT=2|build $NO_CACHE"
  "check (defaults)|-|check"
)
for run in $(seq 1 "$RUNS"); do
  for cfg in "${CONFIGS[@]}"; do
    IFS='|' read -r name envs cmd <<<"$cfg"
    OUT="$OUTS/$((++N_OUT))"
    [ "$envs" = "-" ] && envs=""
    wait_idle
    b1=$(busy)
    # shellcheck disable=SC2086  # envs and cmd are word lists
    if ! env $envs /usr/bin/time -f "%e %M %U %S" -o "$WORK/t" -- "$CLI" $cmd --input "$IN" --output "$OUT" >"$WORK/p.log" 2>&1; then
      cat "$WORK/p.log" >&2; echo "profile.sh: '$name' failed" >&2; exit 1
    fi
    b2=$(busy)
    t=$(cat "$WORK/t")
    other=$(awk -v b="$(( b2 - b1 ))" -v hz="$HZ" -v t="$t" 'BEGIN { split(t, a, " "); o = b / hz - a[3] - a[4]; printf "%.2f", (o < 0 ? 0 : o) }')
    printf '%s\t%s\t%s\n' "$name" "$(echo "$t" | tr ' ' '\t')" "$other" >> "$TIMES"
    [[ "$cmd" == *--timings* ]] && awk -v run="$run" '$1 ~ /^[0-9]+$/ && $2 ~ /^[0-9]+$/ && $5 ~ /\// {print run "\t" $5 "\t" $1}' "$WORK/p.log" >> "$MODULES"
    log "run $run, $name: (wall peak user sys) = ($t), other processes $other CPU s"
  done
done

TABLE="$(python3 - "$TIMES" <<'EOF'
import sys, statistics
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
names = list(dict.fromkeys(r[0] for r in rows))
base = statistics.median(float(r[1]) for r in rows if r[0] == names[0])
print("| configuration | median wall s | vs defaults | median peak MiB | median user s | median sys s | (user+sys)/wall | wall s, every run | other processes' CPU s per run |")
print("|---|---:|---:|---:|---:|---:|---:|---|---|")
for n in names:
    rs = [r for r in rows if r[0] == n]
    med = lambda i: statistics.median(float(r[i]) for r in rs)
    wall, peak, user, sys_ = med(1), med(2) / 1024, med(3), med(4)
    every = ", ".join(f"{float(r[1]):.1f}" for r in rs)
    other = ", ".join(f"{float(r[5]):.1f}" for r in rs)
    print(f"| {n} | {wall:.1f} | {wall / base:.2f}× | {peak:,.0f} | {user:.1f} | {sys_:.1f} | {(user + sys_) / wall:.2f} | {every} | {other} |")
EOF
)"

MODULE_MD=""
if [ -s "$MODULES" ]; then
  MODULE_MD="$(python3 - "$MODULES" <<'EOF'
import sys, statistics
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1]) if l.strip()]
order = list(dict.fromkeys(r[1] for r in rows))
runs = sorted({r[0] for r in rows})
per_run_total = {run: sum(float(r[2]) for r in rows if r[0] == run) for run in runs}
total = statistics.median(per_run_total.values())
print("| module (phase/name, in pipeline order) | median ms | share of the summed median | ms, every run |")
print("|---|---:|---:|---|")
meds = {m: statistics.median(float(r[2]) for r in rows if r[1] == m) for m in order}
for m in order:
    every = ", ".join(r[2] for r in rows if r[1] == m)
    print(f"| {m} | {meds[m]:,.0f} | {100 * meds[m] / total:.0f}% | {every} |")
print(f"| **all modules** | **{total:,.0f}** | | |")
EOF
)"
fi

TRACE_MD=""
if [ "$TRACE" = 1 ]; then
  TOOL="$WORK/tools/dotnet-trace"
  if [ ! -x "$TOOL" ]; then
    log "dotnet tool install dotnet-trace (into $WORK/tools)"
    dotnet tool install --tool-path "$WORK/tools" dotnet-trace >/dev/null 2>&1 || log "dotnet-trace not installable: trace skipped"
  fi
  if [ -x "$TOOL" ]; then
    log "one build under dotnet-trace (sampled thread time)"
    OUT="$OUTS/trace"
    rm -f "$WORK/trace.nettrace" "$WORK/trace.speedscope.json"
    "$TOOL" collect --profile dotnet-sampled-thread-time --format speedscope -o "$WORK/trace.nettrace" -- \
      "$CLI" build $NO_CACHE --input "$IN" --output "$OUT" >"$WORK/trace.log" 2>&1
    TRACE_MD="$(python3 bench/trace_summary.py "$WORK/trace.speedscope.json" --top 15 | python3 -c '
import sys
# keep the module table and the engine-frame table: the raw frame tables are long
text = sys.stdin.read().split("\n\n")
keep = [b for b in text if b.startswith("main thread") or "Execute:" in b.split("\n")[0] or "innermost engine frame" in b.split("\n")[0]]
print("\n\n".join(keep))')"
  fi
fi

rm -rf "$OUTS"  # nothing is measured after this
MEM="$(free -h | awk '/^Mem:/ {print $2 " RAM"}')"
MODULE_SECTION=""
if [ -n "$MODULE_MD" ]; then
  MODULE_SECTION="
The engine's own per-module wall times (\`build --timings\`, in the \"build (defaults)\" runs; the modules
that run page by page use both cores, the others one):

$MODULE_MD
"
fi
TRACE_SECTION=""
if [ -n "$TRACE_MD" ]; then
  TRACE_SECTION="
One build under \`dotnet-trace collect --profile dotnet-sampled-thread-time --format speedscope\`
(the sampler slows the build and its suspensions show up as GC polls, so read the shares, not
the absolute times), summarised by \`python3 bench/trace_summary.py W/trace.speedscope.json\`:

$TRACE_MD"
fi
BLOCK="$(cat <<EOF
<!-- profile.sh:begin (written by bench/profile.sh; edit outside the markers) -->
Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $MEM, $((2 * N)) pages
(\`make_corpus.py --n $N --seed $SEED\` converted by \`bench/to_handbook.py\`), $RUNS runs per
configuration, round-robin, each into a new output folder${WAIT_IDLE:+, each after waiting up to ${WAIT_IDLE} s for an idle machine};
\`/usr/bin/time -f "%e %M %U %S"\`; "other processes" = the machine's busy CPU time during the run minus the run's own
(other work competing for the 2 cores; it inflates the wall time).

$TABLE
$MODULE_SECTION
Engine + theme sources \`$SOURCES\` (compare with the sources named in the run.sh block). Command per configuration (W = \`$WORK\`;
W/cli is a copy of bin/Release/net10.0 after \`dotnet build -c Release\`, and themes/default is copied beside the input):
\`env [SETTING] /usr/bin/time -f "%e %M %U %S" W/cli/appeal-handbook build|check --input W/n$N/handbook/input --output W/n$N/out-profile/RUN\`
$TRACE_SECTION
<!-- profile.sh:end -->
EOF
)"
echo "$BLOCK"
python3 - "$RESULTS" "$BLOCK" <<'EOF'
import sys, re, os
path, block = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read() if os.path.exists(path) else "# Benchmark results\n\n"
pattern = re.compile(r"<!-- profile\.sh:begin.*?<!-- profile\.sh:end -->", re.S)
text = pattern.sub(lambda m: block, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + block + "\n"
open(path, "w", encoding="utf-8").write(text)
EOF
log "wrote the figures into $RESULTS"
[ "${KEEP:-0}" = 1 ] || { log "removing $WORK (KEEP=1 keeps it)"; rm -rf "$WORK"; }
log "done"
