#!/usr/bin/env bash
# Our route against HAProxy, side by side in one run, on the same 4 no-op
# worker processes (bench/fastserver.rs) with the same one-request-per-worker
# semantics: our app has a manual autoscaler with 4 workers (a worker is
# leased to one request at a time, the rest wait in the app's queue); HAProxy
# runs 1 thread (`nbthread 1`) with the same 4 worker ports as
# `server ... maxconn 1` and its queue (`timeout queue` long).
#
#   bench/route-haproxy.sh                  # PAIRS=5 SECS=4 QUEUED=500
#   PAIRS=7 SECS=5 bench/route-haproxy.sh
#   EVERAI_BENCH_BIN=/path/to/everai bench/route-haproxy.sh   # another build
#   TOKIO_WORKER_THREADS=1 bench/route-haproxy.sh   # server runtime threads
#   CONCURRENCY=64 PAIRS=15 bench/route-haproxy.sh  # one concurrency, more pairs
#   POLICY=simple bench/route-haproxy.sh    # app with a builtin policy, not manual
#
# Installs haproxy and wrk from Debian when missing (apt-get). Measures, for
# each proxy process:
# - throughput with wrk (2 threads) at c=4, 16 and 64, alternating route and
#   HAProxy PAIRS times per concurrency (median and range of the ratio);
# - CPU per request: utime+stime of the proxy process (/proc/PID/stat)
#   across a wrk run, divided by the requests wrk completed;
# - context switches per request: voluntary+nonvoluntary switches summed over
#   the process's threads (/proc/PID/task/*/status) across the same run;
# - memory per queued request: RSS growth while QUEUED requests wait behind 4
#   workers that hold theirs for a minute (WORK_US), divided by QUEUED; done
#   first, on processes that have not served load yet;
# - SSE: time to first event and per-event latency (each event carries the
#   time the worker wrote it) over 40 streams of 20 events 10 ms apart;
#   HAProxy's SSE frontend has `option http-no-delay`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PAIRS=${PAIRS:-5}
CONCURRENCY=${CONCURRENCY:-4 16 64}
SECS=${SECS:-4}
QUEUED=${QUEUED:-500}
WORKERS=4

for tool in haproxy wrk; do
    command -v "$tool" >/dev/null || apt-get install -y "$tool" >/dev/null
done

