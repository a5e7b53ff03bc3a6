//! `tabulate(rows, headers=..., tablefmt="simple")` of tabulate 0.9, as the
//! reference calls it (no other options; `wcwidth` is not installed, so widths
//! are code-point counts).
//!
//! The port follows tabulate's own steps rather than a simplified model, so that
//! its odd corners come out the same: a column is numeric when every non-empty
//! cell parses as a Python number; int columns keep their text (`"007"` stays
//! `007`) but are not stripped (`" 5"` keeps its space), while a single float
//! cell turns the whole column into floats re-printed with `format(x, "g")`
//! (`"1e3"` becomes `1000`, `"007"` becomes `7`) and aligned on the decimal
//! point; cells with line breaks make the table multi-line; ANSI colour codes
//! do not count towards widths.

use crate::pycompat::{format_g, is_int, len, parse_float, rstrip, split_cr_lf, splitlines, strip};

/// tabulate's column types, ordered from least to most generic (`bytes`
/// cannot occur here).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum ColType {
    None,
    Bool,
    Int,
    Float,
    Str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Align {
    /// tabulate's default for numbers: right-aligned on the decimal point.
    Decimal,
    Left,
}

/// Renders a table the way the reference prints it: header line, dash line,
/// one line per row, each ending with `"\n"`.
///
/// An empty string is a missing value (Python `None`). Headers and rows are
/// taken as tabulate takes them: headers shorter than the first row are
/// padded with empty headers on the left, and columns beyond the headers are
/// dropped.
pub fn render_table(headers: &[&str], rows: &[Vec<String>]) -> String {
    let mut headers: Vec<&str> = headers.to_vec();
    if let Some(first) = rows.first() {
        if !headers.is_empty() && headers.len() < first.len() {
            let mut padded = vec![""; first.len() - headers.len()];
            padded.append(&mut headers);
            headers = padded;
        }
    }
    let mut all_text = headers
        .iter()
        .copied()
        .chain(rows.iter().flatten().map(String::as_str));
    let invisible = all_text.clone().any(|s| strip_ansi(s) != s);
    let multiline = all_text.any(|s| s.contains(['\r', '\n']));
    let m = Measure {
        invisible,
        multiline,
    };

    let data_cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    // tabulate transposes rows into columns and back: with no column, no row
    // survives.
    let rows = if data_cols == 0 { &[][..] } else { rows };
    let ncols = if headers.is_empty() {
        data_cols
    } else {
        headers.len().min(data_cols)
    };
    if !rows.is_empty() && !headers.is_empty() {
        headers.truncate(ncols);
    }

    let mut columns = Vec::with_capacity(ncols);
    let mut aligns = Vec::with_capacity(ncols);
    for c in 0..ncols {
        let cells: Vec<Option<&str>> = rows
            .iter()
            .map(|row| row.get(c).map(String::as_str).filter(|s| !s.is_empty()))
            .collect();
        let ty = cells
            .iter()
            .map(|cell| cell.map_or(ColType::None, |s| cell_type(&m.visible(s))))
            .fold(ColType::Bool, Ord::max);
        let align = if matches!(ty, ColType::Int | ColType::Float) {
            Align::Decimal
        } else {
            Align::Left
        };
        let formatted = cells
            .iter()
            .map(|cell| format_cell(*cell, ty, invisible))
            .collect();
        let min_width = headers.get(c).map_or(0, |h| m.width(h) + 2);
        columns.push(align_column(formatted, align, min_width, m));
        aligns.push(align);
    }

    let cells_width = |c: usize| {
        columns
            .get(c)
            .map_or(0, |col| col.iter().map(|s| m.width(s)).max().unwrap_or(0))
    };
    let widths: Vec<usize> = if headers.is_empty() {
        (0..ncols).map(cells_width).collect()
    } else {
        headers
            .iter()
            .enumerate()
            .map(|(c, h)| (m.width(h) + 2).max(cells_width(c)))
            .collect()
    };

    let mut lines = Vec::new();
    if !headers.is_empty() {
        let header_cells: Vec<String> = headers
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(c, (h, &w))| {
                align_header(h, aligns.get(c).copied().unwrap_or(Align::Left), w, m)
            })
            .collect();
        push_row(&mut lines, &header_cells, &widths, multiline);
    }
    // Below the headers; "simple" draws it above the rows (and again below
    // them) only when there are no headers.
    let dashes: Vec<String> = widths.iter().map(|&w| "-".repeat(w)).collect();
    let dash_line = rstrip(&dashes.join("  ")).to_string();
    lines.push(dash_line.clone());
    for r in 0..rows.len() {
        let cells: Vec<String> = columns.iter().map(|col| col[r].clone()).collect();
        push_row(&mut lines, &cells, &widths, multiline);
    }
    if headers.is_empty() {
        if rows.is_empty() {
            return "\n".into(); // tabulate returns "" and print adds the newline
        }
        lines.push(dash_line);
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// How tabulate measures text in this table.
#[derive(Debug, Clone, Copy)]
struct Measure {
    /// Some cell or header contains ANSI escapes: widths ignore them.
    invisible: bool,
    /// Some cell or header contains `\r` or `\n`: widths are per line.
    multiline: bool,
}

impl Measure {
    fn visible<'a>(&self, s: &'a str) -> std::borrow::Cow<'a, str> {
        if self.invisible {
            strip_ansi(s).into()
        } else {
            s.into()
        }
    }

    fn line_width(&self, s: &str) -> usize {
        len(&self.visible(s))
    }

    /// Widths of each line (only one line unless the table is multi-line).
    fn line_widths(&self, s: &str) -> Vec<usize> {
        if self.multiline {
            split_cr_lf(s).map(|l| self.line_width(l)).collect()
        } else {
            vec![self.line_width(s)]
        }
    }

    fn width(&self, s: &str) -> usize {
        self.line_widths(s).into_iter().max().unwrap_or(0)
    }
}

