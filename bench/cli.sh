#!/usr/bin/env bash
# CLI start-up and commands, side by side in one run: everai-rs (release
# build) vs the reference client everai==0.2.41, both against the same local
# platform (our `everai server` on a free loopback port) holding 200
# configmaps.
#
# Measures, per command: median wall time (hyperfine, or a `date +%s%N` loop
# when hyperfine is missing) and peak RSS (`/usr/bin/time -f %M`). Writes the
# results as the section "CLI start-up and commands" of docs/benchmarks.md,
# keeping the file's other sections.
#
# Usage: bench/cli.sh            (RUNS=N to change the number of timed runs)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"

RUNS=${RUNS:-30}
REF_RUNS=${REF_RUNS:-10}
RSS_RUNS=${RSS_RUNS:-5}
CONFIGMAPS=200
OUT=$ROOT/docs/benchmarks.md

ensure_apt_packages hyperfine time
ensure_reference_client
REF=$EVERAI_REF_BIN

log "cargo build --release"
cargo build --release --locked --quiet
OURS=$ROOT/target/release/everai

WORK=$(mktemp -d "${TMPDIR:-/tmp}/everai-bench.XXXXXX")
SERVER_PID=
cleanup() {
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null || true
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT
mkdir -p "$WORK/home" "$WORK/cwd"

# Both clients: same endpoint and token, a private home, no keyring, a
# working directory without app.py or .env.
export EVERAI_HOME=$WORK/home EVERAI_NO_KEYRING=1
unset DBUS_SESSION_BUS_ADDRESS

log "starting the local platform"
"$OURS" server --listen 127.0.0.1:0 --data-dir "$WORK/data" --token bench-token --no-login \
    >"$WORK/server.out" 2>"$WORK/server.err" &
SERVER_PID=$!
deadline=$((SECONDS + 30))
until grep -q '^Endpoint: ' "$WORK/server.out" 2>/dev/null; do
    if ((SECONDS > deadline)) || ! kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "the server did not start:" >&2
        cat "$WORK/server.err" >&2
        exit 1
    fi
    sleep 0.05
done
export EVERAI_ENDPOINT
EVERAI_ENDPOINT=$(sed -n 's/^Endpoint: //p' "$WORK/server.out" | head -n1)
export EVERAI_TOKEN=bench-token
cd "$WORK/cwd"

log "creating $CONFIGMAPS configmaps"
for i in $(seq -w 1 "$CONFIGMAPS"); do
    "$OURS" configmap create "bench-configmap-$i" -l min_workers=1 -l max_workers=5 \
        -l max_queue_size=2 -l scale_up_step=1 -l max_idle_time=60 >/dev/null
done
count=$("$OURS" configmap list -o json | grep -c '"name":')
[ "$count" -eq "$CONFIGMAPS" ] || { echo "expected $CONFIGMAPS configmaps, found $count" >&2; exit 1; }
# Both clients must print the same list before it is worth timing.
if ! cmp -s <("$OURS" configmap list) <("$REF" configmap list); then
    echo "warning: the two clients print different \`configmap list\` output" >&2
fi

# arguments (word-split; no quoting needed)|what it shows
BENCHES=(
    "--help|start-up and help"
    "configmap list|$CONFIGMAPS configmaps"
    "configmap get bench-configmap-100|one configmap"
)

median_loop() { # median_loop RUNS CMD...: seconds, by date +%s%N
    local runs=$1 i t0 t1
    shift
    for ((i = 0; i < runs; i++)); do
        t0=$(date +%s%N)
        "$@" >/dev/null 2>&1
        t1=$(date +%s%N)
        echo $((t1 - t0))
    done | sort -n | awk '{a[NR]=$1} END {m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%.6f\n", m / 1e9}'
}

median() { # median RUNS CMD...
    local runs=$1
    shift
    if command -v hyperfine >/dev/null; then
        hyperfine --shell=none --warmup 3 --runs "$runs" --export-json "$WORK/h.json" \
            --command-name x "$*" >/dev/null 2>&1
        python3 -c 'import json,sys; print("%.6f" % json.load(open(sys.argv[1]))["results"][0]["median"])' "$WORK/h.json"
    else
        "$@" >/dev/null 2>&1 # warm-up
        median_loop "$runs" "$@"
    fi
}

peak_rss() { # peak_rss CMD...: the largest max-RSS (KiB) of RSS_RUNS runs
    local i max=0 kb
    for ((i = 0; i < RSS_RUNS; i++)); do
        /usr/bin/time -f %M -o "$WORK/rss" "$@" >/dev/null 2>&1 || {
            echo "failed: $*" >&2
            return 1
        }
        kb=$(tail -n1 "$WORK/rss")
        if ((kb > max)); then max=$kb; fi
    done
    echo "$max"
}

rows=()
for bench in "${BENCHES[@]}"; do
    label=${bench#*|}
    # shellcheck disable=SC2206
    args=(${bench%%|*})
    log "timing: everai ${args[*]}"
    ours_t=$(median "$RUNS" "$OURS" "${args[@]}")
    ref_t=$(median "$REF_RUNS" "$REF" "${args[@]}")
    ours_m=$(peak_rss "$OURS" "${args[@]}")
    ref_m=$(peak_rss "$REF" "${args[@]}")
    rows+=("$label|${args[*]}|$ours_t|$ref_t|$ours_m|$ref_m")
done

tool="hyperfine $(hyperfine --version 2>/dev/null | awk '{print $2}') (\`--shell=none\`, 3 warm-ups; $RUNS runs of ours, $REF_RUNS of the reference)"
command -v hyperfine >/dev/null || tool="a \`date +%s%N\` loop ($RUNS runs of ours, $REF_RUNS of the reference)"
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
os=$(. /etc/os-release && echo "$PRETTY_NAME")
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
[ -z "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ] || commit="$commit plus uncommitted changes"

python3 - "$OUT" "$(date -u +%Y-%m-%d)" "$(nproc)" "$cpu" "$mem" "$os" "$(uname -r)" \
    "$(rustc --version)" "$("$(dirname "$REF")/python" --version)" \
    "$tool" "$RSS_RUNS" "$CONFIGMAPS" "$commit" "${rows[@]}" <<'PY'
import re, sys
out, date, cores, cpu, mem, os_name, kernel, rustc, python, tool, rss_runs, n, commit = sys.argv[1:14]
rows = [r.split("|") for r in sys.argv[14:]]

def ms(s):
    v = float(s) * 1000
    return f"{v:.1f} ms" if v >= 10 else f"{v:.2f} ms"

def mib(kb):
    return f"{int(kb) / 1024:.1f} MiB"

lines = [
    "## CLI start-up and commands",
    "",
    f"Command: `bench/cli.sh` (measured {date}, source commit {commit}). It builds",
    "the release binary, installs the reference client (PyPI `everai==0.2.41`)",
    f"into `target/refvenv`, starts `everai server` on a free loopback port, creates {n}",
    "configmaps, and times both clients against that same server, one after the other.",
    "",
    f"- Machine: {cores} cores ({cpu}), {mem} RAM, {os_name}, Linux {kernel}",
    f"- Toolchains: {rustc}; {python}",
    f"- Wall time: median, {tool}",
    f"- Memory: peak RSS, the largest of {rss_runs} runs of `/usr/bin/time -f %M`",
    "",
    "| command | everai-rs | reference | speed-up | everai-rs peak RSS | reference peak RSS | memory ratio |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
]
worst_speed, worst_mem = None, None
for label, args, ours_t, ref_t, ours_m, ref_m in rows:
    speed = float(ref_t) / float(ours_t)
    ratio = int(ours_m) / int(ref_m)
    worst_speed = speed if worst_speed is None else min(worst_speed, speed)
    worst_mem = ratio if worst_mem is None else max(worst_mem, ratio)
    lines.append(
        f"| `everai {args}` ({label}) | {ms(ours_t)} | {ms(ref_t)} | {speed:.0f}× | "
        f"{mib(ours_m)} | {mib(ref_m)} | 1/{1 / ratio:.1f} |"
    )
goal_speed = "met" if worst_speed >= 100 else "NOT met"
goal_mem = "met" if worst_mem <= 0.2 else "NOT met"
lines += [
    "",
    f"Goal: at least 100× faster and at most 1/5 of the reference's memory. "
    f"Slowest speed-up {worst_speed:.0f}× ({goal_speed}); largest memory ratio "
    f"1/{1 / worst_mem:.1f} ({goal_mem}).",
    "",
]
section = "\n".join(lines)

TITLE = "# Benchmarks\n\nEach section names the script that measured it; rerun that script to refresh it.\n\n"
try:
    text = open(out).read()
except FileNotFoundError:
    text = ""
if not text.startswith("# "):
    text = TITLE + text
pattern = re.compile(r"^## CLI start-up and commands\n.*?(?=^## |\Z)", re.S | re.M)
if pattern.search(text):
    text = pattern.sub(lambda _: section + "\n", text)
else:
    text = text.rstrip("\n") + "\n\n" + section
open(out, "w").write(text.rstrip("\n") + "\n")
print(section)
PY
log "wrote $OUT"
