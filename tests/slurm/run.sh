#!/usr/bin/env bash
# Grades a generated class on a real Slurm, on this one machine, with grader/slurm/: installs
# slurm-wlm and munge if missing, starts munged, slurmctld and slurmd (no systemd: by hand, as in
# the single-node recipe measured for the kit), then
#   A. grades the class as a 4-task job array plus a dependent merge (submit.sh), and checks the
#      merged gradebook.csv against one unsharded `batch` run, byte for byte, and every report;
#   B. grades it again, cancels one array task in the middle of its shard (a real failure: the task
#      ends CANCELLED, the afterok merge can never run), re-runs just that index and a new dependent
#      merge (submit.sh --only), checks that the re-run resumed, and compares again;
# and shuts every daemon it started down, also when a check fails. Prints its timing at the end.
#
#   sudo bash tests/slurm/run.sh          KEEP_WORK=1 keeps the scratch folder
#
# Needs root and apt-get (it installs packages and writes /etc/slurm/slurm.conf): without them it
# prints "skipped: ..." and exits 0. Never run it on a real cluster node: it refuses to touch a
# slurm.conf it did not write. Exit 0 when everything matched, 1 on any mismatch or failure.
set -eEuo pipefail
trap 'echo "FAIL: line $LINENO: $BASH_COMMAND exited with $?" >&2' ERR

root=$(cd "$(dirname "$0")/../.." && pwd)
module=01-what-is-calculus
tasks=4
conf=/etc/slurm/slurm.conf
marker="# Written by the kit's tests/slurm/run.sh (single-node test cluster)."
dll="$root/grader/Grader.Cli/bin/Release/net10.0/grader.dll"
# Every grading here (the Slurm tasks inherit the environment) stops a test after 10 s instead of
# the module's 5: the machine is shared, and at load average 30-40 a test that prints 200,000 lines
# (hostile-output-flood) took over 5 s in one grading and not in another (measured). Both sides get
# the same limit, and the reports, limits included, must still be equal.
export GRADER_LIMITS__TESTTIMEOUTSECONDS=${GRADER_LIMITS__TESTTIMEOUTSECONDS:-10}
started=$SECONDS
timing=()
jobs=()            # every job this run submitted, cancelled on failure
munged_pid="" slurmctld_pid="" slurmd_pid=""   # the daemons this run started, stopped by these ids
work=""
skipped=0

skip() { echo "skipped: $*"; skipped=1; exit 0; }
fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo; echo "== $*"; step_start=$SECONDS; step_name=$*; }
done_step() { timing+=("$(printf '%4d s  %s' $((SECONDS - step_start)) "$step_name")"); }

[[ $(id -u) == 0 ]] || skip "needs root (installs slurm-wlm and munge, writes $conf, starts daemons)"
command -v apt-get >/dev/null || skip "needs apt-get to install slurm-wlm and munge"
if [[ -f $conf ]] && ! grep -qxF "$marker" "$conf"; then
  skip "$conf exists and was not written by this test (a real cluster node?); not touching it"
fi

