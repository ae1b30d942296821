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
# one self-contained composite ReadyToRun image (run.sh says why). On an x86-64 machine with the
# x86-64-v3 instructions (AVX2, BMI2, FMA, MOVBE) the image may use them, as a compiler targets
# the machine it builds for: methods that use 256-bit vectors (the framework's text and span
# helpers, System.IO.Hashing) are then compiled ahead of time instead of at each run, about 140
# fewer methods and 4-5% less CPU at 1,000 and 10,000 pages (bench/RESULTS.md). On a machine
# without them the runtime compiles those methods at run time, as before.
publish_flags() {
  local flags="-c Release -r $1 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true"
  if [ "$(uname -m)" = x86_64 ] && grep -qw avx2 /proc/cpuinfo && grep -qw bmi2 /proc/cpuinfo && grep -qw fma /proc/cpuinfo && grep -qw movbe /proc/cpuinfo; then
    flags="$flags -p:PublishReadyToRunCrossgen2ExtraArgs=--instruction-set:x86-64-v3"
  fi
  echo "$flags"
}
