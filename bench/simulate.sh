#!/usr/bin/env bash
# `everai app simulate` speed and memory: a day of 100 requests/s (about
# 8.64 M requests, open loop, exponential 50 ms service) against the
# get-start example's policy (min 1, max 20, max_queue_size 2, idle 60 s).
# Goal: under 2 s (release build), memory that does not grow with the
# number of requests: the peak RSS of a 1-hour and a 1-day run are shown
# side by side.
#
#   bench/simulate.sh            # hyperfine when installed, else 5 runs
#   RUNS=10 bench/simulate.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-5}

echo "== build (release) =="
cargo build --release --quiet --bin everai
EVERAI=$ROOT/target/release/everai

# No platform: every argument comes from --set, the start time is given.
TMP=$(mktemp -d -t everai-simulate-bench.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
export EVERAI_HOME=$TMP/home
ARGS=(app simulate -f "$ROOT/examples/get-start/app.yaml"
    --set min_workers=1 --set max_workers=20 --set max_queue_size=2
    --set scale_up_step=1 --set max_idle_time=60
    --start-time 2s --rate 100/s --service exp:50ms)

echo "== one day at 100/s =="
"$EVERAI" "${ARGS[@]}" --duration 1d | sed -n '3,5p'

echo "== time =="
if command -v hyperfine >/dev/null; then
    hyperfine --warmup 1 --runs "$RUNS" \
        "$(printf '%q ' "$EVERAI" "${ARGS[@]}") --duration 1d -o json"
else
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -f '%e s' "$EVERAI" "${ARGS[@]}" --duration 1d -o json >/dev/null
    done
fi

echo "== peak memory (max RSS) =="
for duration in 1h 1d; do
    /usr/bin/time -f "$duration: %M KiB, %e s" \
        "$EVERAI" "${ARGS[@]}" --duration "$duration" -o json >/dev/null
done
