#!/usr/bin/env bash
# Autoscaler decision latency on the local platform: from the request that
# makes the queue exceed max_queue_size to the scale-up (the new worker's
# createdAt), repeated ROUNDS times; p50/p99. See bench/decision.py.
#
#   bench/decision.sh              # 30 rounds
#   ROUNDS=100 bench/decision.sh
#
# Release build; the server runs with its default --tick-ms 1000, so a
# latency far below one tick shows decisions are taken on the queue change,
# not on the periodic tick. Worker: the get-start example (python3), each
# request a long SSE stream; the policy comes from a configmap as in the
# seed scenario (min 1, max 2, max_queue_size 2, max_idle_time 1).
# Goal: p99 < 10 ms.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
ROUNDS=${ROUNDS:-30}

echo "== build (release) =="
cargo build --release --quiet --bin everai

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
start_bench_server decision --stop-grace 2

"$EVERAI" configmap create decide-cm -l min_workers=1 -l max_workers=2 -l max_queue_size=2 \
    -l scale_up_step=1 -l max_idle_time=1 >/dev/null
mkdir -p "$TMP/app"
cat >"$TMP/app/app.yaml" <<YAML
version: everai/v1alpha1
kind: App
metadata:
  name: decide
spec:
  image: get-start:local
  command: [python3, "$ROOT/examples/get-start/server.py", "--port", "\$PORT"]
  env:
  - {name: SSE_COUNT, envValue: {value: "600"}}
  - {name: SSE_INTERVAL, envValue: {value: "0.1"}}
  readinessProbe:
    httpGet: {path: /healthz}
  resource: {cpu: 1, memory: 128 MiB}
  autoscaler:
    scheduler: queue
    builtin:
      name: simple
      arguments:
        min_workers: {valueFrom: {configMapKeyRef: {name: decide-cm, key: min_workers}}}
        max_workers: {valueFrom: {configMapKeyRef: {name: decide-cm, key: max_workers}}}
        max_queue_size: {valueFrom: {configMapKeyRef: {name: decide-cm, key: max_queue_size}}}
        scale_up_step: {valueFrom: {configMapKeyRef: {name: decide-cm, key: scale_up_step}}}
        max_idle_time: {valueFrom: {configMapKeyRef: {name: decide-cm, key: max_idle_time}}}
YAML
"$EVERAI" app create -f "$TMP/app/app.yaml" >/dev/null

echo "== machine =="
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; $(uname -sr)"
echo "== $ROUNDS rounds =="
python3 "$ROOT/bench/decision.py" "$ENDPOINT" "$TOKEN" "$ROUNDS"

echo "== stop =="
stop_bench_server
