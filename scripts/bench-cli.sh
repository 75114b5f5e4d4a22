#!/usr/bin/env bash
# CLI benchmark (issue "Foundation"): builds the release binary, generates a synthetic
# workspace of 10,000 tasks and 50 members, and prints the median wall time and peak
# memory of five runs of each measured command. Figures, not pass/fail: the machines
# here are shared and noisy.
#   scripts/bench-cli.sh [TASKS] [MEMBERS]
set -euo pipefail
cd "$(dirname "$0")/.."
tasks=${1:-10000}
members=${2:-50}
runs=5
swift build -c release --scratch-path .build-release --product pace >/dev/null
pace=.build-release/release/pace
dir=$(mktemp -d /tmp/pace-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
export PACELINE_HOME="$dir" PACELINE_USER=member1 NO_COLOR=1 PACELINE_NOW=2026-11-30T09:00:00Z
start=$(date +%s.%N)
"$pace" demo --print --tasks "$tasks" --members "$members" --data-dir "$dir/ws" >/dev/null
end=$(date +%s.%N)
printf 'generate %d tasks, %d members: %.2f s\n' "$tasks" "$members" "$(echo "$end - $start" | bc)"
export PACELINE_HOME="$dir/ws"

measure() {
    local label=$1; shift
    local walls=() rss=() cpus=()
    for _ in $(seq $runs); do
        t0=$(date +%s%N)
        /usr/bin/time -f '%M %U %S' -o "$dir/time" "$@" >/dev/null 2>&1 || true
        t1=$(date +%s%N)
        walls+=("$(( (t1 - t0) / 1000 ))")
        read -r m u sy < <(tail -1 "$dir/time")
        rss+=("$m"); cpus+=("$(echo "($u + $sy) * 1000" | bc)")
    done
    local mw mr mc
    mw=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    mr=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    mc=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
    printf '%-44s wall %6.1f ms   cpu %4.0f ms   peak RSS %6.1f MiB\n' "$label" "$(echo "$mw / 1000" | bc -l)" "$mc" "$(echo "$mr / 1024" | bc -l)"
}

measure "pace ls --json" "$pace" ls --json
measure "pace ls --status todo --assignee member7" "$pace" ls --status todo --assignee member7
measure "pace add 'Bench task @member3 !high est:2h'" "$pace" add "Bench task @member3 !high est:2h"
# Each run starts a different to-do task, so every run really changes something.
ids=($("$pace" ls --status todo --json | python3 -c 'import json,sys; print(" ".join(t["id"] for t in json.load(sys.stdin)[:5]))'))
walls=(); rss=(); cpus=()
for id in "${ids[@]}"; do
    t0=$(date +%s%N)
    /usr/bin/time -f '%M %U %S' -o "$dir/time" "$pace" start "$id" >/dev/null 2>&1 || true
    t1=$(date +%s%N)
    walls+=("$(( (t1 - t0) / 1000 ))")
    read -r m u sy < <(tail -1 "$dir/time")
    rss+=("$m"); cpus+=("$(echo "($u + $sy) * 1000" | bc)")
done
mw=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n 3p)
mr=$(printf '%s\n' "${rss[@]}" | sort -n | sed -n 3p)
mc=$(printf '%s\n' "${cpus[@]}" | sort -n | sed -n 3p)
printf '%-44s wall %6.1f ms   cpu %4.0f ms   peak RSS %6.1f MiB\n' "pace start ID" "$(echo "$mw / 1000" | bc -l)" "$mc" "$(echo "$mr / 1024" | bc -l)"
