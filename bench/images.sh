#!/usr/bin/env bash
# `everai image build` (build + push) against `docker build` + `docker push`
# of the same context, side by side in one run, on the machine's Docker
# engine and a private registry (Debian's docker-registry with basic auth on
# a free loopback port, started and stopped here). Both use the engine's
# classic builder (the docker CLI with DOCKER_BUILDKIT=0) and the same
# credentials (the docker CLI logs in with a private DOCKER_CONFIG).
#
# Measures:
#   1. wall time of build + push of a SIZE_MB context (several files), RUNS
#      times per tool, alternating; each run changes one small file so that
#      every push uploads the context layer in full;
#   2. a rebuild with nothing changed: how many layers it uploads;
#   3. peak RSS of the client (`/usr/bin/time -v`) for build + push of a
#      BIG_MB context (default 1 GiB).
# Prints a Markdown section; with WRITE=1 also stores it as the section
# "Image build and push" of docs/benchmarks.md.
#
# Everything built carries the label everai.bench=<run id> and is removed
# at the end; the registry's storage is a temp dir.
#
# Usage: bench/images.sh   (SIZE_MB=200 RUNS=3 BIG_MB=1024 EVERAI_BIN=...)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"

SIZE_MB=${SIZE_MB:-200}
RUNS=${RUNS:-3}
BIG_MB=${BIG_MB:-1024}
OUT=$ROOT/docs/benchmarks.md

ensure_apt_packages docker-registry apache2-utils time
if [ -z "${EVERAI_BIN:-}" ]; then
    log "cargo build --release"
    cargo build --release --locked --quiet --bin everai
    EVERAI_BIN=$ROOT/target/release/everai
fi
command -v docker >/dev/null || { echo "the docker CLI is needed for the comparison" >&2; exit 1; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/everai-images-bench.XXXXXX")
RUN_ID=bench$$
cleanup() {
    stop_test_registry
    docker ps -aq --filter "label=everai.bench=$RUN_ID" | xargs -r docker rm -f >/dev/null 2>&1 || true
    docker images -q --filter "label=everai.bench=$RUN_ID" | sort -u | xargs -r docker rmi -f >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

start_test_registry "$WORK/registry"
REG=$EVERAI_TEST_REGISTRY
export DOCKER_CONFIG=$WORK/docker-config EVERAI_HOME=$WORK/everai-home
mkdir -p "$DOCKER_CONFIG"
printf '%s' "$EVERAI_TEST_REGISTRY_PASSWORD" |
    docker login "$REG" -u "$EVERAI_TEST_REGISTRY_USER" --password-stdin >/dev/null 2>&1

# make_context DIR MB: MB of random data in 8 files, a Dockerfile copying
# the whole context.
make_context() {
    local dir=$1 mb=$2 per i
    mkdir -p "$dir/data"
    per=$((mb / 8))
    for i in 1 2 3 4 5 6 7 8; do
        head -c $((per * 1024 * 1024)) /dev/urandom >"$dir/data/part$i.bin"
    done
    # One layer holding the nonce too: a new nonce is a new layer to upload.
    printf 'FROM scratch\nCOPY . /ctx/\n' >"$dir/Dockerfile"
    printf 'logs\n*.tmp\n' >"$dir/.dockerignore"
}

ms_now() { date +%s%3N; }

ours() { # TAG: build + push with everai; stdout is TAG@DIGEST
    (cd "$CTX" && "$EVERAI_BIN" image build -t "$1" --label "everai.bench=$RUN_ID" 2>"$WORK/ours.err")
}
theirs() { # TAG: docker build + docker push
    DOCKER_BUILDKIT=0 docker build -q -t "$1" --label "everai.bench=$RUN_ID" "$CTX" >/dev/null 2>"$WORK/theirs.err"
    docker push -q "$1" >/dev/null
}

CTX=$WORK/ctx
log "making a ${SIZE_MB} MiB context"
make_context "$CTX" "$SIZE_MB"
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

declare -a T_OURS T_THEIRS
for run in $(seq "$RUNS"); do
    for tool in theirs ours; do
        echo "$RUN_ID $run $tool $(ms_now)" >"$CTX/nonce.txt"
        start=$(ms_now)
        "$tool" "$REG/bench/$tool:$run" >/dev/null
        took=$(($(ms_now) - start))
        log "run $run $tool: ${took} ms"
        if [ "$tool" = ours ]; then T_OURS+=("$took"); else T_THEIRS+=("$took"); fi
    done
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }
M_OURS=$(median "${T_OURS[@]}")
M_THEIRS=$(median "${T_THEIRS[@]}")
RATIO=$(awk -v a="$M_OURS" -v b="$M_THEIRS" 'BEGIN {printf "%.2f", a / b}')

log "rebuild with nothing changed"
ours "$REG/bench/ours:$RUNS" >/dev/null
UNCHANGED=$(grep -o '[0-9]* layer(s) uploaded, [0-9]* already in the registry' "$WORK/ours.err")

log "peak client memory, ${BIG_MB} MiB context"
rm -rf "$CTX"
BIG=$WORK/big
make_context "$BIG" "$BIG_MB"
echo "$RUN_ID big" >"$BIG/nonce.txt"
start=$(ms_now)
(cd "$BIG" && /usr/bin/time -v "$EVERAI_BIN" image build -t "$REG/bench/big:1" \
    --label "everai.bench=$RUN_ID" >/dev/null 2>"$WORK/big.err")
BIG_MS=$(($(ms_now) - start))
RSS_KB=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/big.err")
BIG_PUSHED=$(grep -o '[0-9]* layer(s) uploaded' "$WORK/big.err")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)

