#!/usr/bin/env bash
# Renders a batch's report.html in headless Chromium and saves a PNG, to check the page as a
# person sees it (no server: the report is one self-contained file).
#   bash bench/screenshot-report.sh results/report.html report.png
set -euo pipefail
html=$(realpath "$1")
out=${2:-report.png}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "Chromium is not installed: apt-get install chromium" >&2
  exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --window-size=${SHOT_SIZE:-1200,1600} --screenshot="$(realpath -m "$out")" "file://$html" >/dev/null 2>&1
echo "wrote $out"
