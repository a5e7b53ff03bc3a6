//! Open-file descriptors: the server raises its soft limit to the hard one
//! at start, and derives from it how many client connections it holds and
//! the default per-app queue limit, keeping a reserve for everything else
//! (the store, worker processes and their logs, connections to workers).
//! See docs/local-platform.md, "Limits and failure behaviour".

/// What the descriptor limit allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FdBudget {
    /// The soft open-file limit the server runs with.
    pub open_files: u64,
    /// Client connections held at once; past it, idle connections are
    /// closed to make room, and when none is idle the newcomer gets 503.
    pub max_connections: usize,
    /// Default `--queue-limit`: a queue may hold at most half the
    /// connections, and never more than 1,000 requests.
    pub default_queue_limit: usize,
}

/// Largest queue limit derived by default (the historical fixed default).
const QUEUE_LIMIT_CEILING: usize = 1000;

/// Descriptors kept for anything but client connections: a quarter of the
/// limit, at least 64.
fn reserve(open_files: u64) -> u64 {
    (open_files / 4).max(64)
}

impl FdBudget {
    pub fn for_open_files(open_files: u64) -> FdBudget {
        let max_connections = open_files.saturating_sub(reserve(open_files)).max(1);
        let max_connections = usize::try_from(max_connections).unwrap_or(usize::MAX);
        FdBudget {
            open_files,
            max_connections,
            default_queue_limit: (max_connections / 2).clamp(1, QUEUE_LIMIT_CEILING),
        }
    }

    /// Raises the process's soft limit to the hard one (an unlimited hard
    /// limit counts as 1,048,576) and returns the budget of the result.
    pub fn raise_and_measure() -> FdBudget {
        FdBudget::for_open_files(raise_soft_limit())
    }
}

const UNLIMITED_AS: u64 = 1 << 20;

fn raise_soft_limit() -> u64 {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit with a valid pointer to a local struct.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
            return 1024;
        }
        let hard = if limit.rlim_max == libc::RLIM_INFINITY {
            UNLIMITED_AS
        } else {
            limit.rlim_max
        };
        if limit.rlim_cur == libc::RLIM_INFINITY || limit.rlim_cur >= hard {
            return hard;
        }
        let raised = libc::rlimit {
            rlim_cur: hard,
            rlim_max: limit.rlim_max,
        };
        if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
            hard
        } else {
            limit.rlim_cur
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn budget_of_the_usual_1024() {
        let b = FdBudget::for_open_files(1024);
        assert_eq!(b.max_connections, 768);
        assert_eq!(b.default_queue_limit, 384);
    }

    #[test]
    fn budget_is_capped_and_never_zero() {
        assert_eq!(
            FdBudget::for_open_files(1 << 20).default_queue_limit,
            QUEUE_LIMIT_CEILING
        );
        let tiny = FdBudget::for_open_files(10);
        assert_eq!((tiny.max_connections, tiny.default_queue_limit), (1, 1));
    }

    #[test]
    fn raising_keeps_at_least_the_current_limit() {
        let b = FdBudget::raise_and_measure();
        let mut now = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit with a valid pointer.
        assert_eq!(unsafe { libc::getrlimit(libc::RLIMIT_NOFILE, &mut now) }, 0);
        assert!(now.rlim_cur >= b.open_files.min(now.rlim_max));
    }
}
