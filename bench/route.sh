#!/usr/bin/env bash
# Route overhead of the local platform: the same requests sent through
# /api/routes/v1/default/<app>/ and straight to the worker's port.
#
#   bench/route.sh            # N=2000 sequential requests, 5 s at concurrency 4
#   N=5000 SECS=10 bench/route.sh
#   POLICY=simple bench/route.sh   # builtin policy instead of manual
#
# The worker is bench/fastserver.rs (std-only Rust, thread per connection,
# answers `200 ok` at once), the client bench/load.rs (std-only Rust,
# keep-alive connections); both are built with `rustc -O`. The server is a
# release build. The app has a manual autoscaler with 4 workers: sequential
# requests all go to one worker (the oldest free one) in both paths; in the
# concurrency-4 run, direct client i talks to worker i, routed clients let the
# route pick (a worker serves one request at a time, so both sides have the
# same 4 single-request servers).
#
# Two apps of 4 workers each: `bench` answers at once (measures the route's
# own cost: latency, and its ceiling in requests per second against a worker
# that does nothing), `bench1ms` waits 1 ms per request (WORK_US=1000) like a
# worker doing a little real work.
#
# Reports: added p50/p99 latency (route minus direct, app `bench`) and the
# throughput ratio route/direct at concurrency 4 for both apps.
# Goal: p99 added < 1 ms, ratio >= 90 %.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-2000}
SECS=${SECS:-5}
CLIENTS=4

echo "== build (release) =="
[ -n "${EVERAI_BENCH_BIN:-}" ] || cargo build --release --quiet --bin everai
mkdir -p target/bench
rustc -O --edition 2021 bench/fastserver.rs -o target/bench/fastserver
rustc -O --edition 2021 bench/load.rs -o target/bench/load
LOAD=$ROOT/target/bench/load

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
start_bench_server route --tick-ms 200
ADDR=${ENDPOINT#http://}

# POLICY=manual (default): a fixed count; POLICY=simple: the builtin policy
# with min_workers = max_workers = 4 (its scheduler runs on every queue change).
autoscaler() {
    if [ "${POLICY:-manual}" = simple ]; then
        printf '  autoscaler:\n    scheduler: queue\n    builtin:\n      name: simple\n      arguments: {min_workers: "%s", max_workers: "%s", max_queue_size: "1000", max_idle_time: "600", scale_up_step: "1"}\n' "$CLIENTS" "$CLIENTS"
    else
        printf '  autoscaler:\n    manual: {defaultWorkerNum: %s}\n' "$CLIENTS"
    fi
}
make_fastserver_app bench 0 "$(autoscaler)"
make_fastserver_app bench1ms 1000 "$(autoscaler)"

wait_free bench "$CLIENTS"
wait_free bench1ms "$CLIENTS"

PORTS1MS=$(ports_of 1000)
PORTS=$(ports_of 0)
set -- $PORTS
[ $# -eq "$CLIENTS" ] || { echo "expected $CLIENTS worker ports, found: $PORTS"; exit 1; }
# The worker sequential requests reach through the route is the oldest free
# one; direct sequential requests go to a worker too (which one does not
# matter: they are identical).
FIRST=$1
ROUTE=/api/routes/v1/default/bench/
ROUTE1MS=/api/routes/v1/default/bench1ms/

echo "== machine =="
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; $(uname -sr)"
echo "rustc: $(rustc --version)"

echo "== warm-up =="
"$LOAD" seq 500 "127.0.0.1:$FIRST" / >/dev/null
"$LOAD" seq 500 "$ADDR" "$ROUTE" "$TOKEN" >/dev/null

echo "== sequential, $N requests, one keep-alive connection =="
direct_seq=$("$LOAD" seq "$N" "127.0.0.1:$FIRST" /)
route_seq=$("$LOAD" seq "$N" "$ADDR" "$ROUTE" "$TOKEN")
echo "direct: $direct_seq"
echo "route:  $route_seq"

echo "== concurrency $CLIENTS, ${SECS}s each, worker answers at once =="
targets=()
for p in "$@"; do targets+=("127.0.0.1:$p/"); done
direct_conc=$("$LOAD" conc "$CLIENTS" "$SECS" "${targets[@]}")
route_conc=$("$LOAD" conc "$CLIENTS" "$SECS" "$ADDR$ROUTE" --token "$TOKEN")
echo "direct: $direct_conc"
echo "route:  $route_conc"

echo "== concurrency $CLIENTS, ${SECS}s each, worker waits 1 ms per request =="
targets=()
for p in $PORTS1MS; do targets+=("127.0.0.1:$p/"); done
direct_conc1=$("$LOAD" conc "$CLIENTS" "$SECS" "${targets[@]}")
route_conc1=$("$LOAD" conc "$CLIENTS" "$SECS" "$ADDR$ROUTE1MS" --token "$TOKEN")
echo "direct: $direct_conc1"
echo "route:  $route_conc1"

python3 - "$direct_seq" "$route_seq" "$direct_conc" "$route_conc" "$direct_conc1" "$route_conc1" <<'PY'
import sys
def kv(s):
    return dict(p.split("=") for p in s.split())
ds, rs, dc, rc, dc1, rc1 = map(kv, sys.argv[1:7])
p50 = (int(rs["p50_us"]) - int(ds["p50_us"])) / 1000
p99 = (int(rs["p99_us"]) - int(ds["p99_us"])) / 1000
print("== result ==")
print(f"added latency: p50 {p50:.3f} ms, p99 {p99:.3f} ms (goal p99 < 1 ms: {'met' if p99 < 1 else 'NOT met'})")
for label, d, r in (("no-op worker", dc, rc), ("1 ms worker", dc1, rc1)):
    ratio = float(r["rps"]) / float(d["rps"]) * 100
    print(f"throughput, {label}: route {float(r['rps']):.0f} req/s vs direct {float(d['rps']):.0f} req/s = {ratio:.1f} % "
          f"(goal >= 90 %: {'met' if ratio >= 90 else 'NOT met'}); errors route {r['errors']}, direct {d['errors']}")
PY

echo "== stop =="
stop_bench_server
