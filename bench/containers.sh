#!/usr/bin/env bash
# Container worker start: how long `everai server --runtime docker` takes
# from a scale-up to a worker RUNNING FREE, against a bare `docker run` of
# the same image to its first successful readiness probe.
#
#   bench/containers.sh            # 10 runs each, release build
#   RUNS=20 PROFILE=debug bench/containers.sh
#
# The image is tests/fixtures/http_server.rs (std-only Rust) built with
# `rustc -O -C target-feature=+crt-static` into a FROM scratch image
# labelled ai.everai.bench (removed at the end). Bare: `docker run -d -p
# 127.0.0.1::8080`, then GET /healthz every 5 ms until 200, then `docker rm
# -f`. Platform: a manual app at 0 workers, `workers:scale-up` by 1, then
# GET the worker list every 5 ms until the new worker is RUNNING FREE, then
# `workers:scale-down`. Reports the medians and their difference.
# Goal: platform median within 100 ms of the bare median.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-10}
PROFILE=${PROFILE:-release}

echo "== build ($PROFILE) =="
if [ "$PROFILE" = release ]; then
    cargo build --release --quiet --bin everai
else
    cargo build --quiet --bin everai
fi
mkdir -p target/bench/containers
rustc -O -C target-feature=+crt-static --edition 2021 tests/fixtures/http_server.rs \
    -o target/bench/containers/server
IMAGE=everai-bench-fixture:latest
cat >target/bench/containers/Dockerfile <<'EOF'
FROM scratch
COPY server /server
LABEL ai.everai.bench=everai-rs
ENTRYPOINT ["/server"]
EOF
docker build -q -t "$IMAGE" target/bench/containers >/dev/null

# shellcheck source=bench/lib.sh
. "$ROOT/bench/lib.sh"
export EVERAI_BENCH_BIN=$ROOT/target/$PROFILE/everai
start_bench_server containers --runtime docker --tick-ms 200
trap 'cleanup_bench_server; docker rmi -f "$IMAGE" >/dev/null 2>&1 || true' EXIT

echo "== bare docker run, $RUNS runs =="
python3 - "$IMAGE" "$RUNS" >"$TMP/bare.txt" <<'PY'
import subprocess, sys, time, urllib.request
image, runs = sys.argv[1], int(sys.argv[2])
for _ in range(runs):
    t0 = time.monotonic()
    cid = subprocess.check_output(["docker", "run", "-d", "-e", "PORT=8080",
        "-p", "127.0.0.1::8080", image]).decode().strip()
    port = subprocess.check_output(["docker", "port", cid, "8080/tcp"]).decode().split(":")[-1].strip()
    while True:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1).status == 200:
                break
        except Exception:
            pass
        time.sleep(0.005)
    print(f"{(time.monotonic() - t0) * 1000:.1f}")
    subprocess.run(["docker", "rm", "-f", cid], stdout=subprocess.DEVNULL, check=True)
PY

mkdir -p "$TMP/app"
cat >"$TMP/app/app.yaml" <<YAML
version: everai/v1alpha1
kind: App
metadata:
  name: boxed
spec:
  image: $IMAGE
  port: 8080
  readinessProbe:
    httpGet: {path: /healthz}
  resource: {cpu: 1, memory: 64 MiB}
  autoscaler:
    manual: {defaultWorkerNum: 0}
YAML
"$EVERAI" app create -f "$TMP/app/app.yaml" >/dev/null

echo "== platform worker start to FREE, $RUNS runs =="
python3 - "$ENDPOINT" "$TOKEN" "$RUNS" >"$TMP/platform.txt" <<'PY'
import json, sys, time, urllib.request
endpoint, token, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
base = f"{endpoint}/api/apps/v1/namespaces/default/apps/boxed"
def call(method, path, body=None):
    req = urllib.request.Request(base + path, method=method,
        data=None if body is None else json.dumps(body).encode(),
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req))
def workers():
    return call("GET", "/workers?showAll=false&recentDays=2").get("workers", [])
for _ in range(runs):
    while workers():
        time.sleep(0.02)
    t0 = time.monotonic()
    call("POST", "/workers:scale-up", {"scaleUpWorkersNum": "1"})
    while True:
        ws = workers()
        free = [w for w in ws if w.get("status") == "STATUS_RUNNING"
                and w.get("detailStatus") == "DETAIL_STATUS_FREE"]
        if free:
            break
        time.sleep(0.005)
    print(f"{(time.monotonic() - t0) * 1000:.1f}")
    call("POST", "/workers:scale-down", {"workerIds": [free[0]["id"]]})
PY

median() { sort -n "$1" | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
BARE=$(median "$TMP/bare.txt")
PLATFORM=$(median "$TMP/platform.txt")
echo "bare docker run to first 200 (ms):   $(tr '\n' ' ' <"$TMP/bare.txt")"
echo "platform scale-up to FREE (ms):      $(tr '\n' ' ' <"$TMP/platform.txt")"
echo "median bare:     $BARE ms"
echo "median platform: $PLATFORM ms"
echo "difference:      $(awk -v a="$PLATFORM" -v b="$BARE" 'BEGIN {printf "%+.1f", a-b}') ms (goal: within 100 ms)"
"$EVERAI" app delete boxed --force >/dev/null 2>&1 || "$EVERAI" app delete boxed >/dev/null 2>&1 || true
stop_bench_server
echo "worker containers left: $(docker ps -aq --filter "label=ai.everai.data-dir=$TMP/data" | wc -l)"