/// tabulate's `_type` of a (colour-stripped) string.
fn cell_type(s: &str) -> ColType {
    if s == "True" || s == "False" {
        ColType::Bool
    } else if is_int(s) {
        ColType::Int
    } else if is_number(s) {
        ColType::Float
    } else {
        ColType::Str
    }
}

/// tabulate's `_isnumber`: `float()` accepts it, and it is not an
/// overflowing literal or a spelling of infinity/NaN other than these three.
fn is_number(s: &str) -> bool {
    match parse_float(s) {
        None => false,
        Some(f) if f.is_finite() => true,
        Some(_) => matches!(s.to_lowercase().as_str(), "inf" | "-inf" | "nan"),
    }
}

/// tabulate's `_format` with the default `intfmt=""`, `floatfmt="g"`: int
/// and text cells are printed unchanged; float columns are re-printed.
fn format_cell(cell: Option<&str>, ty: ColType, invisible: bool) -> String {
    let Some(value) = cell else {
        return String::new();
    };
    if ty != ColType::Float {
        return value.to_string();
    }
    if invisible {
        let raw = strip_ansi(value);
        match parse_float(&raw) {
            Some(f) => value.replace(&raw, &format_g(f)),
            None => value.to_string(),
        }
    } else {
        // tabulate raises on a boolean in a float column; keep the text.
        parse_float(value).map_or_else(|| value.to_string(), format_g)
    }
}

