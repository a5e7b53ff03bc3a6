//! The server's log on stderr: one line per event,
//! `<RFC 3339 UTC time> <LEVEL> <message>`, filtered by `--log-level`.
//! What is logged at which level is listed in docs/local-platform.md
//! ("Logging"). Messages never carry tokens, secret values or query strings.

use std::sync::atomic::{AtomicU8, Ordering};

/// Severity of a log line; a level shows itself and everything above it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, clap::ValueEnum)]
pub enum Level {
    /// Nothing is logged.
    Off,
    /// Failures of the server itself (5xx answers, a listener error).
    Error,
    /// Failures of a worker or a client that the operator may act on.
    Warn,
    /// 4xx answers, worker starts and stops.
    Info,
}

impl Level {
    fn label(self) -> &'static str {
        match self {
            Level::Off => "OFF",
            Level::Error => "ERROR",
            Level::Warn => "WARN",
            Level::Info => "INFO",
        }
    }
}

static THRESHOLD: AtomicU8 = AtomicU8::new(Level::Info as u8);

/// Sets the most detailed level that is still printed.
pub fn set_level(level: Level) {
    THRESHOLD.store(level as u8, Ordering::Relaxed);
}

pub fn enabled(level: Level) -> bool {
    level != Level::Off && level as u8 <= THRESHOLD.load(Ordering::Relaxed)
}

/// Writes one line at `level` (a newline in `message` is escaped, so one
/// event is always one line).
pub fn log(level: Level, message: &str) {
    if !enabled(level) {
        return;
    }
    let line = format!(
        "{} {:<5} {}\n",
        crate::model::now_rfc3339(),
        level.label(),
        message.replace('\n', "\\n")
    );
    // A closed stderr must not take the server down.
    let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), line.as_bytes());
}

pub fn error(message: &str) {
    log(Level::Error, message);
}

pub fn warn(message: &str) {
    log(Level::Warn, message);
}

pub fn info(message: &str) {
    log(Level::Info, message);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_order_from_off_to_info() {
        assert!(Level::Off < Level::Error && Level::Error < Level::Warn);
        assert!(Level::Warn < Level::Info);
        assert_eq!(Level::Warn.label(), "WARN");
    }
}
