//! Process groups and `/proc`: signalling a worker's group, telling its
//! processes from others by their `EVERAI_WORKER_ID`, and killing what a
//! previous server run left behind.

use super::{LEFTOVER_WAIT, WORKER_ID_VAR};
use std::io;
use std::time::Duration;

/// Kills a worker process group left over by a previous server run, but only
/// if its processes still carry `EVERAI_WORKER_ID={worker_id}` in
/// `/proc/{pid}/environ` (guards against PID reuse).
///
/// Matches either the leader `pid` itself or any live member of process group
/// `pid` (the leader may be gone while its children live on). Sends SIGKILL to
/// the group (`-pid`) and to the matching processes, then waits up to one
/// second for them to vanish. Returns true if it killed something.
pub fn kill_leftover(pid: i32, worker_id: &str) -> bool {
    if pid <= 1 || worker_id.is_empty() {
        return false;
    }
    // SAFETY: getpid/getpgrp have no preconditions.
    let (me, my_group) = unsafe { (libc::getpid(), libc::getpgrp()) };
    if pid == me || pid == my_group {
        return false;
    }
    let marker = worker_marker(worker_id);
    let mut targets: Vec<i32> = live_group_members(pid)
        .into_iter()
        .filter(|p| *p != me && environ_contains(*p, &marker))
        .collect();
    if !targets.contains(&pid) && environ_contains(pid, &marker) {
        targets.push(pid);
    }
    if targets.is_empty() {
        return false;
    }
    signal_group(pid, libc::SIGKILL);
    for target in &targets {
        // SAFETY: plain kill(2) on a positive pid verified above.
        unsafe {
            libc::kill(*target, libc::SIGKILL);
        }
    }
    let deadline = std::time::Instant::now() + LEFTOVER_WAIT;
    while targets.iter().any(|p| is_alive(*p)) && std::time::Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    true
}

// ---------------------------------------------------------------------------
// signals, /proc

pub(super) fn signal_group(pgid: i32, sig: i32) {
    if pgid > 1 {
        // SAFETY: killpg(2) on a positive group id; errors (ESRCH) are fine.
        unsafe {
            libc::killpg(pgid, sig);
        }
    }
}

pub(super) fn worker_marker(worker_id: &str) -> Vec<u8> {
    format!("{WORKER_ID_VAR}={worker_id}").into_bytes()
}

/// Whether `/proc/{pid}/environ` holds exactly the entry `marker`.
pub(super) fn environ_contains(pid: i32, marker: &[u8]) -> bool {
    std::fs::read(format!("/proc/{pid}/environ"))
        .map(|data| data.split(|b| *b == 0).any(|entry| entry == marker))
        .unwrap_or(false)
}

/// (state, process group) from `/proc/{pid}/stat`.
pub(super) fn proc_stat(pid: i32) -> Option<(u8, i32)> {
    let stat = std::fs::read(format!("/proc/{pid}/stat")).ok()?;
    let close = stat.iter().rposition(|b| *b == b')')?;
    let rest = std::str::from_utf8(&stat[close + 1..]).ok()?;
    let mut fields = rest.split_ascii_whitespace();
    let state = *fields.next()?.as_bytes().first()?;
    let _ppid = fields.next()?;
    let pgrp = fields.next()?.parse().ok()?;
    Some((state, pgrp))
}

/// Exists and is not a zombie (an unreaped zombie has finished running).
pub(super) fn is_alive(pid: i32) -> bool {
    matches!(proc_stat(pid), Some((state, _)) if state != b'Z' && state != b'X')
}

/// Pids of the live (non-zombie) processes in process group `pgid`.
pub(super) fn live_group_members(pgid: i32) -> Vec<i32> {
    if pgid <= 1 {
        return Vec::new();
    }
    // SAFETY: killpg with signal 0 only checks for existence.
    if unsafe { libc::killpg(pgid, 0) } != 0
        && io::Error::last_os_error().raw_os_error() == Some(libc::ESRCH)
    {
        return Vec::new();
    }
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .filter_map(|entry| entry.ok())
        .filter_map(|entry| entry.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| {
            matches!(proc_stat(*pid), Some((state, pgrp))
                if pgrp == pgid && state != b'Z' && state != b'X')
        })
        .collect()
}