/// tabulate's `_align_column`.
fn align_column(strings: Vec<String>, align: Align, min_width: usize, m: Measure) -> Vec<String> {
    let strings: Vec<String> = match align {
        Align::Decimal => {
            let decimals: Vec<isize> = strings.iter().map(|s| afterpoint(&m.visible(s))).collect();
            let max = decimals.iter().copied().max().unwrap_or(-1);
            strings
                .into_iter()
                .zip(decimals)
                .map(|(s, d)| s + &" ".repeat((max - d).unsigned_abs()))
                .collect()
        }
        Align::Left => strings.iter().map(|s| strip(s).to_string()).collect(),
    };
    let widths: Vec<Vec<usize>> = strings.iter().map(|s| m.line_widths(s)).collect();
    let max_width = widths
        .iter()
        .flatten()
        .copied()
        .max()
        .unwrap_or(0)
        .max(min_width);
    strings
        .iter()
        .zip(&widths)
        .map(|(s, w)| {
            if !m.multiline {
                let extra = len(s) - w[0];
                return pad(align, max_width + extra, s);
            }
            // Widths are measured on "\r"/"\n" pieces but the cell is cut
            // with splitlines(); tabulate pairs them up positionally.
            let lines = splitlines(s);
            if m.invisible {
                let lens = split_cr_lf(s).map(len);
                lines
                    .iter()
                    .zip(w.iter().zip(lens))
                    .map(|(l, (&vis, full))| pad(align, max_width + (full - vis), l))
                    .collect::<Vec<_>>()
                    .join("\n")
            } else {
                lines
                    .iter()
                    .map(|l| pad(align, max_width, l))
                    .collect::<Vec<_>>()
                    .join("\n")
            }
        })
        .collect()
}

/// tabulate's `_align_header`.
fn align_header(header: &str, align: Align, width: usize, m: Measure) -> String {
    let one = |h: &str| pad(align, width + (len(h) - m.line_width(h)), h);
    if m.multiline {
        split_cr_lf(header).map(one).collect::<Vec<_>>().join("\n")
    } else {
        one(header)
    }
}

/// Python's `"{:>w}"` / `"{:<w}"`: pad with spaces, never truncate.
fn pad(align: Align, width: usize, s: &str) -> String {
    let fill = " ".repeat(width.saturating_sub(len(s)));
    match align {
        Align::Decimal => fill + s,
        Align::Left => s.to_string() + &fill,
    }
}

/// Appends one row (header or data): cells joined by two spaces, trailing
/// whitespace removed. In a multi-line table a row spans as many lines as
/// its tallest cell, shorter cells padded below with blanks (and a row of
/// empty cells takes no line at all).
fn push_row(lines: &mut Vec<String>, cells: &[String], widths: &[usize], multiline: bool) {
    if !multiline {
        lines.push(rstrip(&cells.join("  ")).to_string());
        return;
    }
    let split: Vec<Vec<&str>> = cells.iter().map(|c| splitlines(c)).collect();
    let height = split.iter().map(Vec::len).max().unwrap_or(0);
    let blanks: Vec<String> = widths.iter().map(|&w| " ".repeat(w)).collect();
    for i in 0..height {
        let parts: Vec<&str> = split
            .iter()
            .zip(&blanks)
            .map(|(cell, blank)| cell.get(i).copied().unwrap_or(blank.as_str()))
            .collect();
        lines.push(rstrip(&parts.join("  ")).to_string());
    }
}

/// tabulate's `_afterpoint`: digits after the decimal point (or after the
/// exponent marker when there is no point), -1 for integers and non-numbers.
fn afterpoint(s: &str) -> isize {
    if !(is_number(s) || is_number_with_thousands_separator(s)) || is_int(s) {
        return -1;
    }
    let chars: Vec<char> = s.chars().collect();
    let pos = chars
        .iter()
        .rposition(|&c| c == '.')
        .or_else(|| chars.iter().rposition(|c| c.eq_ignore_ascii_case(&'e')));
    match pos {
        Some(p) => (chars.len() - p - 1) as isize,
        None => -1,
    }
}

/// tabulate's regex
/// `^(([+-]?[0-9]{1,3})(?:,([0-9]{3}))*)?(?(1)\.[0-9]*|\.[0-9]+)?$`.
fn is_number_with_thousands_separator(s: &str) -> bool {
    let s = s.strip_suffix('\n').unwrap_or(s); // `$` also matches before a final newline
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    if s.is_empty() {
        return true;
    }
    if let Some(frac) = s.strip_prefix('.') {
        if !frac.is_empty() && all_digits(frac) {
            return true;
        }
    }
    let body = s.strip_prefix(['+', '-']).unwrap_or(s);
    let (head, frac) = match body.split_once('.') {
        Some((h, f)) => (h, Some(f)),
        None => (body, None),
    };
    let mut groups = head.split(',');
    let first_ok = groups
        .next()
        .is_some_and(|g| (1..=3).contains(&g.len()) && all_digits(g));
    first_ok && groups.all(|g| g.len() == 3 && all_digits(g)) && frac.is_none_or(all_digits)
}

