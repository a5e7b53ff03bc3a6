//! The worker guard: `everai __worker-guard ARG0 PROGRAM ARGS...`.
//!
//! The parent-death signal reaches only the process it is set on, so a
//! worker command that starts children of its own (`sh -c 'a & b'`, a
//! launcher script) would leave them behind when the server is killed with
//! `kill -9`. The platform therefore starts each worker through this small
//! guard: it leads the worker's process group, has the death signal set to
//! SIGHUP, runs the command as its child in the same group, and mirrors its
//! exit. When the server dies, the guard terminates the whole group (SIGTERM,
//! then SIGKILL after a grace), so no process of the worker survives.
//!
//! SIGTERM/SIGINT/SIGQUIT sent to the group by the server's own stop reach
//! the command directly; the guard ignores them (by handling them) and keeps
//! waiting for the command, whose exit it then mirrors.

use std::ffi::OsString;
use std::os::unix::process::CommandExt;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// The hidden subcommand that runs the guard.
pub const SUBCOMMAND: &str = "__worker-guard";

/// How long the command's group gets after SIGTERM when the server died.
const ORPHAN_GRACE: Duration = Duration::from_secs(5);

static PARENT_GONE: AtomicBool = AtomicBool::new(false);

extern "C" fn on_parent_gone(_: libc::c_int) {
    PARENT_GONE.store(true, Ordering::SeqCst);
}

extern "C" fn on_stop_signal(_: libc::c_int) {}

/// Installs `handler` for `sig` without SA_RESTART, so a blocking `waitpid`
/// returns EINTR and the loop can look at the flags.
fn handle(sig: libc::c_int, handler: extern "C" fn(libc::c_int)) {
    // SAFETY: a zeroed sigaction is a valid empty one; the handlers only
    // touch an atomic.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = handler as usize;
        libc::sigemptyset(&mut action.sa_mask);
        action.sa_flags = 0;
        libc::sigaction(sig, &action, std::ptr::null_mut());
    }
}

/// Runs the guard; `args` are what follows the subcommand. Returns only on
/// failure to start the command (the exit code to use); otherwise it exits
/// as the command did.
pub fn run(args: &[OsString]) -> i32 {
    let [arg0, program, rest @ ..] = args else {
        return 2;
    };
    handle(libc::SIGHUP, on_parent_gone);
    for sig in [libc::SIGTERM, libc::SIGINT, libc::SIGQUIT] {
        handle(sig, on_stop_signal);
    }
    // Handled signals are reset to their defaults in the child by exec.
    let child = match std::process::Command::new(program)
        .arg0(arg0)
        .args(rest)
        .spawn()
    {
        Ok(child) => child,
        Err(e) => {
            let _ = std::io::Write::write_all(
                &mut std::io::stderr(),
                format!(
                    "everai worker guard: cannot start {}: {e}\n",
                    program.to_string_lossy()
                )
                .as_bytes(),
            );
            return 127;
        }
    };
    let pid = child.id() as libc::pid_t;
    loop {
        if PARENT_GONE.load(Ordering::SeqCst) {
            terminate_group(pid);
        }
        let mut status: libc::c_int = 0;
        // SAFETY: waiting for our own child with a valid status pointer.
        let rc = unsafe { libc::waitpid(pid, &mut status, 0) };
        if rc == pid {
            mirror_exit(status);
        }
        if rc == -1 && std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
            return 1;
        }
    }
}

/// The server is gone: stop every process of the group, then ourselves.
fn terminate_group(child: libc::pid_t) -> ! {
    // SAFETY: signalling our own process group.
    unsafe {
        let group = libc::getpgrp();
        libc::kill(-group, libc::SIGTERM);
        let deadline = Instant::now() + ORPHAN_GRACE;
        while Instant::now() < deadline {
            let mut status = 0;
            if libc::waitpid(child, &mut status, libc::WNOHANG) == child {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        libc::kill(-group, libc::SIGKILL);
        libc::_exit(1)
    }
}

/// Exits the way the command did: same code, or killed by the same signal.
fn mirror_exit(status: libc::c_int) -> ! {
    if libc::WIFSIGNALED(status) {
        let sig = libc::WTERMSIG(status);
        // SAFETY: restoring the default action and re-raising on ourselves.
        unsafe {
            libc::signal(sig, libc::SIG_DFL);
            libc::kill(libc::getpid(), sig);
        }
        std::process::exit(128 + sig);
    }
    std::process::exit(if libc::WIFEXITED(status) {
        libc::WEXITSTATUS(status)
    } else {
        1
    })
}
