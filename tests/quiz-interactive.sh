#!/usr/bin/env bash
# Takes module 01's quiz in a real terminal (tmux), the way a student does. First Ctrl+C at the
# first question: the quiz ends at once (exit 130), saving nothing. Then the whole quiz: one
# correct answer, one wrong answer (retry skipped), one slip (x^2-style XOR, then fixed on the
# retry), one question skipped, and yes to saving the answers; then checks what the screen shows
# and the saved quiz-answers.txt, and prints the screen.
#   bash tests/quiz-interactive.sh          (SKIP_BUILD=1 to use the current build)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
dll="$root/grader/Grader.Cli/bin/Debug/net10.0/grader.dll"
session="quiz-interactive-$$"

if [[ "${SKIP_BUILD:-0}" != 1 ]]; then
  dotnet build "$root/tests/01-what-is-calculus" -v q -nologo >/dev/null
  dotnet build "$root/grader/Grader.Cli" -p:BuildHiddenTests=false -v q -nologo >/dev/null
fi
command -v tmux >/dev/null || { echo "tmux is not installed"; exit 2; }

screen() { tmux capture-pane -p -J -t "$session" -S -200; }
trap 'cleanup' EXIT

# Waits until TEXT appears at least N times on the screen (default once).
wait_for() {
  local text="$1" count="${2:-1}" deadline=$((SECONDS + 60))
  while (( SECONDS < deadline )); do
    if (( $(screen | grep -cF -- "$text" || true) >= count )); then return 0; fi
    sleep 0.2
  done
  echo "FAIL: timed out waiting for '$text' (x$count). Screen:"; screen; exit 1
}

answer() { tmux send-keys -t "$session" -l -- "$1"; tmux send-keys -t "$session" Enter; }

# A scratch folder that looks like the student's module folder (its module.json names the module),
# so the answers the quiz offers to save land there, not in the kit.
work=$(mktemp -d)
cp "$root/assignments/01-what-is-calculus/module.json" "$work/"
cleanup() { tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"; }
start() { tmux -u new-session -d -s "$session" -x 200 -y 60 \
  "cd '$work' && LANG=C.UTF-8 dotnet '$dll' quiz --course '$root'; echo '[quiz exited with '\$?']'; sleep 300"; }

# Ctrl+C while the quiz waits for an answer ends it at once, cleanly, saving nothing.
start
wait_for "q1 (1 point)"
tmux send-keys -t "$session" C-c
wait_for "[quiz exited with 130]"
stopped=$(screen)
tmux kill-session -t "$session"
if grep -qF "Quiz stopped (Ctrl+C) after 0 of 4 answers; nothing was saved." <<<"$stopped" && ! grep -q "Unhandled\|   at " <<<"$stopped" \
   && [[ ! -e "$work/quiz-answers.txt" ]]; then echo "ok: Ctrl+C ends the quiz cleanly (exit 130), nothing saved"
else echo "FAIL: Ctrl+C. Screen:"; echo "$stopped"; exit 1; fi

start

wait_for "q1 (1 point)"
answer 'x => x*x*(3*Math.Sin(x) + x*Math.Cos(x))'                 # correct
wait_for "✔ correct" 1
wait_for "q2 (1 point)"
answer 'Math.Cos(2*x)*Math.Exp(Math.Sin(2*x))'                     # wrong: the inner factor 2 is missing
wait_for "✘ wrong: at x ="
wait_for "try again (empty line to skip) >"
answer ''                                                           # skip the retry
wait_for "q3 (1 point)"
answer 's - s^2'                                                    # slip: ^ is XOR in C#
wait_for "✘ not accepted: C# has no power operator"
wait_for "try again (empty line to skip) >" 2
answer 's - s*s'                                                    # fixed
wait_for "✔ correct" 2
wait_for "q4 (1 point)"
answer ''                                                           # skipped
wait_for "to hand in? [Y/n]"
answer ''                                                           # yes: save
wait_for "[quiz exited with 0]"

out=$(screen)
echo "$out"
echo "-----"
fail=0
for expect in "✔ correct" "✘ wrong: at x =" "Hint: Chain rule" "✘ not accepted: C# has no power operator: ^ is bitwise XOR. Write s*s or Math.Pow(s, 2)." "skipped" "Total: 2 / 4" "saved 3 answers to $work/quiz-answers.txt"; do
  if grep -qF -- "$expect" <<<"$out"; then echo "ok: $expect"; else echo "MISSING: $expect"; fail=1; fi
done
# The saved file holds the last answer typed for each answered question, ready to hand in.
saved=$(grep -v '^#' "$work/quiz-answers.txt")
expected=$'q1: x => x*x*(3*Math.Sin(x) + x*Math.Cos(x))\nq2: Math.Cos(2*x)*Math.Exp(Math.Sin(2*x))\nq3: s - s*s'
if [[ "$saved" == "$expected" ]]; then echo "ok: quiz-answers.txt holds the 3 answers"; else echo "MISSING: quiz-answers.txt holds: $saved"; fail=1; fi
exit $fail