# ---------------------------------------------------------------------------------------------
# Daemons: started here, stopped on every way out.
# ---------------------------------------------------------------------------------------------
pid_of() { cat "$1" 2>/dev/null || true; }   # the pid in a pid file, or nothing
pid_alive() { local pid; pid=$(pid_of "$1"); [[ -n $pid ]] && kill -0 "$pid" 2>/dev/null; }
wait_for_pid_file() {   # a daemon writes its pid file after it has forked: wait up to 10 s for it
  for _ in $(seq 100); do pid_alive "$1" && { pid_of "$1"; return 0; }; sleep 0.1; done
  fail "no live process in $1 10 s after starting it"
}
wait_gone() {   # wait_gone <pid>: up to 30 s for it to end; then TERM, then KILL
  local pid=$1
  [[ -n $pid ]] || return 0
  for _ in $(seq 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill "$pid" 2>/dev/null || true; sleep 2; kill -9 "$pid" 2>/dev/null || true
}
stop_slurm() {   # stop_slurm <slurmctld pid> <slurmd pid>
  scontrol shutdown >/dev/null 2>&1 || true
  wait_gone "$1"
  wait_gone "$2"
}
cleanup() {
  local status=$?
  trap - EXIT ERR
  set +e   # every step of the clean-up runs, whatever fails
  if (( status != 0 )) && [[ -n $work ]]; then
    echo; echo "---- logs of the jobs (last 15 lines each) ----"
    for f in "$work"/out-*/logs/*.log; do [[ -f $f ]] && { echo "-- $f"; tail -n 15 "$f"; }; done
    echo "-- /var/log/slurm/slurmctld.log"; tail -n 20 /var/log/slurm/slurmctld.log 2>/dev/null
  fi
  if [[ -n $slurmctld_pid$slurmd_pid ]]; then
    (( ${#jobs[@]} > 0 )) && scancel "${jobs[@]}" 2>/dev/null
    stop_slurm "$slurmctld_pid" "$slurmd_pid"
    echo "slurmctld and slurmd stopped (scontrol shutdown)"
  fi
  if [[ -n $munged_pid ]]; then
    kill "$munged_pid" 2>/dev/null
    wait_gone "$munged_pid"
    echo "munged stopped"
  fi
  if [[ -n $work ]]; then
    if (( status == 0 )) && [[ "${KEEP_WORK:-0}" != 1 ]]; then rm -rf "$work"; else echo "scratch folder kept: $work"; fi
  fi
  echo; echo "timing:"
  printf '  %s\n' "${timing[@]}"
  printf '%6d s  total\n' $((SECONDS - started))
  if (( skipped )); then echo "slurm test: skipped"
  elif (( status == 0 )); then echo "slurm test: passed"
  else echo "slurm test: FAILED (exit $status)"; fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "install slurm-wlm and munge"
if command -v slurmctld >/dev/null && command -v slurmd >/dev/null && command -v munged >/dev/null; then
  echo "already installed: $(slurmctld -V), munge $(dpkg-query -W -f='${Version}' munge)"
else
  log=$(mktemp)
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends slurm-wlm munge; } >"$log" 2>&1; then
    tail -n 5 "$log"; rm -f "$log"
    skip "apt-get could not install slurm-wlm and munge (no package mirror?)"
  fi
  rm -f "$log"
  echo "installed in $((SECONDS - step_start)) s: $(slurmctld -V), munge $(dpkg-query -W -f='${Version}' munge)"
fi
done_step

step "start munged, slurmctld and slurmd"
if [[ ! -s /etc/munge/munge.key ]]; then
  mungekey --create --keyfile=/etc/munge/munge.key
  chown munge:munge /etc/munge/munge.key && chmod 400 /etc/munge/munge.key
fi
mkdir -p /run/munge && chown munge:munge /run/munge && chmod 755 /run/munge
if pid_alive /run/munge/munged.pid; then
  echo "munged already running (pid $(cat /run/munge/munged.pid)): using it, leaving it running"
else
  runuser -u munge -- /usr/sbin/munged
  munged_pid=$(wait_for_pid_file /run/munge/munged.pid)
fi
munge -n | unmunge | grep -q 'STATUS: *Success' || fail "munge cannot encode and decode a credential"

# A slurmctld left by an earlier run of this test (killed before its cleanup) goes first, so that
# the configuration written below is the one in force.
if pid_alive /run/slurm/slurmctld.pid || pid_alive /run/slurm/slurmd.pid; then
  echo "stopping the daemons an earlier run left"; stop_slurm "$(pid_of /run/slurm/slurmctld.pid)" "$(pid_of /run/slurm/slurmd.pid)"
fi
host=$(hostname -s)
mem_mb=$(awk '/^MemTotal:/ { print int($2 / 1024 * 3 / 4) }' /proc/meminfo)
mkdir -p /var/spool/slurmctld /var/spool/slurmd /var/log/slurm /run/slurm
chown slurm:slurm /var/spool/slurmctld /var/log/slurm /run/slurm
# DefMemPerCPU: without it every job claims the node's whole memory and the tasks run one at a time.
# 127.0.0.1: the node's name need not resolve. MinJobAge: finished jobs stay visible to scontrol.
cat > "$conf" <<EOF
$marker
ClusterName=grading
SlurmctldHost=$host(127.0.0.1)
SlurmUser=slurm
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=2000
SchedulerType=sched/backfill
ReturnToService=2
MpiDefault=none
MailProg=/bin/true
MinJobAge=900
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurm/slurmctld.pid
SlurmdPidFile=/run/slurm/slurmd.pid
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
NodeName=$host NodeAddr=127.0.0.1 CPUs=$(nproc) RealMemory=$mem_mb State=UNKNOWN
PartitionName=grade Nodes=ALL Default=YES MaxTime=60 State=UP
EOF
/usr/sbin/slurmctld -c     # -c: no jobs carried over from an earlier run
slurmctld_pid=$(wait_for_pid_file /run/slurm/slurmctld.pid)
/usr/sbin/slurmd
slurmd_pid=$(wait_for_pid_file /run/slurm/slurmd.pid)
for _ in $(seq 600); do [[ "$(sinfo -h -o %T 2>/dev/null)" == idle ]] && break; sleep 0.1; done
[[ "$(sinfo -h -o %T 2>/dev/null)" == idle ]] || { sinfo -R || true; fail "the node did not come up idle within 60 s"; }
sinfo
done_step

# ---------------------------------------------------------------------------------------------
# The class: every golden case of module 01 (correct, partly wrong, not compiling, hostile) as a
# student, plus a few more correct ones and an id that needs quoting.
# ---------------------------------------------------------------------------------------------
step "generate the class"
work=$(mktemp -d /tmp/slurm-test.XXXXXX)
class="$work/class"
gold="$root/tests/Grader.Tests/Golden/$module"
mapfile -t editable < <(jq -r '.editable_files[]' "$root/assignments/$module/module.json")
copy_module_files() {   # $1 source folder, $2 student folder
  mkdir -p "$2"
  for f in "${editable[@]}" quiz-answers.txt; do [[ -f "$1/$f" ]] && cp "$1/$f" "$2/"; done
  return 0
}
for case in "$gold"/*/; do
  name=$(basename "$case")
  # The submission that loops until it is stopped (two tests at the time limit) sorts last, so that it is graded
  # last in its shard: that task is cancelled while it grades it, in phase B.
  [[ $name == infinite-loop ]] && name=zz-infinite-loop
  # A case graded under its own limits (the compile bomb: 3 s) would spend the default's here.
  [[ -f $case/case.json ]] && jq -e '.limits' "$case/case.json" >/dev/null && continue
  if [[ -d $case/submission ]]; then mkdir -p "$class/$name" && cp -r "$case/submission/." "$class/$name/"
  else
    from=$(jq -r '.submission_from' "$case/case.json")
    case $from in
      reference) copy_module_files "$root/reference/$module" "$class/$name" ;;
      starter) copy_module_files "$root/assignments/$module" "$class/$name" ;;
      *) fail "golden case $name: unknown submission_from '$from'" ;;
    esac
  fi
