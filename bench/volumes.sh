#!/usr/bin/env bash
# Volume push and pull against the local platform (release build):
#   (a) one large file (SIZE_MB, default 1024) and
#   (b) FILES small files of 4 KiB (default 5000),
# compared in the same run with a plain single-stream HTTP upload and
# download of the same bytes (curl to the same server's signed storage URLs)
# and with the reference client's push/pull (REF=0 skips it; EVERAI_REF_BIN
# or target/refvenv/bin/everai). Prints seconds, rates, files/s and the
# peak RSS of our client, and the load average before and after.
#
#   bench/volumes.sh                  # full run
#   SIZE_MB=256 FILES=1000 REF=0 bench/volumes.sh
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
. "$ROOT/bench/lib.sh"
SIZE_MB=${SIZE_MB:-1024}
FILES=${FILES:-5000}
REF=${REF:-1}
REF_BIN=${EVERAI_REF_BIN:-$ROOT/target/refvenv/bin/everai}

# A given binary (EVERAI_BENCH_BIN) is measured as it is; else build this tree.
[ -n "${EVERAI_BENCH_BIN:-}" ] || (cd "$ROOT" && cargo build --release --quiet --bin everai)
start_bench_server volumes
export EVERAI_VOLUME_ROOT=$TMP/ours
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }
rate() { python3 -c "print(f'{$1 / 1048576 / ($3 - $2):.1f} MiB/s')"; }
api() { # METHOD PATH [BODY]
    curl -sf -X "$1" -H "Authorization: Bearer $TOKEN" ${3:+-d "$3"} "$ENDPOINT$2"
}
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval('d' + sys.argv[1]))" "$1"; }
peak() { # peak RSS (MiB) of a command, its output to $TMP/last.out
    /usr/bin/time -f '%M' -o "$TMP/rss" "$@" >"$TMP/last.out" 2>"$TMP/last.err" || {
        cat "$TMP/last.err" >&2; exit 1; }
    echo "$(( $(cat "$TMP/rss") / 1024 )) MiB"
}

# (a) one large file ---------------------------------------------------------
"$EVERAI" volume create big >/dev/null
BIG_DIR=$(sed -n 's/^path: //p' <("$EVERAI" volume get big))
head -c "$((SIZE_MB * 1048576))" /dev/urandom >"$BIG_DIR/big.bin"
BYTES=$((SIZE_MB * 1048576))
SHA=$(sha256sum "$BIG_DIR/big.bin" | cut -d' ' -f1)

# Raw single stream: curl PUTs the same bytes to a signed storage URL of the
# same server (which verifies and stores them like any upload), then GETs
# them back; the blob is then removed again so our push sends everything.
api PUT /api/volumes/v1/raw >/dev/null
REV=$(api PUT /api/volumes/v1/raw/revisions | json "['name']")
URL=$(api PUT "/api/volumes/v1/raw/revisions/$REV/upload/%2Fbig.bin" \
    "{\"file\":{\"size\":\"$BYTES\",\"sha256\":\"$SHA\"}}" | json "['response']['url']")
t0=$(now); curl -sf -T "$BIG_DIR/big.bin" -H 'Content-Type: application/octet-stream' "$URL" >/dev/null; t1=$(now)
api POST "/api/volumes/v1/raw/revisions/$REV" \
    "{\"files\":[{\"path\":\"/big.bin\",\"size\":\"$BYTES\",\"sha256\":\"$SHA\"}]}" >/dev/null
DURL=$(api GET "/api/volumes/v1/raw/files/%2Fbig.bin" | json "['url']")
t2=$(now); curl -sf -o "$TMP/raw-download.bin" "$DURL"; t3=$(now)
rm -f "$TMP/raw-download.bin"
api DELETE /api/volumes/v1/raw >/dev/null
echo "large ${SIZE_MB} MiB: curl upload   $(secs "$t0" "$t1") s  $(rate $BYTES "$t0" "$t1")"
echo "large ${SIZE_MB} MiB: curl download $(secs "$t2" "$t3") s  $(rate $BYTES "$t2" "$t3")"

