# Helpers shared by bench/run.sh and bench/profile.sh; sourced, not run.

HZ=$(getconf CLK_TCK)

# Non-idle jiffies of the whole machine, all cores.
busy() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }

# With WAIT_IDLE=S, waits up to S seconds for a 2-second window with < 0.2 cores busy.
wait_idle() {
  local deadline=$(( $(date +%s) + ${WAIT_IDLE:-0} )) b1 b2
  while [ "$(date +%s)" -lt "$deadline" ]; do
    b1=$(busy); sleep 2; b2=$(busy)
    [ $(( (b2 - b1) * 10 / (2 * HZ) )) -lt 2 ] && return 0
  done
  return 0
}

# sha256 (12 characters) of the engine and theme sources, naming what was measured without git.
sources_hash() {
  # The project files too: they carry runtime settings (GC mode, tiered PGO) that change the timings.
  find Program.cs Cli appeal-handbook themes/default AppealHandbook.csproj Directory.Build.props Directory.Packages.props -type f \( -name '*.cs' -o -name '*.liquid' -o -name '*.js' -o -name '*.css' -o -name '*.yml' -o -name '*.csproj' -o -name '*.props' \) \
    -not -path '*/bin/*' -not -path '*/obj/*' | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12
}

# The flags bench/run.sh and bench/rebuild.sh publish the engine with, for runtime identifier $1:
# compiled ahead of time (Native AOT), one native executable: it starts without a runtime to load
# and compiles no method while it runs (bench/RESULTS.md, "Compiled ahead of time", measures it
# against the ReadyToRun image timed before). The linker is clang when the machine has it, else gcc. On an x86-64
# machine with the x86-64-v3 instructions (AVX2, BMI2, FMA, MOVBE) the code may use them, as a
# compiler targets the machine it builds for.
publish_flags() {
  local flags="-c Release -r $1 -p:PublishAot=true"
  if ! command -v clang >/dev/null 2>&1 && command -v gcc >/dev/null 2>&1; then
    flags="$flags -p:CppCompilerAndLinker=gcc"
  fi
  if [ "$(uname -m)" = x86_64 ] && grep -qw avx2 /proc/cpuinfo && grep -qw bmi2 /proc/cpuinfo && grep -qw fma /proc/cpuinfo && grep -qw movbe /proc/cpuinfo; then
    flags="$flags -p:IlcInstructionSet=x86-64-v3"
  fi
  echo "$flags"
}

# same_site CLI SCRATCH: fails unless the published engine $1 builds the repository's handbook
# byte for byte as `dotnet run` does. The benchmark times the compiled engine, and an engine
# compiled ahead of time runs without a just-in-time compiler: code that needs one (reflection
# over a type it did not keep) would fail or differ there only. The handbook uses every layout
# and data file, including the builder's and the decoder's, which the corpus lacks.
same_site() {
  local cli=$1 scratch=$2
  rm -rf "$scratch/same-jit" "$scratch/same-published"
  dotnet run -c Release -- build --no-cache --output "$scratch/same-jit" >/dev/null
  "$cli" build --no-cache --input input --output "$scratch/same-published" >/dev/null
  if ! diff -r "$scratch/same-jit" "$scratch/same-published" >/dev/null; then
    echo "the published engine builds input/ differently from dotnet run: diff -r $scratch/same-jit $scratch/same-published" >&2
    return 1
  fi
  rm -rf "$scratch/same-jit" "$scratch/same-published"
}
