#!/usr/bin/env bash
# Throughput benchmark: the batch grader (full isolation) against `dotnet test` per submission
# (the GitHub Classroom / Exercism model) and against the floor (compile + policy + tests in one
# warm worker process, no sandbox, no supervisor). Prints submissions per second for all three,
# the ratios, and the grader's peak memory (supervisor + workers) for three corpus sizes (N/4, N, 4N).
#
#   bash bench/benchmark.sh [module] [N]        defaults: 01-what-is-calculus 200
#
# Run it on a quiet machine: every figure is wall-clock time.
set -euo pipefail
cd "$(dirname "$0")/.."
module=${1:-01-what-is-calculus}
n=${2:-200}
samples=${DOTNET_TEST_SAMPLES:-5}
work=$(mktemp -d /tmp/grader-bench-XXXX)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

now() { date +%s.%N; }
calc() { python3 -c "print(f'{$1:$2}')"; }

echo "== building (Release)"
dotnet build grader/Grader.Cli -c Release -v q -nologo >/dev/null
cli=grader/Grader.Cli/bin/Release/net10.0/grader.dll
tests_dir=tests/$module/bin/Release/net10.0

echo "== corpus: $n submissions of $module (correct, partly wrong, not compiling, one hung)"
golden=tests/Grader.Tests/Golden/$module
mapfile -t kinds < <(ls "$golden" | grep -E '^(correct-alt|wrong-|partial|compile-error)' )
make_corpus() { # $1 = folder, $2 = count
  mkdir -p "$1"
  for i in $(seq 1 "$2"); do
    local kind=${kinds[$(( (i - 1) % ${#kinds[@]} ))]}
    [ "$i" -eq 7 ] && [ -d "$golden/infinite-loop" ] && kind=infinite-loop
    mkdir -p "$1/s$(printf %04d "$i")"
    cp "$golden/$kind/submission/"*.cs "$1/s$(printf %04d "$i")/"
  done
}
make_corpus "$work/corpus" "$n"
make_corpus "$work/corpus-small" $(( n / 4 ))
make_corpus "$work/corpus-large" $(( n * 4 ))

# Peak RSS (MB) of a process and all its descendants, sampled every 100 ms while it runs.
peak_rss() { # $1 = pid
  local peak=0
  while kill -0 "$1" 2>/dev/null; do
    local pids total
    pids=$(pstree -p "$1" 2>/dev/null | grep -o '([0-9]*)' | tr -d '()' | tr '\n' ',' | sed 's/,$//')
    total=$(ps -o rss= -p "${pids:-$1}" 2>/dev/null | awk '{s+=$1} END {print int(s/1024)}')
    [ "${total:-0}" -gt "$peak" ] && peak=$total
    sleep 0.1
  done
  echo "$peak"
}

run_batch() { # $1 = corpus, $2 = out → prints "seconds peakMB"
  local t0 pid peak t1
  t0=$(now)
  dotnet "$cli" batch "$module" --submissions "$1" --out "$2" >/dev/null 2>"$2.log" & pid=$!
  peak=$(peak_rss "$pid")
  wait "$pid"
  t1=$(now)
  echo "$(calc "$t1 - $t0" .2f) $peak"
}

echo "== batch grader (sandbox: $( [ -x /usr/bin/bwrap ] && echo bubblewrap || echo none ), parallel = $(nproc))"
read -r t_small peak_small < <(run_batch "$work/corpus-small" "$work/out-small")
read -r t_batch peak_batch < <(run_batch "$work/corpus" "$work/out")
read -r t_large peak_large < <(run_batch "$work/corpus-large" "$work/out-large")
graded=$(ls "$work/out/reports" | wc -l)
echo "   $graded submissions in $t_batch s; peak memory $peak_small MB (N=$((n/4))), $peak_batch MB (N=$n), $peak_large MB (N=$((n*4)), $t_large s)"

echo "== floor: one warm worker process, no sandbox, no supervisor (hung submission excluded)"
python3 - "$work/corpus" "$module" "$tests_dir" > "$work/requests.jsonl" <<'PY'
import json, os, sys, glob
corpus, module, tests = sys.argv[1:4]
manifest = json.load(open(f"assignments/{module}/module.json"))
hung_dir = f"tests/Grader.Tests/Golden/{module}/infinite-loop/submission"
hung = {f: open(os.path.join(hung_dir, f)).read() for f in manifest["editable_files"]} if os.path.isdir(hung_dir) else None
for i, d in enumerate(sorted(glob.glob(corpus + "/*"))):
    sources = [{"path": f, "text": open(os.path.join(d, f)).read()} for f in manifest["editable_files"] if os.path.exists(os.path.join(d, f))]
    # The floor has no time limit to stop a hung submission, so the hung one is left out.
    if hung is not None and all(s["text"] == hung.get(s["path"]) for s in sources): continue
    sources += [{"path": f, "text": open(f"assignments/{module}/{f}").read()} for f in manifest.get("provided_files", [])]
    print(json.dumps({"nonce": f"n{i}", "kind": "grade", "assembly_name": manifest["assembly"], "sources": sources,
                      "tests_directory": os.path.abspath(tests), "tests_assembly": manifest["tests_assembly"],
                      "policy": manifest.get("policy", {})}))
PY
floor_n=$(wc -l < "$work/requests.jsonl")
head -n 3 "$work/requests.jsonl" > "$work/warmup.jsonl"
t0=$(now)
DOTNET_TieredPGO=0 DOTNET_EnableWriteXorExecute=0 dotnet grader/Grader.Cli/bin/Release/net10.0/Grader.Worker.dll < <(cat "$work/warmup.jsonl" "$work/requests.jsonl") | grep -c '"type":"done"' >/dev/null
t1=$(now)
echo "   $floor_n (+3 warm-up) requests in $(calc "$t1 - $t0" .2f) s"
t_floor=$(calc "$t1 - $t0" .3f)

echo "== dotnet test per submission ($samples samples: copy, restore offline, build, test)"
proj="$work/dt"
mkdir -p "$proj"
total=0
for i in $(seq 1 "$samples"); do
  sub=$(ls -d "$work/corpus"/* | sed -n "$(( i * 3 ))p")
  rm -rf "$proj" && mkdir -p "$proj/student" "$proj/tests"
  cp "$sub"/*.cs "$proj/student/"
  for f in $(python3 -c "import json;print(' '.join(json.load(open('assignments/$module/module.json')).get('provided_files',[])))"); do cp "assignments/$module/$f" "$proj/student/"; done
  asm=$(python3 -c "import json;print(json.load(open('assignments/$module/module.json'))['assembly'])")
  cat > "$proj/student/Student.csproj" <<CSPROJ
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework><AssemblyName>$asm</AssemblyName><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup>
<ItemGroup><PackageReference Include="MathNet.Numerics" Version="5.0.0" /></ItemGroup></Project>
CSPROJ
  cp tests/"$module"/*.cs "$proj/tests/"
  cp tests/Calculus.TestSupport/*.cs "$proj/tests/"
  cat > "$proj/tests/Tests.csproj" <<CSPROJ
<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable><IsTestProject>true</IsTestProject><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally><NoWarn>NU1603</NoWarn></PropertyGroup>
<ItemGroup><PackageReference Include="Microsoft.NET.Test.Sdk" Version="18.11.0" /><PackageReference Include="NUnit" Version="4.4.0" /><PackageReference Include="NUnit3TestAdapter" Version="6.3.1" /><PackageReference Include="MathNet.Numerics" Version="5.0.0" /></ItemGroup>
<ItemGroup><ProjectReference Include="../student/Student.csproj" /></ItemGroup></Project>
CSPROJ
  t0=$(now)
  (cd "$proj/tests" && timeout 120 dotnet test >/dev/null 2>&1) || true
  t1=$(now)
  total=$(calc "$total + $t1 - $t0" .3f)
done
t_dt=$(calc "$total / $samples" .3f)
echo "   mean $t_dt s per submission"

rate_batch=$(calc "$graded / $t_batch" .2f)
rate_floor=$(calc "$floor_n / $t_floor" .2f)
rate_dt=$(calc "1 / $t_dt" .3f)
echo
echo "module $module, N = $n, $(nproc) cores"
echo "  batch grader (isolated):    $rate_batch submissions/s"
echo "  floor (one warm process):   $rate_floor submissions/s"
echo "  dotnet test per submission: $rate_dt submissions/s"
echo "  batch / dotnet test:        $(calc "$rate_batch / $rate_dt" .1f)x"
echo "  batch / floor:              $(calc "$rate_batch / $rate_floor" .2f)"
echo "  peak memory (grader + workers): $peak_small MB at N=$((n/4)), $peak_batch MB at N=$n, $peak_large MB at N=$((n*4))"
