//! Transfer progress on stderr. On a terminal: a total bar (files, bytes,
//! rate, ETA) and one bar per large file, drawn by indicatif. Otherwise
//! one line per finished file and a summary line, so logs stay readable.

use crate::cli::printer;
use crate::model::volume::MAX_SINGLE_FILE_SIZE;
use crate::output::human_size;
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

pub struct Progress {
    verb: &'static str,
    bars: Option<(MultiProgress, ProgressBar)>,
    total_files: u64,
    files_done: AtomicU64,
    bytes_done: Arc<AtomicU64>,
    started: Instant,
}

/// The bar of one large file (nothing when not on a terminal).
pub struct FileProgress {
    bar: Option<ProgressBar>,
}

impl FileProgress {
    pub fn advance(&self, n: u64) {
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }

    /// The bar itself, for a body stream to advance.
    pub fn bar_clone(&self) -> Option<ProgressBar> {
        self.bar.clone()
    }
}

/// Counts bytes into the total from anywhere (a body stream).
#[derive(Clone)]
pub struct ByteCounter {
    bar: Option<ProgressBar>,
    done: Arc<AtomicU64>,
}

impl ByteCounter {
    pub fn add(&self, n: u64) {
        self.done.fetch_add(n, Ordering::Relaxed);
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }
}

impl Progress {
    /// `verb` is `Uploading` or `Downloading`.
    pub fn new(verb: &'static str, total_files: u64, total_bytes: u64) -> Progress {
        let bars = std::io::stderr().is_terminal().then(|| {
            let multi = MultiProgress::with_draw_target(ProgressDrawTarget::stderr());
            let total = multi.add(ProgressBar::new(total_bytes));
            total.set_style(
                ProgressStyle::with_template(
                    "{msg} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec} ETA {eta}",
                )
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
            );
            total.set_message(format!("{verb} 0/{total_files} files"));
            (multi, total)
        });
        Progress {
            verb,
            bars,
            total_files,
            files_done: AtomicU64::new(0),
            bytes_done: Arc::new(AtomicU64::new(0)),
            started: Instant::now(),
        }
    }

    /// Starts tracking one file; large files get a bar of their own.
    pub fn file(&self, path: &str, size: u64) -> FileProgress {
        let bar = self.bars.as_ref().and_then(|(multi, _)| {
            (size > MAX_SINGLE_FILE_SIZE).then(|| {
                let bar = multi.add(ProgressBar::new(size));
                bar.set_style(
                    ProgressStyle::with_template(
                        "  {msg} [{bar:30}] {bytes}/{total_bytes} {binary_bytes_per_sec}",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar())
                    .progress_chars("=> "),
                );
                bar.set_message(path.to_string());
                bar
            })
        });
        FileProgress { bar }
    }

    pub fn counter(&self) -> ByteCounter {
        ByteCounter {
            bar: self.bars.as_ref().map(|(_, total)| total.clone()),
            done: self.bytes_done.clone(),
        }
    }

    /// A remark about one file (a resumed upload): a line above the bars,
    /// or a plain line.
    pub fn note(&self, text: &str) {
        match &self.bars {
            Some((multi, _)) => {
                let _ = multi.println(text);
            }
            None => printer::err_line(text),
        }
    }

    /// Bytes that need not travel (parts an earlier run sent): they move
    /// the bar but are not counted as transferred in the summary.
    pub fn skip(&self, n: u64) {
        if let Some((_, total)) = &self.bars {
            total.inc(n);
        }
    }

    /// A file finished; `moved` is false when no bytes had to travel.
    pub fn file_done(&self, path: &str, size: u64, file: FileProgress, moved: bool) {
        let done = self.files_done.fetch_add(1, Ordering::Relaxed) + 1;
        if let Some(b) = file.bar {
            b.finish_and_clear();
        }
        match &self.bars {
            Some((_, total)) => {
                if !moved {
                    total.inc(size);
                }
                total.set_message(format!("{} {done}/{} files", self.verb, self.total_files));
            }
            None => {
                let how = if moved { "" } else { " (already there)" };
                printer::err_line(&format!(
                    "{} {path} ({}){how}",
                    self.past(),
                    human_size(size)
                ));
            }
        }
    }

    /// `uploaded`, `downloaded`.
    fn past(&self) -> String {
        format!("{}ed", self.verb.to_lowercase().trim_end_matches("ing"))
    }

    /// Clears the bars and prints one summary line.
    pub fn finish(&self) {
        if let Some((multi, total)) = &self.bars {
            total.finish_and_clear();
            let _ = multi.clear();
        }
        let secs = self.started.elapsed().as_secs_f64();
        let bytes = self.bytes_done.load(Ordering::Relaxed);
        printer::err_line(&format!(
            "{} {} files, {} transferred in {:.1}s ({}/s)",
            self.past(),
            self.files_done.load(Ordering::Relaxed),
            human_size(bytes),
            secs,
            human_size((bytes as f64 / secs.max(0.001)) as u64)
        ));
    }
}
