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
