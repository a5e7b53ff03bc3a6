#!/usr/bin/env bash
# Failure behaviour of the local platform, measured:
#
# 1. recovery: an app with a manual autoscaler of N workers (default 8, the
#    get-start example server), all RUNNING FREE; every worker process is
#    killed with SIGKILL at once; reported is the time until N new workers
#    are RUNNING FREE again, next to the time the app took to start N
#    workers the first time (the start time they are compared with);
# 2. idle connections: the server runs under `prlimit --nofile=1024:1024`
#    with IDLE (default 1100) idle TCP connections open to it; reported is
#    the latency of `GET /api/configmaps/v1/configmaps` then, and without
#    them (median of 20 requests each).
#
#   bench/hardening.sh
#   N=5 IDLE=2000 bench/hardening.sh
#   EVERAI_BENCH_BIN=target/debug/everai bench/hardening.sh   # skip the release build
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
N=${N:-8}
IDLE=${IDLE:-1100}

if [ -z "${EVERAI_BENCH_BIN:-}" ]; then
    echo "== build (release) =="
    cargo build --release --quiet --bin everai
fi

# shellcheck source=bench/lib.sh
. bench/lib.sh

echo "== 1. recovery of $N workers killed together =="
start_bench_server recovery --tick-ms 100
APPDIR=$TMP/app
mkdir -p "$APPDIR"
cat >"$APPDIR/app.yaml" <<YAML
version: everai/v1alpha1
kind: App
metadata:
  name: recovery
spec:
  image: get-start:local
  command: [python3, $ROOT/examples/get-start/server.py, "--port", "\$PORT"]
  readinessProbe:
    httpGet:
      path: /healthz
  resource:
    cpu: 1
    memory: 64 MiB
  autoscaler:
    manual:
      defaultWorkerNum: $N
YAML
python3 - "$EVERAI" "$APPDIR/app.yaml" "$ENDPOINT" "$TOKEN" "$N" <<'PY'
import json, os, signal, subprocess, sys, time, urllib.request
everai, manifest, endpoint, token, n = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
def workers():
    req = urllib.request.Request(
        endpoint + "/api/apps/v1/namespaces/default/apps/recovery/workers?showAll=false&recentDays=2",
        headers={"Authorization": "Bearer " + token})
    return json.load(urllib.request.urlopen(req)).get("workers", [])
def wait_free(exclude=()):
    while True:
        w = workers()
        if len(w) == n and all(x["status"] == "STATUS_RUNNING" and x.get("detailStatus") == "DETAIL_STATUS_FREE"
                               and x["id"] not in exclude for x in w):
            return [x["id"] for x in w]
        time.sleep(0.02)
def pids(ids):
    out = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            env = open(f"/proc/{pid}/environ", "rb").read().split(b"\0")
        except OSError:
            continue
        if any(b"EVERAI_WORKER_ID=" + i.encode() in env for i in ids):
            out.append(int(pid))
    return out
t0 = time.monotonic()
subprocess.run([everai, "app", "create", "-f", manifest], check=True, capture_output=True)
ids = wait_free()
first = time.monotonic() - t0
for pid in pids(ids):
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
t1 = time.monotonic()
wait_free(exclude=set(ids))
back = time.monotonic() - t1
print(f"first start of {n} workers: {first:.2f} s")
print(f"all {n} back after SIGKILL of all: {back:.2f} s")
PY
stop_bench_server
cleanup_bench_server

echo "== 2. API latency with $IDLE idle connections, open-file limit 1024 =="
TMP=$(mktemp -d -t everai-idle-bench.XXXXXX)
trap cleanup_bench_server EXIT
python3 - "$EVERAI" "$TMP" "$IDLE" <<'PY'
import resource, socket, statistics, subprocess, sys, time, urllib.request
everai, tmp, idle = sys.argv[1], sys.argv[2], int(sys.argv[3])
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, idle + 512), hard))
server = subprocess.Popen(
    ["prlimit", "--nofile=1024:1024", everai, "server", "--listen", "127.0.0.1:0",
     "--data-dir", tmp + "/data", "--token", "bench-idle", "--no-login"],
    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
endpoint = server.stdout.readline().split()[1]
host, port = endpoint[len("http://"):].split(":")
def latency():
    samples = []
    for _ in range(20):
        req = urllib.request.Request(endpoint + "/api/configmaps/v1/configmaps",
                                     headers={"Authorization": "Bearer bench-idle"})
        t = time.monotonic()
        urllib.request.urlopen(req, timeout=30).read()
        samples.append((time.monotonic() - t) * 1000)
    return statistics.median(samples)
quiet = latency()
conns = [socket.create_connection((host, int(port))) for _ in range(idle)]
loaded = latency()
print(f"GET configmaps, median of 20: {quiet:.2f} ms alone, {loaded:.2f} ms with {idle} idle connections open")
server.terminate()
server.wait()
PY