echo "== build (release) =="
# EVERAI_BENCH_BIN=path measures that binary instead (e.g. a baseline).
[ -n "${EVERAI_BENCH_BIN:-}" ] || cargo build --release --quiet --bin everai
mkdir -p target/bench
rustc -O --edition 2021 bench/fastserver.rs -o target/bench/fastserver

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
start_bench_server route-haproxy --tick-ms 200
ADDR=${ENDPOINT#http://}
HAPROXY_PID=
trap 'kill "$HAPROXY_PID" 2>/dev/null || true; cleanup_bench_server' EXIT

# POLICY=simple: the builtin policy with min_workers = max_workers = 4 (its
# scheduler is woken by queue changes) instead of a manual count.
if [ "${POLICY:-manual}" = simple ]; then
    AUTOSCALER=$(printf '  autoscaler:\n    scheduler: queue\n    builtin:\n      name: simple\n      arguments: {min_workers: "%s", max_workers: "%s", max_queue_size: "1000", max_idle_time: "600", scale_up_step: "1"}' "$WORKERS" "$WORKERS")
else
    AUTOSCALER=$(printf '  autoscaler:\n    manual: {defaultWorkerNum: %s}' "$WORKERS")
fi
make_fastserver_app bench 0 "$AUTOSCALER"
make_fastserver_app slow 60000000 "$AUTOSCALER"

wait_free bench "$WORKERS"
wait_free slow "$WORKERS"

PORTS=$(ports_of 0)
SLOW_PORTS=$(ports_of 60000000)
[ "$(echo "$PORTS" | wc -w)" -eq "$WORKERS" ] || { echo "worker ports: $PORTS"; exit 1; }

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
HA=$(free_port)
HA_SSE=$(free_port)
HA_SLOW=$(free_port)
servers() { # PORTS
    local i=0
    for p in $1; do
        i=$((i + 1))
        echo "    server w$i 127.0.0.1:$p maxconn 1"
    done
}
cat >"$TMP/haproxy.cfg" <<CFG
global
    nbthread 1
    maxconn 4096
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    timeout queue 600s
    option http-keep-alive
frontend route
    bind 127.0.0.1:$HA
    default_backend bench
frontend sse
    bind 127.0.0.1:$HA_SSE
    option http-no-delay
    default_backend bench_sse
frontend slow
    bind 127.0.0.1:$HA_SLOW
    default_backend slow
backend bench
$(servers "$PORTS")
backend bench_sse
    option http-no-delay
$(servers "$PORTS")
backend slow
$(servers "$SLOW_PORTS")
CFG
haproxy -f "$TMP/haproxy.cfg" -db >"$TMP/haproxy.log" 2>&1 &
HAPROXY_PID=$!
for _ in $(seq 50); do
    curl -sf "http://127.0.0.1:$HA/" >/dev/null && break
    sleep 0.1
done

echo "== machine =="
echo "cpu: $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores; $(uname -sr)"
echo "$(haproxy -v | head -1); $(wrk -v 2>&1 | head -1)"
echo "rustc: $(rustc --version)"

ROUTE="http://$ADDR/api/routes/v1/default/bench/"
HAURL="http://127.0.0.1:$HA/"
AUTH="Authorization: Bearer $TOKEN"

# CPU ticks (utime+stime) and context switches (all threads) of a process.
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {n += $2} END {print n}'; }
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$1/status"; }
HZ=$(getconf CLK_TCK)

echo "== memory per queued request ($QUEUED queued behind $WORKERS busy workers) =="
# Opens QUEUED+WORKERS connections, each sending one request that waits
# (workers hold theirs for a minute), then reports RSS growth of PID once it
# has settled.
queued_kib() { # PID HOST:PORT PATH [AUTH]
    python3 - "$@" "$QUEUED" "$WORKERS" <<'PY'
import socket, sys, time
pid, target, path, *rest = sys.argv[1:]
auth = rest[0] if len(rest) == 3 else ""
queued, workers = int(rest[-2]), int(rest[-1])
host, port = target.split(":")
def rss():
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1])
def settled():
    last = None
    for _ in range(100):
        time.sleep(0.2)
        now = rss()
        if now == last:
            return now
        last = now
    return last
head = f"GET {path} HTTP/1.1\r\nHost: {target}\r\n" + (f"{auth}\r\n" if auth else "") + "\r\n"
# The workers' own requests first, so what follows only queues.
socks = []
for _ in range(workers):
    s = socket.create_connection((host, int(port)))
    s.sendall(head.encode())
    socks.append(s)
before = settled()
for _ in range(queued):
    s = socket.create_connection((host, int(port)))
    s.sendall(head.encode())
    socks.append(s)
after = settled()
print(f"{(after - before) / queued:.2f}")
for s in socks:
    s.close()
PY
}
route_mem=$(queued_kib "$SERVER_PID" "$ADDR" /api/routes/v1/default/slow/ "$AUTH")
ha_mem=$(queued_kib "$HAPROXY_PID" "127.0.0.1:$HA_SLOW" /)
echo "route: $route_mem KiB/queued request; haproxy: $ha_mem KiB/queued request"

echo "== warm-up =="
wrk -t2 -c16 -d2s -H "$AUTH" "$ROUTE" >/dev/null
wrk -t2 -c16 -d2s "$HAURL" >/dev/null

# One wrk run against PID's URL: "rps cpu_us_per_req switches_per_req".
run() { # PID URL [HEADER]
    local pid=$1 url=$2 c0 s0 out
    shift 2
    c0=$(ticks "$pid")
    s0=$(switches "$pid")
    out=$(wrk -t2 -c"$C" -d"${SECS}s" "$@" "$url")
    python3 - "$out" "$c0" "$(ticks "$pid")" "$s0" "$(switches "$pid")" "$HZ" <<'PY'
import re, sys
out, c0, c1, s0, s1, hz = sys.argv[1:]
n = int(re.search(r"(\d+) requests in", out).group(1))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
cpu = (int(c1) - int(c0)) / int(hz) * 1e6 / n
sw = (int(s1) - int(s0)) / n
print(f"{rps:.0f} {cpu:.1f} {sw:.2f} {bad.group(1) if bad else 0}")
PY
}

