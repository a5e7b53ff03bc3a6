//! `-w/--watch` of `worker list` and `app queue`, and the rendering shared
//! with the one-shot commands.
//!
//! Watching polls every 500 ms and shows the output again only when it
//! changed. On a terminal the screen is cleared and the output redrawn in
//! place; otherwise (a pipe, a file) each new version is appended, separated
//! from the previous one by a blank line. It runs until Ctrl-C, which ends
//! the program like any other command (`interrupted` is not printed; exit
//! status 130, the CLI's code for an interrupted command). A failing request
//! ends the watch with that error.

use super::{printer, views};
use crate::error::Result;
use crate::output::{render_table, to_json, to_yaml, OutputFormat};
use serde_json::Value;
use std::future::Future;
use std::io::IsTerminal;
use std::time::Duration;

/// How often a watch polls the platform.
pub const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// Clear the screen and move the cursor home.
const CLEAR_SCREEN: &str = "\x1b[H\x1b[2J";

/// The text `print_objects` would print: `single` = a `get` (json object,
/// yaml in document order), otherwise a list (json array, yaml with sorted
/// keys, `[]` when empty).
pub fn render_objects(
    format: OutputFormat,
    single: bool,
    table: impl FnOnce(bool) -> views::Table,
    docs: impl FnOnce() -> Vec<Value>,
) -> String {
    match format {
        OutputFormat::Json | OutputFormat::Yaml => {
            let mut docs = docs();
            let value = if single && docs.len() == 1 {
                docs.remove(0)
            } else {
                Value::Array(docs)
            };
            if format == OutputFormat::Json {
                to_json(&value)
            } else {
                to_yaml(&value, !single)
            }
        }
        OutputFormat::Table | OutputFormat::Wide => {
            let t = table(format == OutputFormat::Wide);
            render_table(&t.headers, &t.rows)
        }
    }
}

/// What to write for a new version of the output.
pub fn frame(text: &str, previous_shown: bool, terminal: bool) -> String {
    if terminal {
        format!("{CLEAR_SCREEN}{text}")
    } else if previous_shown {
        format!("\n{text}")
    } else {
        text.to_string()
    }
}

/// Renders with `render` every [`POLL_INTERVAL`] and writes the output when
/// it differs from the last one written. Returns only on error.
pub async fn run<F, Fut>(mut render: F) -> Result<()>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<String>>,
{
    let terminal = std::io::stdout().is_terminal();
    let mut last: Option<String> = None;
    loop {
        let text = render().await?;
        if last.as_deref() != Some(text.as_str()) {
            printer::out(&frame(&text, last.is_some(), terminal));
            last = Some(text);
        }
        tokio::time::sleep(POLL_INTERVAL).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cell::RefCell;

    #[test]
    fn frames_redraw_on_a_terminal_and_append_otherwise() {
        assert_eq!(frame("a\n", false, false), "a\n");
        assert_eq!(frame("b\n", true, false), "\nb\n");
        assert_eq!(frame("a\n", false, true), "\x1b[H\x1b[2Ja\n");
        assert_eq!(frame("b\n", true, true), "\x1b[H\x1b[2Jb\n");
    }

    #[test]
    fn empty_lists_render_as_empty_documents() {
        let table = |_| views::Table {
            headers: vec!["A"],
            rows: vec![],
        };
        assert_eq!(
            render_objects(OutputFormat::Json, false, table, Vec::new).trim(),
            "[]"
        );
        assert_eq!(
            render_objects(OutputFormat::Yaml, false, table, Vec::new).trim(),
            "[]"
        );
    }

    #[tokio::test]
    async fn run_stops_on_the_first_error_after_polling() {
        let calls = RefCell::new(0);
        let result = run(|| {
            *calls.borrow_mut() += 1;
            let n = *calls.borrow();
            async move {
                if n < 3 {
                    Ok("same\n".to_string())
                } else {
                    Err(crate::error::Error::failed("gone"))
                }
            }
        })
        .await;
        assert_eq!(*calls.borrow(), 3);
        assert_eq!(result.expect_err("error").to_string(), "gone");
    }
}
