#!/usr/bin/env bash
# The one test command, for a fresh Debian machine (root or sudo; apt and
# PyPI reachable; Rust toolchain present) as well as a developer's:
#
#   1. installs what the tests need, idempotently and quietly:
#      - apt: gnome-keyring dbus libsecret-tools (a real Secret Service for
#        tests/keyring.rs, run headless under dbus-run-session), apache2-utils,
#        docker-registry (Distribution 2.8, for tests/images.rs),
#        util-linux (prlimit, for the open-file tests of tests/server_limits.rs);
#      - the reference client everai==0.2.41 in target/refvenv (PyPI), for
#        tests/reference.rs (exported as EVERAI_REF_BIN);
#   2. starts a registry with basic auth on a free loopback port, in a temp
#      dir, for tests/images.rs (EVERAI_TEST_REGISTRY*), stopped at exit;
#   3. runs `cargo fmt --check`, `cargo clippy -D warnings` and every test.
#
# tests/images.rs also needs the Docker engine (DOCKER_HOST or
# /var/run/docker.sock); with CI=true a missing engine or registry fails it.
#
# Every step runs even when an earlier one failed; the exit status is
# non-zero when any step failed, and the failed steps are listed at the end.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"

mkdir -p "$ROOT/target"
failed=()

step() {
    local name=$1
    shift
    log "$name"
    if ! "$@"; then
        failed+=("$name")
        echo "FAILED: $name" >&2
    fi
}

step "install test dependencies (apt)" \
    ensure_apt_packages gnome-keyring dbus libsecret-tools apache2-utils docker-registry \
    util-linux
step "install the reference client everai==$REF_VERSION" ensure_reference_client

registry_dir=$(mktemp -d "${TMPDIR:-/tmp}/everai-registry.XXXXXX")
trap 'stop_test_registry; rm -rf "$registry_dir"' EXIT
step "start a test registry (docker-registry, basic auth)" start_test_registry "$registry_dir"

step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy" cargo clippy --all-targets --locked -- -D warnings
step "cargo test" cargo test --locked --no-fail-fast

if ((${#failed[@]})); then
    printf '==> %d step(s) failed:\n' "${#failed[@]}" >&2
    printf '    - %s\n' "${failed[@]}" >&2
    exit 1
fi
log "all steps passed"
