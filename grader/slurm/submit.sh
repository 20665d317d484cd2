#!/usr/bin/env bash
# Grades a class on a Slurm cluster: builds the grader once (Release), submits one job array of N
# shards (grade.sbatch) and a merge (merge.sbatch) that runs only after every shard succeeded, and
# prints both job ids. Run it on the login node, from a copy of the kit on storage every node sees.
#
#   grader/slurm/submit.sh [--only I[,J...]] [--no-build] <module> <submissions> <out> [N] [-- sbatch options]
#
#   N            number of shards = array tasks (default 4)
#   --only I     re-run only these array indices (0-based, as in --array) of an earlier run into
#                the same <out>, then merge again; every other shard must have finished already
#   --no-build   use the existing Release build (the kit is read-only, or was just built)
#   -- ...       options for both sbatch calls, e.g. -- --partition=short --account=cs101 --time=01:00:00
set -euo pipefail

usage() { grep -m1 '^#   grader/slurm/submit.sh' "$0" | sed 's/^#   /usage: /' >&2; exit 2; }

only="" build=1
while [[ $# -gt 0 && "$1" == --* && "$1" != -- ]]; do
  case "$1" in
    --only) [[ $# -ge 2 ]] || usage; only=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "error: unknown option $1" >&2; usage ;;
  esac
done
positional=()
while [[ $# -gt 0 && "$1" != -- ]]; do positional+=("$1"); shift; done
[[ "${1:-}" == -- ]] && shift
extra=("$@")
(( ${#positional[@]} == 3 || ${#positional[@]} == 4 )) || usage
module=${positional[0]}
submissions=$(realpath -m -- "${positional[1]}")
out=$(realpath -m -- "${positional[2]}")
count=${positional[3]:-4}

kit=$(cd "$(dirname "$0")/../.." && pwd)
[[ "$count" =~ ^[1-9][0-9]*$ ]] || { echo "error: N must be a positive number of shards, not '$count'" >&2; exit 2; }
[[ -e "$submissions" ]] || { echo "error: $submissions does not exist" >&2; exit 2; }
command -v sbatch >/dev/null || { echo "error: sbatch not found: run this on a Slurm login node (module load slurm?)" >&2; exit 2; }

# The module's folder, for building its hidden tests: a slug or a unique prefix, as the grader takes.
mapfile -t matches < <(cd "$kit/assignments" && for d in "$module"*/; do [[ -f "$d/module.json" ]] && echo "${d%/}"; done)
exact=$(printf '%s\n' "${matches[@]}" | grep -Fx -- "$module" || true)
if [[ -n "$exact" ]]; then slug=$exact
elif (( ${#matches[@]} == 1 )); then slug=${matches[0]}
else echo "error: '$module' names no single module (found: ${matches[*]:-none})" >&2; exit 2; fi

if [[ -n "$only" ]]; then
  [[ "$only" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "error: --only takes array indices such as 2 or 0,3" >&2; exit 2; }
  for i in ${only//,/ }; do
    (( i < count )) || { echo "error: index $i is outside the $count shards (0..$((count - 1)))" >&2; exit 2; }
  done
  array=$only
else
  array="0-$((count - 1))"
fi

# Built once here, never by the tasks: N tasks running `dotnet run` at once would race on the build.
if (( build )); then
  echo "building the grader and the hidden tests of $slug (Release)..."
  dotnet build "$kit/grader/Grader.Cli" -c Release -p:BuildHiddenTests=false -nologo -v q -clp:ErrorsOnly
  dotnet build "$kit/tests/$slug" -c Release -nologo -v q -clp:ErrorsOnly
fi
[[ -f "$kit/grader/Grader.Cli/bin/Release/net10.0/grader.dll" ]] \
  || { echo "error: no Release build in $kit/grader/Grader.Cli/bin/Release (run without --no-build)" >&2; exit 2; }

mkdir -p "$out/logs" "$out/shards"
grade=$(sbatch --parsable --job-name="grade-$slug" --array="$array" --output="$out/logs/grade-%A_%a.log" "${extra[@]}" \
  "$kit/grader/slurm/grade.sbatch" "$kit" "$slug" "$submissions" "$out" "$count")
grade=${grade%%;*}   # --parsable prints "id;cluster" on multi-cluster sites
merge=$(sbatch --parsable --job-name="merge-$slug" --dependency="afterok:$grade" --output="$out/logs/merge-%j.log" "${extra[@]}" \
  "$kit/grader/slurm/merge.sbatch" "$kit" "$out" "$count")
merge=${merge%%;*}

echo "grade job $grade: array $array of $count shards of $slug -> $out/shards/"
echo "merge job $merge: runs after every task of $grade succeeded -> $out/gradebook.csv"
echo "follow with: squeue -j $grade,$merge    logs: $out/logs/"