done
for i in 1 2 3; do
  cp -r "$class/correct-alt-1" "$class/student-0$i"
  cp -r "$class/correct-alt-2" "$class/student-1$i"
done
cp -r "$class/reference" "$class/josé garcía, jr"
students=$(find "$class" -mindepth 1 -maxdepth 1 -type d | wc -l)
echo "$students submissions in $class"
(( students >= 40 )) || fail "expected at least 40 submissions, generated $students"
done_step

# ---------------------------------------------------------------------------------------------
# Helpers for jobs.
# ---------------------------------------------------------------------------------------------
submit() {   # runs submit.sh, prints its output, sets $grade_job and $merge_job
  local output
  output=$("$root/grader/slurm/submit.sh" "$@") || fail "submit.sh $* failed"
  echo "$output"
  grade_job=$(sed -n 's/^grade job \([0-9]*\):.*/\1/p' <<<"$output")
  merge_job=$(sed -n 's/^merge job \([0-9]*\):.*/\1/p' <<<"$output")
  [[ -n $grade_job && -n $merge_job ]] || fail "could not read the job ids from submit.sh's output"
  jobs+=("$grade_job" "$merge_job")
}
job_field() {   # job_field <job or job_task> <Field>: the field from scontrol, one line per task
  scontrol show job -o "$1" | grep -o "\b$2=[^ ]*" | cut -d= -f2-
}
count_json() {   # complete reports in a folder (0 before it exists)
  if [[ -d $1 ]]; then find "$1" -maxdepth 1 -name '*.json' | wc -l; else echo 0; fi
}
in_queue() { [[ -n "$(squeue -h -j "$1" 2>/dev/null)" ]]; }
wait_finished() {   # wait_finished <seconds> <job>...: until no listed job is pending or running
  local deadline=$((SECONDS + $1)) job; shift
  for job in "$@"; do
    while in_queue "$job"; do
      (( SECONDS < deadline )) || { squeue; fail "job $job still queued after the time allowed"; }
      sleep 0.5
    done
  done
}
expect_states() {   # expect_states <job> <state>: every task of the job ended in that state
  local states
  states=$(job_field "$1" JobState | sort | uniq -c | tr -s ' ')
  [[ "$(job_field "$1" JobState | sort -u)" == "$2" ]] || fail "job $1: expected every task $2, got:$states"
  echo "job $1: all tasks $2 ($(job_field "$1" JobState | wc -l) task(s))"
}
# Reports with what legitimately differs between two gradings of the same submission blanked out:
# the start time and the durations (as the golden tests' Normalise does). Everything else (score,
# status, every test's status, message and output, isolation, limits) must be equal.
# Times, and what a timeout measured (CPU used, the calibrated limit, the reference's cost), differ
# between any two gradings; so does whether a busy machine cost a passing test a first try.
normalised() {
  jq -S -c 'del(.run.started_at) | .run.duration_ms = 0 | .run.worker_restarts = 0
    | (if .message then .message |= gsub("(?<w>used|limit of|needs|waited|ran for) [0-9][0-9.]* (ms|s)\\b"; "\(.w) …") else . end)
    | .tests |= map(.duration_ms = 0
        | (if .message then .message |= gsub("(?<w>used|limit of|needs|waited|ran for) [0-9][0-9.]* (ms|s)\\b"; "\(.w) …") else . end)
        | (if .status == "passed" then del(.attempts) else . end))' "$@"
}
compare_with_unsharded() {   # compare_with_unsharded <merged out>
  local merged=$1 diffs=0 timeouts=0 f name
  [[ "$(count_json "$merged/reports")" == "$students" ]] || fail "$merged/reports has $(count_json "$merged/reports") reports, expected $students"
  # One jq per folder (a line per report, in file-name order); report by report only when they differ.
  if ! cmp -s <(cd "$reference/reports" && normalised ./*.json) <(cd "$merged/reports" && normalised ./*.json); then
    for f in "$reference"/reports/*.json; do
      name=$(basename "$f")
      cmp -s <(normalised "$f") <(normalised "$merged/reports/$name") && continue
      diffs=$((diffs + 1))
      echo "report $name differs (unsharded <, sharded >):"
      diff <(normalised "$f" | jq .) <(normalised "$merged/reports/$name" | jq .) | head -12 || true
      # A test stopped at the time limit in one grading only: on an overloaded machine a test that
      # normally takes well under the limit can exceed it (seen at load average 30-40).
      if jq -e -s '[.[0].tests, .[1].tests] | transpose | map(select(.[0].status != .[1].status)) | length > 0
                   and all(.[0].status == "timeout" or .[1].status == "timeout")' "$f" "$merged/reports/$name" >/dev/null; then
        timeouts=$((timeouts + 1))
      fi
    done
    (( timeouts == diffs )) && echo "note: every difference is a test that hit the ${GRADER_LIMITS__TESTTIMEOUTSECONDS} s limit in one grading only; load average now: $(cut -d' ' -f1-3 /proc/loadavg). That is likely the machine's load, not the sharding: run again when it is quieter (or raise GRADER_LIMITS__TESTTIMEOUTSECONDS)."
    fail "$diffs report(s) of $merged differ from the unsharded run"
  fi
  echo "reports: all $students equal to the unsharded run's (start time and durations blanked)"
  if ! cmp -s "$reference/gradebook.csv" "$merged/gradebook.csv"; then
    diff "$reference/gradebook.csv" "$merged/gradebook.csv" | head -20 || true
    fail "$merged/gradebook.csv differs from the unsharded run"
  fi
  echo "gradebook.csv: identical, byte for byte ($(wc -l <"$merged/gradebook.csv") lines, $(wc -c <"$merged/gradebook.csv") bytes; nothing normalised: it holds no times)"
}

# ---------------------------------------------------------------------------------------------
# A. The class as a 4-task array + dependent merge, against one unsharded run.
# ---------------------------------------------------------------------------------------------
step "A: submit.sh (builds the grader once, submits the array and the merge)"
out_a="$work/out-a"
submit "$module" "$class" "$out_a" "$tasks"
done_step

step "A: wait for the array and the merge"
wait_finished 400 "$grade_job" "$merge_job"
expect_states "$grade_job" COMPLETED
expect_states "$merge_job" COMPLETED
grep -h "^$module:" "$out_a"/logs/grade-*.log | sed 's/^/  /'
tail -n 1 "$out_a"/logs/merge-*.log | sed 's/^/  /'
done_step

step "unsharded batch of the same class (the reference)"
reference="$work/unsharded"
dotnet "$dll" --course "$root" batch "$module" --submissions "$class" --out "$reference" >"$work/unsharded.log" 2>&1 \
  || { tail -n 20 "$work/unsharded.log"; fail "the unsharded batch failed"; }
grep -h "^$module:" "$work/unsharded.log" | sed 's/^/  /'
[[ "$(tail -n +2 "$reference/gradebook.csv" | wc -l)" == "$students" ]] || fail "the unsharded gradebook does not list $students students"
# The class is not all one outcome: full marks, zero, a compile error and a timeout are all in it.
grep -q '^reference,\([0-9.]*\),\1,100,graded' "$reference/gradebook.csv" || fail "the reference solution did not get full marks"
grep -q '^starter,0,' "$reference/gradebook.csv" || fail "the starter did not score 0"
grep -q ',compile_error,' "$reference/gradebook.csv" || fail "no compile_error in the gradebook"
jq -e '[.tests[].status] | index("timeout")' "$reference/reports/zz-infinite-loop.json" >/dev/null || fail "the looping submission did not time out"
echo "isolation of the students' code: $(jq -c '.run.isolation' "$reference/reports/reference.json")"
done_step

step "A: compare the merged gradebook with the unsharded one"
compare_with_unsharded "$out_a"
for ((i = 1; i <= tasks; i++)); do echo "  shard $i: $(count_json "$out_a/shards/shard-$i/reports") submissions"; done
done_step

# ---------------------------------------------------------------------------------------------
# B. One task fails for real (cancelled mid-shard), is re-run alone, and the gradebook is the same.
# ---------------------------------------------------------------------------------------------
step "B: submit again, cancel one task in the middle of its shard"
victim=$(basename "$(dirname "$(dirname "$(ls "$out_a"/shards/shard-*/reports/zz-infinite-loop.json)")")")
victim=${victim#shard-}
index=$((victim - 1))
size=$(count_json "$out_a/shards/shard-$victim/reports")
echo "shard $victim (array index $index) holds $size submissions, the looping one last"
out_b="$work/out-b"
submit --no-build "$module" "$class" "$out_b" "$tasks"
first_grade=$grade_job first_merge=$merge_job
reports_b="$out_b/shards/shard-$victim/reports"
deadline=$((SECONDS + 300))
# Cancelled when everything but the looping submission is graded: the task is busy with it for
# about 20 s (two tests stopped at the 10 s limit), so it is surely still running.
while :; do
  (( SECONDS < deadline )) || fail "task $index never reached its last submission"
  state=$(job_field "${first_grade}_$index" JobState 2>/dev/null || true)
  done_now=$(count_json "$reports_b")
  [[ $state == COMPLETED || $state == FAILED ]] && fail "task $index ended ($state) before it could be cancelled"
  [[ $state == RUNNING ]] && (( done_now == size - 1 )) && break
  sleep 0.2
done
scancel "${first_grade}_$index"
echo "cancelled task ${first_grade}_$index with $done_now of its $size reports written"
wait_finished 400 "$first_grade"
for ((i = 0; i < tasks; i++)); do
  expected=COMPLETED; (( i == index )) && expected=CANCELLED
  expect_states "${first_grade}_$i" "$expected"
done
[[ ! -e "$out_b/shards/shard-$victim/shard.done" ]] || fail "the cancelled shard says it finished"
[[ ! -e "$reports_b/zz-infinite-loop.json" ]] || fail "the cancelled task wrote the report it was cancelled in"
for _ in $(seq 60); do [[ "$(job_field "$first_merge" Reason)" == DependencyNeverSatisfied ]] && break; sleep 0.5; done
[[ "$(job_field "$first_merge" JobState)" == PENDING && "$(job_field "$first_merge" Reason)" == DependencyNeverSatisfied ]] \
  || fail "merge $first_merge: expected PENDING (DependencyNeverSatisfied), got $(job_field "$first_merge" JobState) ($(job_field "$first_merge" Reason))"
echo "merge $first_merge: PENDING, DependencyNeverSatisfied (afterok can no longer hold)"
[[ ! -e "$out_b/gradebook.csv" ]] || fail "a gradebook was written although a shard failed"
scancel "$first_merge"
# The merge itself refuses an incomplete set of shards, e.g. when run by hand now.
if refusal=$(bash "$root/grader/slurm/merge.sbatch" "$root" "$out_b" "$tasks" 2>&1); then fail "merge.sbatch merged without shard $victim"; fi
grep -q "shard(s) $victim of $tasks did not finish" <<<"$refusal" || fail "merge.sbatch's refusal does not name shard $victim: $refusal"
echo "merge.sbatch by hand refuses: $(head -1 <<<"$refusal")"
done_step

step "B: re-run just index $index and a new dependent merge"
submit --only "$index" --no-build "$module" "$class" "$out_b" "$tasks"
wait_finished 400 "$grade_job" "$merge_job"
expect_states "$grade_job" COMPLETED
expect_states "$merge_job" COMPLETED
rerun_log="$out_b/logs/grade-${grade_job}_$index.log"
grep -h "^$module:" "$rerun_log" | sed 's/^/  /'
grep -q "(now 1, before $((size - 1)))" "$rerun_log" \
  || fail "the re-run did not resume: expected 'now 1, before $((size - 1))' in $rerun_log"
echo "the re-run resumed: graded only the submission it was cancelled in"
done_step

step "B: compare again"
compare_with_unsharded "$out_b"
done_step
