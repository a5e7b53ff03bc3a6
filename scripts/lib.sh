# Helpers shared by scripts/test.sh and bench/cli.sh (sourced, not run).
# Every installer is idempotent and quiet: it does nothing when the thing is
# already there, and prints its log only when it fails.

REF_VERSION=0.2.41

log() { printf '==> %s\n' "$*"; }

# run_logged LOGFILE CMD...: runs CMD with its output in LOGFILE; on failure
# shows the log's tail and returns the command's status.
run_logged() {
    local logfile=$1
    shift
    local rc=0
    "$@" >"$logfile" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        echo "failed (exit $rc): $*" >&2
        tail -n 40 "$logfile" >&2
    fi
    return "$rc"
}

# ensure_apt_packages PKG...: installs the Debian packages that are missing.
ensure_apt_packages() {
    local missing=() pkg
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' ||
            missing+=("$pkg")
    done
    ((${#missing[@]} == 0)) && return 0
    local sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    log "installing ${missing[*]} (apt)"
    mkdir -p "$ROOT/target"
    run_logged "$ROOT/target/apt.log" $sudo apt-get update -q || return
    run_logged "$ROOT/target/apt.log" $sudo env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q "${missing[@]}" </dev/null
}

# ensure_reference_client: the reference CLI, PyPI everai==$REF_VERSION, in a
# virtualenv under target/ (git-ignored); exports EVERAI_REF_BIN.
ensure_reference_client() {
    local venv=${EVERAI_REF_VENV:-$ROOT/target/refvenv}
    if ! "$venv/bin/python" -c "import importlib.metadata as m, sys; sys.exit(m.version('everai') != '$REF_VERSION')" 2>/dev/null ||
        [ ! -x "$venv/bin/everai" ]; then
        log "installing everai==$REF_VERSION into $venv (PyPI)"
        command -v python3 >/dev/null || ensure_apt_packages python3 || return
        rm -rf "$venv"
        mkdir -p "$(dirname "$venv")"
        if ! python3 -m venv "$venv" >/dev/null 2>&1; then
            # Debian's python3 needs python3-venv for ensurepip.
            rm -rf "$venv"
            ensure_apt_packages python3-venv || return
            run_logged "$ROOT/target/venv.log" python3 -m venv "$venv" || return
        fi
        run_logged "$ROOT/target/pip.log" "$venv/bin/pip" install -q \
            --disable-pip-version-check --no-input "everai==$REF_VERSION" || return
    fi
    export EVERAI_REF_BIN="$venv/bin/everai"
}

# free_loopback_port: prints a TCP port nobody listens on at 127.0.0.1.
free_loopback_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_test_registry DIR: Debian's docker-registry (Distribution 2.8) on a
# free loopback port with basic auth (bcrypt htpasswd), config, users and
# storage in DIR. The engine pushes to 127.0.0.0/8 over plain HTTP (it
# treats loopback as an insecure registry by default), so no TLS is needed.
# Exports EVERAI_TEST_REGISTRY (127.0.0.1:PORT), EVERAI_TEST_REGISTRY_USER,
# EVERAI_TEST_REGISTRY_PASSWORD and TEST_REGISTRY_PID; stop it with
# stop_test_registry.
start_test_registry() {
    local dir=$1 port user=everai-test password
    command -v docker-registry >/dev/null && command -v htpasswd >/dev/null ||
        ensure_apt_packages docker-registry apache2-utils || return
    mkdir -p "$dir/data" || return
    port=$(free_loopback_port) || return
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    htpasswd -Bbc "$dir/htpasswd" "$user" "$password" >/dev/null 2>&1 || return
    cat >"$dir/config.yml" <<CONF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $dir/data
  delete:
    enabled: true
http:
  addr: 127.0.0.1:$port
auth:
  htpasswd:
    realm: everai-test
    path: $dir/htpasswd
CONF
    docker-registry serve "$dir/config.yml" >"$dir/registry.log" 2>&1 &
    TEST_REGISTRY_PID=$!
    local tries=0
    # Ready when /v2/ answers (401 without credentials).
    until (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        tries=$((tries + 1))
        if [ "$tries" -gt 100 ] || ! kill -0 "$TEST_REGISTRY_PID" 2>/dev/null; then
            echo "the test registry did not start:" >&2
            tail -n 20 "$dir/registry.log" >&2
            stop_test_registry
            return 1
        fi
        sleep 0.1
    done
    export EVERAI_TEST_REGISTRY="127.0.0.1:$port"
    export EVERAI_TEST_REGISTRY_USER=$user
    export EVERAI_TEST_REGISTRY_PASSWORD=$password
    export TEST_REGISTRY_PID
}

# stop_test_registry: stops the registry start_test_registry started.
stop_test_registry() {
    # Never fails: callers run it from EXIT traps, possibly under `set -e`.
    if [ -n "${TEST_REGISTRY_PID:-}" ]; then
        kill "$TEST_REGISTRY_PID" 2>/dev/null || true
        wait "$TEST_REGISTRY_PID" 2>/dev/null || true
        TEST_REGISTRY_PID=
    fi
    return 0
}
