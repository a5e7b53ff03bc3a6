//! The one place that writes to the terminal: data and success messages on
//! stdout, warnings and errors on stderr. A closed pipe (`| head`) ends the
//! output quietly instead of panicking.
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::io::Write;

/// Writes `text` to stdout as is.
pub fn out(text: &str) {
    let mut stdout = std::io::stdout().lock();
    if stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        // The reader went away; nothing useful is left to do.
        std::process::exit(0);
    }
}

/// Writes one line to stdout.
pub fn line(text: &str) {
    let mut s = String::with_capacity(text.len() + 1);
    s.push_str(text);
    s.push('\n');
    out(&s);
}

/// Writes one line to stderr.
pub fn err_line(text: &str) {
    let _ = writeln!(std::io::stderr().lock(), "{text}");
}

pub fn warn(text: &str) {
    err_line(&format!("warning: {text}"));
}
