#!/usr/bin/env bash
# The seed scenario on the local platform, for a person to watch:
#
#   scripts/demo.sh
#
# 1. builds `everai` (debug; PROFILE=release for a release build);
# 2. starts `everai server` on a free port with a temp data dir and a temp
#    EVERAI_HOME (nothing is stored in your real home; no login is kept);
# 3. creates the configmap `get-start-configmap` and the app from
#    examples/get-start (a Python 3 server whose /sse streams 10 events, one
#    per second) exactly as the docs do;
# 4. puts `ab -c 4` on the app's route (without ab: four curl clients) and
#    shows `everai worker list` and `everai app queue` as the load rises and
#    falls: one worker FREE -> requests queue (WorkerBusy) -> a second worker
#    -> both BUSY -> idle -> back to one worker after max_idle_time;
# 5. stops the server and checks that no worker process is left.
#
# Needs python3 (the example app) and curl or ab. Takes about a minute.
# Knobs: REQUESTS (default 8), IDLE (max_idle_time, default 10 s).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PROFILE=${PROFILE:-debug}
REQUESTS=${REQUESTS:-8}
IDLE=${IDLE:-10}

bold=$(tput bold 2>/dev/null || true)
plain=$(tput sgr0 2>/dev/null || true)
step() { printf '\n%s==> %s%s\n' "$bold" "$*" "$plain"; }
show() { printf '%s$ %s%s\n' "$bold" "$*" "$plain"; "$@"; }

command -v python3 >/dev/null || { echo "the example app needs python3" >&2; exit 1; }

step "Building everai ($PROFILE)"
if [ "$PROFILE" = release ]; then
    cargo build --release --quiet --bin everai
else
    cargo build --quiet --bin everai
fi
BIN_DIR=$ROOT/target/$PROFILE
export PATH="$BIN_DIR:$PATH"

TMP=$(mktemp -d -t everai-demo.XXXXXX)
SERVER_PID=
LOAD_PIDS=()
cleanup() {
    for pid in "${LOAD_PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -TERM "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A private client home: the CLI reads the endpoint and token from the
# environment, the server is started with --no-login.
export EVERAI_HOME=$TMP/everai-home
TOKEN=demo-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')

step "Starting the local platform (data dir $TMP/data)"
everai server --listen 127.0.0.1:0 --data-dir "$TMP/data" --token "$TOKEN" --no-login \
    --tick-ms 500 --stop-grace 3 >"$TMP/server.out" 2>"$TMP/server.err" &
SERVER_PID=$!
for _ in $(seq 150); do
    grep -q '^Endpoint: ' "$TMP/server.out" 2>/dev/null && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$TMP/server.err" >&2; exit 1; }
    sleep 0.1
done
ENDPOINT=$(sed -n 's/^Endpoint: //p' "$TMP/server.out" | head -1)
[ -n "$ENDPOINT" ] || { echo "the server did not start" >&2; cat "$TMP/server.err" >&2; exit 1; }
export EVERAI_ENDPOINT=$ENDPOINT EVERAI_TOKEN=$TOKEN
echo "everai server is listening on $ENDPOINT"

step "The autoscaling policy, in a configmap"
show everai configmap create get-start-configmap \
    --from-literal min_workers=1 --from-literal max_workers=5 \
    --from-literal max_queue_size=2 --from-literal scale_up_step=1 \
    --from-literal max_idle_time="$IDLE"
show everai configmap get get-start-configmap -o yaml

step "The app (examples/get-start/app.yaml)"
show everai app create -f examples/get-start/app.yaml
printf 'waiting for its first worker'
for _ in $(seq 300); do
    everai worker list get-start 2>/dev/null | grep -q 'RUNNING  *FREE' && break
    printf '.'
    sleep 0.2
done
echo
show everai app list
show everai worker list get-start
show everai app queue get-start

ROUTE="$ENDPOINT/api/routes/v1/default/get-start/sse"
step "Load: $REQUESTS requests, 4 at a time, on $ROUTE"
echo "(each request streams 10 events over about 10 seconds)"
echo "(by hand: curl --no-buffer -H \"Authorization: Bearer \$EVERAI_TOKEN\" $ROUTE)"
if command -v ab >/dev/null; then
    ab -c 4 -n "$REQUESTS" -s 120 -H "Authorization: Bearer $TOKEN" "$ROUTE" >"$TMP/ab.out" 2>&1 &
    LOAD_PIDS+=($!)
else
    per_client=$(((REQUESTS + 3) / 4))
    for c in 1 2 3 4; do
        (for i in $(seq "$per_client"); do
            code=$(curl -sN -o "$TMP/reply.$c.$i" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$ROUTE" || echo 000)
            echo "$code $(grep -c '^data: ' "$TMP/reply.$c.$i" 2>/dev/null || echo 0)" >>"$TMP/curl.$c"
        done) &
        LOAD_PIDS+=($!)
    done
fi

load_running() {
    local pid
    for pid in "${LOAD_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && return 0; done
    return 1
}
while load_running; do
    printf '\n%s-- %s --%s\n' "$bold" "$(date +%T)" "$plain"
    everai worker list get-start
    echo
    everai app queue get-start
    sleep 2
done
for pid in "${LOAD_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
LOAD_PIDS=()

step "Load finished"
if [ -f "$TMP/ab.out" ]; then
    grep -E '^(Complete requests|Failed requests|Non-2xx responses|Time taken for tests|Time per request):' "$TMP/ab.out" || cat "$TMP/ab.out"
else
    cat "$TMP"/curl.* | awk '{n++; if ($1 == 200 && $2 == 10) ok++} END {printf "%d requests, %d answered 200 with all 10 events\n", n, ok}'
fi

step "Idle: waiting for the scale-down (max_idle_time $IDLE s)"
last=
for _ in $(seq 600); do
    table=$(everai worker list get-start)
    if [ "$table" != "$last" ]; then
        printf '\n%s-- %s --%s\n%s\n' "$bold" "$(date +%T)" "$plain" "$table"
        last=$table
    fi
    [ "$(printf '%s\n' "$table" | tail -n +3 | wc -l)" -eq 1 ] && break
    sleep 0.5
done
echo
show everai worker list get-start --all
show everai app events get-start

step "Cleaning up"
kill -TERM "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=
left=$(python3 - "$ENDPOINT" <<'PY'
import os, sys
mark = ("EVERAI_ENDPOINT=" + sys.argv[1]).encode()
n = 0
for pid in filter(str.isdigit, os.listdir("/proc")):
    if int(pid) == os.getpid():
        continue
    try:
        n += mark in open(f"/proc/{pid}/environ", "rb").read().split(b"\0")
    except OSError:
        pass
print(n)
PY
)
echo "server stopped; worker processes left: $left"
[ "$left" -eq 0 ]
