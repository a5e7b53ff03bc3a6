//! What a build and a push show while they run, on stderr. On a terminal:
//! a spinner with the current build step, then one bar per layer being
//! pushed (bytes and rate); `-v` adds every build log line. Elsewhere:
//! plain lines (build steps, one line per finished layer; everything with
//! `-v`).

use crate::cli::printer;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::time::Duration;

pub struct Progress {
    verbose: bool,
    bars: Option<Bars>,
}

struct Bars {
    multi: MultiProgress,
    step: Option<ProgressBar>,
    /// The engine's push stream (as bollard decodes it) carries no layer id
    /// with the byte counts, so layers are told apart by their size.
    layers: HashMap<i64, ProgressBar>,
}

impl Progress {
    /// Bars when stderr is a terminal, plain lines otherwise.
    pub fn new(verbose: bool) -> Progress {
        let bars = std::io::stderr().is_terminal().then(|| Bars {
            multi: MultiProgress::with_draw_target(ProgressDrawTarget::stderr()),
            step: None,
            layers: HashMap::new(),
        });
        Progress { verbose, bars }
    }

    /// Plain lines whatever stderr is (tests, pipes).
    pub fn plain(verbose: bool) -> Progress {
        Progress {
            verbose,
            bars: None,
        }
    }

    fn print(&self, line: &str) {
        match &self.bars {
            Some(bars) => {
                let _ = bars.multi.println(line);
            }
            None => printer::err_line(line),
        }
    }

    /// One line of the engine's build output.
    pub fn build_line(&mut self, line: &str) {
        let line = line.trim_end();
        if line.is_empty() {
            return;
        }
        let is_step = line.starts_with("Step ");
        if self.verbose {
            self.print(line);
        }
        match &mut self.bars {
            Some(bars) if is_step => {
                let bar = bars.step.get_or_insert_with(|| {
                    let bar = bars.multi.add(ProgressBar::new_spinner());
                    bar.set_style(
                        ProgressStyle::with_template("{spinner} {elapsed:>4} {msg}")
                            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
                    );
                    bar.enable_steady_tick(Duration::from_millis(120));
                    bar
                });
                bar.set_message(line.to_string());
            }
            None if is_step && !self.verbose => printer::err_line(line),
            _ => {}
        }
    }

    /// The build is over: the spinner goes.
    pub fn build_done(&mut self) {
        if let Some(bar) = self.bars.as_mut().and_then(|b| b.step.take()) {
            bar.finish_and_clear();
        }
    }

    /// One status of the push stream.
    pub fn push_status(&mut self, status: &str, current: Option<i64>, total: Option<i64>) {
        let pushing = status == "Pushing";
        match &mut self.bars {
            Some(bars) => {
                if let (true, Some(total)) = (pushing, total.filter(|t| *t > 0)) {
                    let bar = bars.layers.entry(total).or_insert_with(|| {
                        let bar = bars.multi.add(ProgressBar::new(total as u64));
                        bar.set_style(
                            ProgressStyle::with_template(
                                "  layer {bar:30} {bytes:>10}/{total_bytes:<10} {bytes_per_sec:>12}",
                            )
                            .unwrap_or_else(|_| ProgressStyle::default_bar()),
                        );
                        bar
                    });
                    bar.set_position(current.unwrap_or(0).clamp(0, total) as u64);
                } else if !pushing && !matches!(status, "Preparing" | "Waiting") {
                    let _ = bars.multi.println(status);
                }
            }
            None => {
                if !pushing && !matches!(status, "Preparing" | "Waiting") {
                    printer::err_line(status);
                }
            }
        }
    }

    /// The push is over: the bars go (a summary line follows).
    pub fn push_done(&mut self) {
        if let Some(bars) = &mut self.bars {
            for bar in bars.layers.values() {
                bar.finish_and_clear();
            }
            let _ = bars.multi.clear();
        }
    }
}
