#!/usr/bin/env bash
# Renders pages of a batch's output in headless Chromium and saves PNGs, to check them as a person
# sees them (no server: every page is one self-contained file).
#   bash bench/screenshot-report.sh results/report.html report.png    one page
#   bash bench/screenshot-report.sh results/ shots/                    a batch folder: the class page
#       (report.html) and one student page with plots (students/<id>.html; STUDENT=<id> picks which)
set -euo pipefail
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
  echo "Chromium is not installed: apt-get install chromium" >&2
  exit 2
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

shoot() { # page.html out.png [width,height]
  "$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --window-size="${3:-${SHOT_SIZE:-1200,1600}}" --screenshot="$(realpath -m "$2")" "file://$(realpath "$1")" >/dev/null 2>&1
  echo "wrote $2"
}

if [ -d "$1" ]; then
  out=${2:-shots}
  mkdir -p "$out"
  [ -f "$1/report.html" ] || { echo "$1 has no report.html: is it a batch's --out folder?" >&2; exit 2; }
  shoot "$1/report.html" "$out/class-page.png"
  if [ -n "${STUDENT:-}" ]; then page="$1/students/$STUDENT.html"
  else page=$(grep -l "<svg" "$1"/students/*.html 2>/dev/null | head -n 1 || true); fi
  [ -n "$page" ] && [ -f "$page" ] || { echo "no student page with plots under $1/students/" >&2; exit 2; }
  shoot "$page" "$out/student-page.png" 1400,1500
else
  shoot "$1" "${2:-report.png}"
fi