RESULTS=$TMP/results
: >"$RESULTS"
for C in $CONCURRENCY; do
    echo "== c=$C, $PAIRS pairs of ${SECS}s runs (rps cpu_us/req ctxsw/req non2xx) =="
    for pair in $(seq "$PAIRS"); do
        r=$(run "$SERVER_PID" "$ROUTE" -H "$AUTH")
        h=$(run "$HAPROXY_PID" "$HAURL")
        echo "  pair $pair: route $r | haproxy $h"
        echo "$C $r $h" >>"$RESULTS"
    done
done

echo "== SSE: 40 streams of 20 events, 10 ms apart =="
sse() { # HOST:PORT PATH [AUTH]
    python3 - "$@" <<'PY'
import socket, statistics, sys, time
target, path, *rest = sys.argv[1:]
auth = rest[0] if rest else ""
host, port = target.split(":")
s = socket.create_connection((host, int(port)))
s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
head = (f"GET {path} HTTP/1.1\r\nHost: {target}\r\n" + (f"{auth}\r\n" if auth else "") + "\r\n").encode()
ttfb, lat = [], []
for _ in range(40):
    t0 = time.time_ns()
    s.sendall(head)
    buf, got, first = b"", 0, True
    while got < 20:
        chunk = s.recv(65536)
        now = time.time_ns()
        if not chunk:
            sys.exit("stream ended early")
        buf += chunk
        while b"data: " in buf and b"\n\n" in buf[buf.index(b"data: "):]:
            i = buf.index(b"data: ")
            j = buf.index(b"\n\n", i)
            sent = int(buf[i + 6:j])
            buf = buf[j + 2:]
            if first:
                ttfb.append((now - t0) / 1e3)
                first = False
            lat.append((now - sent) / 1e3)
            got += 1
    # The rest of the chunked body: the last chunk's CRLF and "0\r\n\r\n".
    while not buf.endswith(b"0\r\n\r\n"):
        buf += s.recv(65536)
q = lambda v, p: sorted(v)[min(len(v) - 1, int(len(v) * p))]
print(f"ttfb_p50_us={q(ttfb, .5):.0f} ttfb_p99_us={q(ttfb, .99):.0f} event_p50_us={q(lat, .5):.0f} event_p99_us={q(lat, .99):.0f}")
PY
}
FIRST=${PORTS%% *}
echo "direct:  $(sse "127.0.0.1:$FIRST" /sse)"
echo "route:   $(sse "$ADDR" /api/routes/v1/default/bench/sse "$AUTH")"
echo "haproxy: $(sse "127.0.0.1:$HA_SSE" /sse)"

echo "== result (medians over $PAIRS pairs; ratio range in brackets) =="
python3 - "$RESULTS" "$CONCURRENCY" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
med = statistics.median
for c in sys.argv[2].split():
    r = [x for x in rows if x[0] == c]
    ratio = [float(x[1]) / float(x[5]) for x in r]
    # Pairwise: both proxies of a pair ran seconds apart, under the same load.
    cpu_diff = [float(x[2]) - float(x[6]) for x in r]
    print(f"c={c:>2}: route {med(float(x[1]) for x in r):.0f} req/s, haproxy {med(float(x[5]) for x in r):.0f} req/s, "
          f"ratio {med(ratio):.2f} [{min(ratio):.2f}-{max(ratio):.2f}]; "
          f"CPU/req route {med(float(x[2]) for x in r):.1f} us, haproxy {med(float(x[6]) for x in r):.1f} us; "
          f"ctxsw/req route {med(float(x[3]) for x in r):.2f}, haproxy {med(float(x[7]) for x in r):.2f}; "
          f"non-2xx route {sum(int(x[4]) for x in r)}, haproxy {sum(int(x[8]) for x in r)}")
    print(f"      pairs: route faster in {sum(q >= 1 for q in ratio)} of {len(r)}; "
          f"CPU/req route - haproxy {med(cpu_diff):+.1f} us (median), route lower in "
          f"{sum(d <= 0 for d in cpu_diff)} of {len(r)}")
PY

echo "== stop =="
kill "$HAPROXY_PID"
stop_bench_server