SECTION=$(cat <<EOF
## Image build and push

\`bench/images.sh\` (SIZE_MB=$SIZE_MB RUNS=$RUNS BIG_MB=$BIG_MB), $(date -u +%Y-%m-%d), commit
\`$(git rev-parse --short HEAD)\`, client \`${EVERAI_BIN#"$ROOT"/}\`. Docker Engine $(docker version --format '{{.Server.Version}}') (classic builder on both
sides), docker CLI $(docker version --format '{{.Client.Version}}'), registry: Debian docker-registry
on loopback with basic auth; the docker CLI logged in to it with \`docker login\`
(a private DOCKER_CONFIG, which everai read too): no TLS and no
insecure-registries setting were needed, since the engine treats
127.0.0.0/8 as insecure. Load average (1/5/15 min) before: $LOAD_BEFORE,
after: $LOAD_AFTER, on 2 shared cores: expect tens of percent of noise.

| measure | everai image build | docker build + docker push | ratio | goal |
|---|---|---|---|---|
| build + push, ${SIZE_MB} MiB context, median of $RUNS | ${M_OURS} ms | ${M_THEIRS} ms | **${RATIO}** | within 10% (≤ 1.10) |
| rebuild, nothing changed | ${UNCHANGED} | | | no layer uploaded |
| peak client RSS, ${BIG_MB} MiB context, build + push | **$((RSS_KB / 1024)) MiB** ($BIG_PUSHED, ${BIG_MS} ms) | | | < 100 MB |

Runs (ms), everai: ${T_OURS[*]}; docker: ${T_THEIRS[*]}. Each run writes a
new nonce file, so every push uploads the context layer again.
EOF
)
printf '%s\n' "$SECTION"
if [ "${WRITE:-0}" = 1 ]; then
    python3 - "$OUT" "$SECTION" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2].rstrip() + "\n"
text = open(path).read()
pattern = re.compile(r"^## Image build and push\n.*?(?=^## |\Z)", re.S | re.M)
if pattern.search(text):
    text = pattern.sub(section + "\n", text, count=1)
else:
    text = text.rstrip() + "\n\n" + section
open(path, "w").write(text.rstrip() + "\n")
PY
    log "wrote the section to $OUT"
fi