t0=$(now); rss=$(peak "$EVERAI" volume push big); t1=$(now)
echo "large ${SIZE_MB} MiB: ours push     $(secs "$t0" "$t1") s  $(rate $BYTES "$t0" "$t1")  peak RSS $rss"
t0=$(now); rss=$(EVERAI_VOLUME_ROOT=$TMP/ours-pull peak "$EVERAI" volume pull big); t1=$(now)
echo "large ${SIZE_MB} MiB: ours pull     $(secs "$t0" "$t1") s  $(rate $BYTES "$t0" "$t1")  peak RSS $rss"
rm -rf "$TMP/ours-pull"

if [ "$REF" = 1 ]; then
    "$REF_BIN" volume create refbig >/dev/null
    REF_DIR=$(sed -n 's/^path: //p' <("$EVERAI" volume get refbig))
    # A different byte (content is stored once: the same bytes would not travel).
    { printf x; head -c "$((BYTES - 1))" "$BIG_DIR/big.bin"; } >"$REF_DIR/big.bin"
    t0=$(now); "$REF_BIN" volume push refbig >/dev/null 2>&1; t1=$(now)
    echo "large ${SIZE_MB} MiB: ref push      $(secs "$t0" "$t1") s  $(rate $BYTES "$t0" "$t1")"
    t0=$(now); EVERAI_VOLUME_ROOT=$TMP/ref-pull "$REF_BIN" volume pull refbig >/dev/null 2>&1; t1=$(now)
    echo "large ${SIZE_MB} MiB: ref pull      $(secs "$t0" "$t1") s  $(rate $BYTES "$t0" "$t1")"
    rm -rf "$TMP/ref-pull" "$REF_DIR/big.bin"
fi
rm -f "$BIG_DIR/big.bin"

# (b) many small files -------------------------------------------------------
make_small() { # DIR SEED
    python3 - "$1" "$2" "$FILES" <<'PY'
import os, sys
d, seed, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
for i in range(n):
    sub = os.path.join(d, f"d{i // 500}")
    os.makedirs(sub, exist_ok=True)
    with open(os.path.join(sub, f"f{i}.bin"), "wb") as f:
        f.write((f"{seed}-{i}-".encode() * 512)[:4096])
PY
}
"$EVERAI" volume create small >/dev/null
SMALL_DIR=$(sed -n 's/^path: //p' <("$EVERAI" volume get small))
make_small "$SMALL_DIR" ours
fps() { python3 -c "print(f'{$1 / ($3 - $2):.0f} files/s')"; }
t0=$(now); rss=$(peak "$EVERAI" volume push small); t1=$(now)
echo "small ${FILES}x4KiB: ours push     $(secs "$t0" "$t1") s  $(fps "$FILES" "$t0" "$t1")  peak RSS $rss"
t0=$(now); rss=$(EVERAI_VOLUME_ROOT=$TMP/ours-pull peak "$EVERAI" volume pull small); t1=$(now)
echo "small ${FILES}x4KiB: ours pull     $(secs "$t0" "$t1") s  $(fps "$FILES" "$t0" "$t1")  peak RSS $rss"
t0=$(now); "$EVERAI" volume push small >/dev/null 2>&1; t1=$(now)
echo "small ${FILES}x4KiB: ours re-push (nothing to send) $(secs "$t0" "$t1") s"

if [ "$REF" = 1 ]; then
    "$REF_BIN" volume create refsmall >/dev/null
    REF_DIR=$(sed -n 's/^path: //p' <("$EVERAI" volume get refsmall))
    make_small "$REF_DIR" ref
    t0=$(now); "$REF_BIN" volume push refsmall >/dev/null 2>&1; t1=$(now)
    echo "small ${FILES}x4KiB: ref push      $(secs "$t0" "$t1") s  $(fps "$FILES" "$t0" "$t1")"
    t0=$(now); EVERAI_VOLUME_ROOT=$TMP/ref-pull "$REF_BIN" volume pull refsmall >/dev/null 2>&1; t1=$(now)
    echo "small ${FILES}x4KiB: ref pull      $(secs "$t0" "$t1") s  $(fps "$FILES" "$t0" "$t1")"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
stop_bench_server
