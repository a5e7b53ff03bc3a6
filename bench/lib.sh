# Shared by the bench scripts (sourced): a private `everai server` (release
# build) in a temp dir, stopped and cleaned up on exit.
#
#   start_bench_server NAME [SERVER FLAGS...]
# sets TMP, EVERAI, TOKEN, SERVER_PID, ENDPOINT and exports EVERAI_HOME,
# EVERAI_ENDPOINT and EVERAI_TOKEN for the CLI.

SERVER_PID=
TMP=
cleanup_bench_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    [ -z "$TMP" ] || rm -rf "$TMP"
}

start_bench_server() {
    local name=$1
    shift
    EVERAI=${EVERAI_BENCH_BIN:-$ROOT/target/release/everai}
    TMP=$(mktemp -d -t "everai-$name-bench.XXXXXX")
    trap cleanup_bench_server EXIT
    export EVERAI_HOME=$TMP/home
    TOKEN=bench-$RANDOM$RANDOM$RANDOM
    "$EVERAI" server --listen 127.0.0.1:0 --data-dir "$TMP/data" --token "$TOKEN" --no-login \
        "$@" >"$TMP/server.out" 2>"$TMP/server.err" &
    SERVER_PID=$!
    for _ in $(seq 100); do
        grep -q '^Endpoint: ' "$TMP/server.out" 2>/dev/null && break
        sleep 0.1
    done
    ENDPOINT=$(sed -n 's/^Endpoint: //p' "$TMP/server.out" | head -1)
    [ -n "$ENDPOINT" ] || { echo "server did not start:"; cat "$TMP/server.err"; exit 1; }
    export EVERAI_ENDPOINT=$ENDPOINT EVERAI_TOKEN=$TOKEN
}

# Stops the server and says how many processes carrying its endpoint (its
# workers) are left: 0 is the expected answer.
stop_bench_server() {
    kill -TERM "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
    local left
    left=$(python3 -c '
import os,sys
mark=("EVERAI_ENDPOINT="+sys.argv[1]).encode()
n=0
for pid in filter(str.isdigit, os.listdir("/proc")):
    if int(pid) == os.getpid(): continue
    try: n += mark in open(f"/proc/{pid}/environ","rb").read().split(b"\0")
    except OSError: pass
print(n)' "$ENDPOINT")
    echo "worker processes left after stop: $left"
}

# A GET of the server's API with the bench token.
api() { curl -sf -H "Authorization: Bearer $TOKEN" "$ENDPOINT$1"; }

# Waits until app APP has COUNT free workers (20 s at most).
wait_free() { # APP COUNT
    local free=0
    for _ in $(seq 200); do
        free=$(api "/api/apps/v1/namespaces/default/apps/$1/workers" |
            python3 -c 'import json,sys; print(sum(w.get("detailStatus")=="DETAIL_STATUS_FREE" for w in json.load(sys.stdin)["workers"]))')
        [ "$free" = "$2" ] && return 0
        sleep 0.1
    done
    echo "workers of $1 did not start"
    exit 1
}

# The ports of this server's workers started with WORK_US=$1 (from the
# workers' environment: PORT), space-separated and sorted.
ports_of() { # WORK_US
    python3 - "$ENDPOINT" "$1" <<'PY'
import os, sys
mark = ("EVERAI_ENDPOINT=" + sys.argv[1]).encode()
work = ("WORK_US=" + sys.argv[2]).encode()
ports = []
for pid in os.listdir("/proc"):
    if not pid.isdigit() or int(pid) == os.getpid():
        continue
    try:
        env = open(f"/proc/{pid}/environ", "rb").read().split(b"\0")
    except OSError:
        continue
    if mark in env and work in env:
        ports += [e[5:].decode() for e in env if e.startswith(b"PORT=")]
print(" ".join(sorted(set(ports))))
PY
}

# Creates app NAME of bench/fastserver workers waiting WORK_US per request,
# with AUTOSCALER (the manifest's `  autoscaler:` block, indented).
make_fastserver_app() { # NAME WORK_US AUTOSCALER
    mkdir -p "$TMP/$1"
    cat >"$TMP/$1/app.yaml" <<YAML
version: everai/v1alpha1
kind: App
metadata:
  name: $1
spec:
  image: bench:local
  command: ["$ROOT/target/bench/fastserver"]
  env:
  - name: WORK_US
    envValue: {value: "$2"}
  readinessProbe:
    httpGet: {path: /healthz}
  resource: {cpu: 1, memory: 64 MiB}
$3
YAML
    "$EVERAI" app create -f "$TMP/$1/app.yaml" >/dev/null
}
