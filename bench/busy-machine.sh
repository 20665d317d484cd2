#!/usr/bin/env bash
# Fairness under load: grades every module's correct golden solutions (the reference and every
# correct-alt-*) on an idle machine, then with 4 × as many CPU-bound busy processes as cores, and
# prints per module the false failures (a correct solution that lost points: must be 0), the wall
# time and the CPU time per submission, side by side.
#
#   bash bench/busy-machine.sh [module...]        default: every module with golden cases
#
# A benchmark, run on purpose (it loads the machine for a few minutes); never part of the tests.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d /tmp/grader-busy-XXXX)
busy=()
stop_busy() { for p in "${busy[@]}"; do kill "$p" 2>/dev/null || true; done; busy=(); }
trap 'stop_busy; rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== building (Release)"
dotnet build grader/Grader.Cli -c Release -v q -nologo >/dev/null
cli=grader/Grader.Cli/bin/Release/net10.0/grader.dll
modules=("$@")
[ ${#modules[@]} -eq 0 ] && mapfile -t modules < <(ls tests/Grader.Tests/Golden)

corpus() { # $1 = module → a folder of its correct solutions
  local dir=$work/corpus-$1 golden=tests/Grader.Tests/Golden/$1
  mkdir -p "$dir/reference"
  cp reference/"$1"/*.cs reference/"$1"/quiz-answers.txt "$dir/reference/" 2>/dev/null || true
  for c in "$golden"/correct-alt-*; do
    [ -d "$c/submission" ] && mkdir -p "$dir/$(basename "$c")" && cp -r "$c/submission/." "$dir/$(basename "$c")/"
  done
  echo "$dir"
}

grade() { # $1 = module, $2 = corpus, $3 = label → "false_failures n wall_per cpu_per"
  local out=$work/out-$1-$3 t0 t1 cpu
  t0=$(date +%s.%N)
  # bash's `time` reports the user + system CPU of the command and every child it waited for (the workers).
  cpu=$( { TIMEFORMAT='%U %S'; time dotnet "$cli" batch "$1" --submissions "$2" --out "$out" -j 2 >/dev/null 2>"$out.log"; } 2>&1 | tail -1 )
  t1=$(date +%s.%N)
  python3 - "$out" "$t0" "$t1" "$cpu" <<'PY'
import json, os, sys
out, t0, t1, cpu = sys.argv[1:5]
reports = [json.load(open(os.path.join(out, 'reports', f))) for f in os.listdir(os.path.join(out, 'reports'))]
# A correct solution that lost points on a test (the quiz is not part of these submissions).
false = [r['submission'] for r in reports if any(t['status'] != 'passed' for t in r['tests']) or not r['tests']]
n = len(reports)
print(len(false), n, (float(t1) - float(t0)) / n, sum(float(x) for x in cpu.split()) / n, ','.join(false) or '-')
PY
}

printf '%-26s %5s | %8s %8s %6s | %8s %8s %6s\n' module n "idle s" "idle cpu" false "busy s" "busy cpu" false
for m in "${modules[@]}"; do
  [ -d "reference/$m" ] || continue
  dir=$(corpus "$m")
  # Calibration happens on the first grading of a module; do it before timing anything.
  dotnet "$cli" grade "$m" --submission "reference/$m" --quiet >/dev/null
  read -r f1 n w1 c1 l1 < <(grade "$m" "$dir" idle)
  for _ in $(seq $(( 4 * $(nproc) ))); do (while :; do :; done) & busy+=($!); done
  read -r f2 _ w2 c2 l2 < <(grade "$m" "$dir" busy)
  stop_busy
  printf '%-26s %5s | %8.2f %8.2f %6s | %8.2f %8.2f %6s\n' "$m" "$n" "$w1" "$c1" "$f1" "$w2" "$c2" "$f2"
  [ "$f1$f2" = "00" ] || echo "   false failures: idle [$l1] busy [$l2]"
done
echo "(s = wall seconds per submission, cpu = CPU seconds per submission, grader and workers; false = correct solutions that lost points)"
