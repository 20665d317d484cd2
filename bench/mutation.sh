#!/usr/bin/env bash
# Mutation testing of the hidden tests: Stryker.NET mutates a module's EDITABLE reference files
# (module.json editable_files, never the provided ones) and runs the module's hidden tests against
# every mutant. A mutant the tests let pass is a wrong solution that would earn full marks, unless
# it is equivalent (behaves exactly like the reference); those are listed with a one-line reason in
# tests/<slug>/mutation-equivalents.json and left out of the score. Prints one line per module:
#
#   <slug>  killed K  survived S  timeout T  equivalent E  score X %
#
# where survived counts the non-equivalent survivors (and mutants no test covers) and
# score = (killed + timeout) / (killed + timeout + survived). Unlisted survivors are printed below
# the line as file:line:column  mutator  →  replacement.
#
#   bash bench/mutation.sh [slug...]        default: every module with hidden tests
#
# Stryker is a local .NET tool (dotnet-tools.json in the repository root; `dotnet tool restore`
# installs it). Its reports go to bench/out/mutation/<slug>/ (git-ignored). About 1–3 minutes a
# module on 2 cores; STRYKER_CONCURRENCY (default 1) runs mutants in parallel.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet tool restore >/dev/null

if [ $# -eq 0 ]; then
  set -- $(ls -d tests/[0-9][0-9]-*/ | xargs -n1 basename)
fi

summary=()
for slug in "$@"; do
  manifest=assignments/$slug/module.json
  tests=tests/$slug
  [ -f "$manifest" ] || { echo "$slug: no $manifest" >&2; exit 2; }
  reference_project=$(ls reference/"$slug"/*.Reference.csproj)
  mutate=()
  while IFS= read -r file; do mutate+=(-m "**/$file"); done < <(jq -r '.editable_files[]' "$manifest")
  out=$root/bench/out/mutation/$slug
  rm -rf "$out"
  mkdir -p "$out"
  echo "== $slug: mutating $(jq -r '.editable_files | join(", ")' "$manifest") against $(ls "$tests"/*.HiddenTests.csproj)" >&2
  (cd "$tests" && dotnet stryker -p "$(basename "$reference_project")" "${mutate[@]}" \
      -r Json -r Html -r ClearText -O "$out" -c "${STRYKER_CONCURRENCY:-1}" --skip-version-check) > "$out/stryker.log" 2>&1 \
    || { echo "$slug: Stryker failed, see $out/stryker.log" >&2; tail -20 "$out/stryker.log" >&2; exit 1; }
  line=$(python3 - "$out/reports/mutation-report.json" "$tests/mutation-equivalents.json" "$slug" <<'PY'
import json, os, sys
report, equivalents_file, slug = sys.argv[1:4]
files = json.load(open(report))["files"]
listed = []
if os.path.exists(equivalents_file):
    listed = json.load(open(equivalents_file))["equivalents"]
def key(file, line, column, replacement):
    return (os.path.basename(file), int(line), int(column), replacement.strip())
wanted = {key(e["file"], e["line"], e["column"], e["replacement"]): e for e in listed}
killed = survived = timeout = equivalent = 0
unlisted, used = [], set()
for path, data in files.items():
    for m in data["mutants"]:
        status = m["status"]
        if status == "Killed": killed += 1
        elif status == "Timeout": timeout += 1
        elif status in ("Survived", "NoCoverage"):
            start = m["location"]["start"]
            k = key(path, start["line"], start["column"], m.get("replacement", ""))
            if k in wanted:
                equivalent += 1
                used.add(k)
            else:
                survived += 1
                unlisted.append(f"    {k[0]}:{k[1]}:{k[2]}  {m['mutatorName']}  →  {k[3]}  ({status})")
detected = killed + timeout
total = detected + survived
score = 100.0 * detected / total if total else 100.0
print(f"{slug}  killed {killed}  survived {survived}  timeout {timeout}  equivalent {equivalent}  score {score:.1f} %")
for u in unlisted: print(u)
for k in wanted:
    if k not in used: print(f"    listed as equivalent but no longer a survivor: {k[0]}:{k[1]}:{k[2]} → {k[3]}")
PY
)
  echo "$line"
  summary+=("$(head -1 <<<"$line")")
done
if [ $# -gt 1 ]; then
  echo
  printf '%s\n' "${summary[@]}"
fi