/// tabulate's `_strip_ansi`: removes CSI sequences (colours) and replaces OSC 8
/// hyperlinks by their text.
fn strip_ansi(s: &str) -> String {
    if !s.contains('\x1b') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('\x1b') {
        out.push_str(&rest[..i]);
        let at = &rest[i..];
        if let Some(n) = match_csi(at) {
            rest = &at[n..];
        } else if let Some((n, text)) = match_osc8(at) {
            out.push_str(text);
            rest = &at[n..];
        } else {
            out.push('\x1b');
            rest = &at[1..];
        }
    }
    out.push_str(rest);
    out
}

/// `ESC [ [\x30-\x3f]* [\x20-\x2f]* [\x40-\x7e]`; returns the match length.
fn match_csi(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let mut i = 2;
    if !s.starts_with("\x1b[") {
        return None;
    }
    while i < b.len() && (0x30..=0x3f).contains(&b[i]) {
        i += 1;
    }
    while i < b.len() && (0x20..=0x2f).contains(&b[i]) {
        i += 1;
    }
    (i < b.len() && (0x40..=0x7e).contains(&b[i])).then_some(i + 1)
}

/// `ESC ]8; (\w+=\w+:?)* ; URI ESC \ TEXT ESC ]8;; ESC \`; returns the match
/// length and TEXT.
fn match_osc8(s: &str) -> Option<(usize, &str)> {
    let word_len = |t: &str| {
        t.find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(t.len())
    };
    let mut rest = s.strip_prefix("\x1b]8;")?;
    loop {
        let k = word_len(rest);
        if k == 0 || !rest[k..].starts_with('=') {
            break;
        }
        let v = word_len(&rest[k + 1..]);
        if v == 0 {
            break;
        }
        rest = &rest[k + 1 + v..];
        rest = rest.strip_prefix(':').unwrap_or(rest);
    }
    let rest = rest.strip_prefix(';')?;
    let uri_len = rest.find('\x1b').filter(|&n| n > 0)?;
    let rest = rest[uri_len..].strip_prefix("\x1b\\")?;
    let text_len = rest.find('\x1b').filter(|&n| n > 0)?;
    let (text, rest) = rest.split_at(text_len);
    let rest = rest.strip_prefix("\x1b]8;;\x1b\\")?;
    Some((s.len() - rest.len(), text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(headers: &[&str], rows: &[&[&str]]) -> String {
        let rows: Vec<Vec<String>> = rows
            .iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect();
        render_table(headers, &rows)
    }

    /// The sample block of a spec section, one `\n`-terminated line each.
    fn lines(ls: &[&str]) -> String {
        ls.iter().map(|l| format!("{l}\n")).collect()
    }

    // --- samples from the reference's public docs (fixtures) ---

    #[test]
    fn docs_app_list() {
        let got = table(
            &["NAME", "NAMESPACE", "STATUS", "WORKERS", "CREATED_AT"],
            &[&[
                "get-start",
                "default",
                "DEPLOYED",
                "3/3",
                "2024-06-18T04:21:37+0000",
            ]],
        );
        assert_eq!(
            got,
            lines(&[
                "NAME       NAMESPACE    STATUS    WORKERS    CREATED_AT",
                "---------  -----------  --------  ---------  ------------------------",
                "get-start  default      DEPLOYED  3/3        2024-06-18T04:21:37+0000",
            ])
        );
    }

    #[test]
    fn docs_worker_list() {
        let got = table(
            &["ID", "STATUS", "DETAIL_STATUS", "CREATED_AT", "DELETED_AT"],
            &[
                &[
                    "4gexdRcjZyAwPGNeNFNHpr",
                    "RUNNING",
                    "FREE",
                    "2024-06-25T12:19:05+0000",
                    "",
                ],
                &[
                    "mHFmmq7fJWWtERAyFDLrcA",
                    "RUNNING",
                    "FREE",
                    "2024-06-25T12:19:05+0000",
                    "",
                ],
            ],
        );
        assert_eq!(
            got,
            lines(&[
                "ID                      STATUS    DETAIL_STATUS    CREATED_AT                DELETED_AT",
                "----------------------  --------  ---------------  ------------------------  ------------",
                "4gexdRcjZyAwPGNeNFNHpr  RUNNING   FREE             2024-06-25T12:19:05+0000",
                "mHFmmq7fJWWtERAyFDLrcA  RUNNING   FREE             2024-06-25T12:19:05+0000",
            ])
        );
    }

    #[test]
    fn docs_worker_list_empty() {
        let got = table(
            &["ID", "STATUS", "DETAIL_STATUS", "CREATED_AT", "DELETED_AT"],
            &[],
        );
        assert_eq!(
            got,
            lines(&[
                "ID    STATUS    DETAIL_STATUS    CREATED_AT    DELETED_AT",
                "----  --------  ---------------  ------------  ------------",
            ])
        );
    }

    #[test]
    fn docs_app_queue() {
        let got = table(
            &["QUEUE_INDEX", "CREATE_AT", "QUEUE_REASON"],
            &[
                &["0", "2024-07-03T22:24:07+0000", "WorkerBusy"],
                &["1", "2024-07-03T22:24:07+0000", "WorkerBusy"],
            ],
        );
        assert_eq!(
            got,
            lines(&[
                "  QUEUE_INDEX  CREATE_AT                 QUEUE_REASON",
                "-------------  ------------------------  --------------",
                "            0  2024-07-03T22:24:07+0000  WorkerBusy",
                "            1  2024-07-03T22:24:07+0000  WorkerBusy",
            ])
        );
    }

    #[test]
    fn empty_queue_is_left_aligned() {
        let got = table(&["QUEUE_INDEX", "CREATE_AT", "QUEUE_REASON"], &[]);
        assert_eq!(
            got,
            lines(&[
                "QUEUE_INDEX    CREATE_AT    QUEUE_REASON",
                "-------------  -----------  --------------"
            ])
        );
    }

    #[test]
    fn docs_app_events() {
        let node = "node/5a684c93-84c0-4078-821c-a4aeccb61407";
        let m1 = format!("Successfully assigned worker/oFHDnZHrDMo5WHnQkhcegx to {node}");
        let m2 = format!("Successfully assigned worker/jQd38Z5HwRLv24x459CSBG to {node}");
        let got = table(
            &["TYPE", "FROM", "CREATED_AT", "MESSAGE"],
            &[
                &[
                    "NORMAL",
                    "AppSever",
                    "2024-06-25T12:27:05+0000",
                    "Worker/oFHDnZHrDMo5WHnQkhcegx is ready now",
                ],
                &[
                    "NORMAL",
                    "AppSever",
                    "2024-06-25T12:27:05+0000",
                    "Worker/jQd38Z5HwRLv24x459CSBG is ready now",
                ],
                &["NORMAL", "Scheduler", "2024-06-25T12:26:59+0000", &m1],
                &["NORMAL", "Scheduler", "2024-06-25T12:26:59+0000", &m2],
            ],
        );
        let dashes = "-".repeat(96);
        let want = lines(&[
            "TYPE    FROM       CREATED_AT                MESSAGE",
            &format!("------  ---------  ------------------------  {dashes}"),
            "NORMAL  AppSever   2024-06-25T12:27:05+0000  Worker/oFHDnZHrDMo5WHnQkhcegx is ready now",
            "NORMAL  AppSever   2024-06-25T12:27:05+0000  Worker/jQd38Z5HwRLv24x459CSBG is ready now",
            &format!("NORMAL  Scheduler  2024-06-25T12:26:59+0000  {m1}"),
            &format!("NORMAL  Scheduler  2024-06-25T12:26:59+0000  {m2}"),
        ]);
        assert_eq!(got, want);
    }

    #[test]
    fn docs_secret_list() {
        let got = table(
            &["NAME", "ITEMS"],
            &[&["quay-secret", "2"], &["your-quay-io-secret-name", "2"]],
        );
        assert_eq!(
            got,
            lines(&[
                "NAME                        ITEMS",
                "------------------------  -------",
                "quay-secret                     2",
                "your-quay-io-secret-name        2",
            ])
        );
    }

    #[test]
    fn docs_namespace_list() {
        let got = table(
            &["NAME", "CREATED_AT"],
            &[
                &["default", "2024-04-18T16:00:00+0000"],
                &["pre", "2024-06-25T12:52:56+0000"],
            ],
        );
        assert_eq!(
            got,
            lines(&[
                "NAME     CREATED_AT",
                "-------  ------------------------",
                "default  2024-04-18T16:00:00+0000",
                "pre      2024-06-25T12:52:56+0000",
            ])
        );
    }

    #[test]
    fn docs_worker_rollout() {
        let got = table(
            &["ID", "STATUS", "DETAIL_STATUS", "CREATED_AT", "DELETED_AT"],
            &[
                &[
                    "kEEBkaoEaZrxPgzab2ChjQ",
                    "TERMINATED",
                    "",
                    "2024-07-05T08:41:49+0000",
                    "2024-07-05T13:12:23+0000",
                ],
                &[
                    "mNTAJoqyMRHDyDoLTCSjPn",
                    "RUNNING",
                    "FREE",
                    "2024-07-05T13:11:59+0000",
                    "",
                ],
            ],
        );
        assert_eq!(
            got,
            lines(&[
                "ID                      STATUS      DETAIL_STATUS    CREATED_AT                DELETED_AT",
                "----------------------  ----------  ---------------  ------------------------  ------------------------",
                "kEEBkaoEaZrxPgzab2ChjQ  TERMINATED                   2024-07-05T08:41:49+0000  2024-07-05T13:12:23+0000",
                "mNTAJoqyMRHDyDoLTCSjPn  RUNNING     FREE             2024-07-05T13:11:59+0000",
            ])
        );
    }

    // --- samples measured with the reference (docs/output.md) ---

    #[test]
    fn spec_worked_example() {
        let got = table(
            &["NAME", "NAMESPACE", "STATUS", "WORKERS", "CREATED_AT"],
            &[
                &[
                    "get-start",
                    "default",
                    "DEPLOYED",
                    "3/3",
                    "2024-06-18T04:21:37+0000",
                ],
                &[
                    "test-start-14",
                    "default",
                    "PAUSED",
                    "0/0",
                    "2024-06-18T08:49:30+0000",
                ],
            ],
        );
        assert_eq!(
            got,
            lines(&[
                "NAME           NAMESPACE    STATUS    WORKERS    CREATED_AT",
                "-------------  -----------  --------  ---------  ------------------------",
                "get-start      default      DEPLOYED  3/3        2024-06-18T04:21:37+0000",
                "test-start-14  default      PAUSED    0/0        2024-06-18T08:49:30+0000",
            ])
        );
    }

    #[test]
    fn spec_worker_list_wide() {
        let got = table(
            &[
                "ID",
                "STATUS",
                "DETAIL_STATUS",
                "CREATED_AT",
                "DELETED_AT",
                "DEVICE",
                "LAST_SERVE_AT",
                "SUCCESS_COUNT",
                "FAILED_COUNT",
            ],
            &[
                &[
                    "4gexdRcjZyAwPGNeNFNHpr",
                    "RUNNING",
                    "FREE",
                    "2024-06-25T12:19:05+0000",
                    "",
                    "dev-1",
                    "2024-06-25T13:00:00+0000",
                    "10",
                    "1",
                ],
                &[
                    "mHFmmq7fJWWtERAyFDLrcA",
                    "TERMINATED",
                    "UNSPECIFIED",
                    "2024-06-25T12:19:05+0000",
                    "2024-06-25T14:19:05+0000",
                    "dev-2",
                    "",
                    "",
                    "",
                ],
            ],
        );
        assert_eq!(
            got,
            lines(&[
                "ID                      STATUS      DETAIL_STATUS    CREATED_AT                DELETED_AT                DEVICE    LAST_SERVE_AT               SUCCESS_COUNT    FAILED_COUNT",
                "----------------------  ----------  ---------------  ------------------------  ------------------------  --------  ------------------------  ---------------  --------------",
                "4gexdRcjZyAwPGNeNFNHpr  RUNNING     FREE             2024-06-25T12:19:05+0000                            dev-1     2024-06-25T13:00:00+0000               10               1",
                "mHFmmq7fJWWtERAyFDLrcA  TERMINATED  UNSPECIFIED      2024-06-25T12:19:05+0000  2024-06-25T14:19:05+0000  dev-2",
            ])
        );
    }

    #[test]
    fn spec_volume_and_configmap_lists() {
        let got = table(
            &["NAME", "REVISION", "CREATED_AT", "FILES", "SIZE", "STATUS"],
            &[
                &[
                    "get-start-volume",
                    "000008-5d6",
                    "2024-05-28T12:46:09+0000",
                    "1",
                    "42 B",
                    "Private",
                ],
                &[
                    "big-volume",
                    "000003-490",
                    "2024-06-24T02:04:19+0000",
                    "37",
                    "1.5 GiB",
                    "Public",
                ],
            ],
        );
        assert_eq!(
            got,
            lines(&[
                "NAME              REVISION    CREATED_AT                  FILES  SIZE     STATUS",
                "----------------  ----------  ------------------------  -------  -------  --------",
                "get-start-volume  000008-5d6  2024-05-28T12:46:09+0000        1  42 B     Private",
                "big-volume        000003-490  2024-06-24T02:04:19+0000       37  1.5 GiB  Public",
            ])
        );
        let got = table(
            &["NAME", "ITEMS", "LABELS"],
            &[
                &["get-start-configmap", "5", ""],
                &["labeled", "1", "{'l': 'v'}"],
            ],
        );
        assert_eq!(
            got,
            lines(&[
                "NAME                   ITEMS  LABELS",
                "-------------------  -------  ----------",
                "get-start-configmap        5",
                "labeled                    1  {'l': 'v'}",
            ])
        );
    }

    // --- numeric detection and tabulate corner cases (checked against tabulate 0.9) ---

    #[test]
    fn all_digit_names_are_right_aligned_until_mixed() {
        assert_eq!(
            table(&["NAME"], &[&["123"], &["45"]]),
            lines(&["  NAME", "------", "   123", "    45"])
        );
        assert_eq!(
            table(&["NAME"], &[&["123"], &["x"]]),
            lines(&["NAME", "------", "123", "x"])
        );
    }

    #[test]
    fn int_columns_keep_their_text() {
        assert_eq!(
            table(&["A"], &[&["007"], &["12"]]),
            lines(&["  A", "---", "007", " 12"])
        );
        assert_eq!(
            table(&["A"], &[&["1_000"], &["12"]]),
            lines(&["    A", "-----", "1_000", "   12"])
        );
        // Numbers are not stripped: the leading space stays, the trailing one is trimmed.
        assert_eq!(
            table(&["A"], &[&[" 5 "], &["12"]]),
            lines(&["  A", "---", " 5", " 12"])
        );
        assert_eq!(
            table(&["A", "B"], &[&[" 5 ", "x"]]),
            lines(&["  A  B", "---  ---", " 5   x"])
        );
    }

    #[test]
    fn float_columns_are_reformatted_and_decimal_aligned() {
        assert_eq!(
            table(&["A"], &[&["007"], &["1e3"]]),
            lines(&["   A", "----", "   7", "1000"])
        );
        assert_eq!(
            table(&["A", "B"], &[&["1.5", "x"], &["", "y"], &["2", "z"]]),
            lines(&["  A  B", "---  ---", "1.5  x", "     y", "2    z",])
        );
        assert_eq!(
            table(&["A"], &[&["1e-7"], &["123456789"]]),
            lines(&["          A", "-----------", "1e-07", "1.23457e+08",])
        );
        // Aligned on the point: "-0.5" and "nan" get trailing padding, trimmed at line end.
        assert_eq!(
            table(&["V"], &[&["3.14159265"], &["-0.5"], &["nan"]]),
            lines(&["        V", "---------", "  3.14159", " -0.5", "nan",])
        );
    }

    #[test]
    fn numeric_spellings() {
        assert_eq!(
            table(&["A"], &[&["inf"], &["5"]]),
            lines(&["  A", "---", "inf", "  5"])
        );
        // Other spellings of infinity, and overflowing literals, are text.
        assert_eq!(
            table(&["A"], &[&["Infinity"], &["5"]]),
            lines(&["A", "--------", "Infinity", "5"])
        );
        assert_eq!(
            table(&["A"], &[&["1e999"], &["5"]]),
            lines(&["A", "-----", "1e999", "5"])
        );
        // Booleans are their own type, but an int makes the column int.
        assert_eq!(
            table(&["A"], &[&["True"], &["False"]]),
            lines(&["A", "-----", "True", "False"])
        );
        assert_eq!(
            table(&["A"], &[&["True"], &["5"]]),
            lines(&["   A", "----", "True", "   5"])
        );
        assert_eq!(
            table(&["A"], &[&["1,000"], &["5"]]),
            lines(&["A", "-----", "1,000", "5"])
        );
    }

    #[test]
    fn text_cells_are_stripped_and_lines_trimmed() {
        assert_eq!(
            table(&["A", "B"], &[&["  x  ", ""], &["", ""]]),
            lines(&["A    B", "---  ---", "x", ""])
        );
        assert_eq!(
            table(&["A"], &[&["\u{3000}x\x1f"]]),
            lines(&["A", "---", "x"])
        );
    }

    #[test]
    fn code_point_widths() {
        assert_eq!(
            table(&["N", "X"], &[&["日本語", "1"]]),
            lines(&["N      X", "---  ---", "日本語    1"])
        );
    }

    #[test]
    fn multiline_cells() {
        assert_eq!(
            table(&["H\r\nX"], &[&["a\nbb"], &["c"]]),
            lines(&["H", "", "X", "---", "a", "bb", "c"])
        );
        assert_eq!(
            table(
                &["A", "B"],
                &[&["one\ntwo", "x"], &["", ""], &["3", "y\r\nz"]]
            ),
            lines(&["A    B", "---  ---", "one  x", "two", "3    y", "     z",])
        );
    }

    #[test]
    fn ansi_codes_do_not_count() {
        assert_eq!(
            table(&["A", "B"], &[&["\x1b[31mred\x1b[0m", "1"], &["x", "22"]]),
            lines(&[
                "A      B",
                "---  ---",
                "\x1b[31mred\x1b[0m    1",
                "x     22"
            ])
        );
        assert_eq!(
            strip_ansi("\x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\!"),
            "link!"
        );
        assert_eq!(strip_ansi("\x1b[1;31mA\x1b[0m\x1bZ"), "A\x1bZ");
    }

    #[test]
    fn ragged_rows_follow_tabulate() {
        // Fewer headers than columns: headers padded on the left.
        assert_eq!(
            table(&["B"], &[&["x", "y"]]),
            lines(&["    B", "--  ---", "x   y"])
        );
        // More headers than columns: extra headers dropped.
        assert_eq!(table(&["A", "B"], &[&["x"]]), lines(&["A", "---", "x"]));
        // Short later rows are padded with missing values.
        assert_eq!(
            table(&["A", "B"], &[&["x", "1"], &["y"]]),
            lines(&["A      B", "---  ---", "x      1", "y"])
        );
    }

    #[test]
    fn headerless_tables() {
        assert_eq!(table(&[], &[]), "\n");
        assert_eq!(table(&[], &[&["a", "1"]]), lines(&["-  -", "a  1", "-  -"]));
    }

    #[test]
    fn thousands_regex() {
        for s in [
            "",
            "1",
            "1.",
            ".1",
            "1,000",
            "1,000.1234",
            "+1,000.1234",
            "-1,000.1234",
            "12\n",
        ] {
            assert!(is_number_with_thousands_separator(s), "{s:?}");
        }
        for s in [".", "1000", "1,0000", "+.5", "1,00", "a"] {
            assert!(!is_number_with_thousands_separator(s), "{s:?}");
        }
    }
}
