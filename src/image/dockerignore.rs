//! `.dockerignore` patterns, with the rules of the docker CLI (see
//! docs/images.md, "What the build context holds"):
//!
//! - one pattern per line; lines starting with `#` are comments; blank
//!   lines are skipped; surrounding blanks are trimmed;
//! - a leading `!` makes the line an exception (re-include);
//! - each pattern is cleaned like Go's `filepath.Clean` (so `./a//b/` is
//!   `a/b`), then a leading `/` is dropped: patterns are relative to the
//!   context root;
//! - `*` matches any run of non-`/` characters, `?` one non-`/` character,
//!   `[...]` a character class (`[^...]`/`[!...]` negated, ranges), `\`
//!   escapes the next character, `**` any number of directories (`**/`
//!   included, so `**/x` also matches `x`), a trailing `**` everything;
//! - a pattern matching a directory matches everything below it;
//! - the last matching line wins.

/// One parsed line.
#[derive(Debug, Clone, PartialEq)]
struct Pattern {
    exclusion: bool,
    tokens: Vec<Token>,
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Char(char),
    /// `*`: any run of characters other than `/`.
    Star,
    /// `?`: one character other than `/`.
    AnyOne,
    /// `[...]`: ranges of characters; `negated` for `[^...]` / `[!...]`.
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
    /// `**` or `**/` inside a pattern: zero or more whole directories.
    AnyDirs,
    /// `**` at the end of a pattern: anything at all.
    AnyRest,
}

/// A bad line in `.dockerignore`.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
#[error(".dockerignore line {line}: {problem}")]
pub struct PatternError {
    pub line: usize,
    pub problem: PatternProblem,
}

/// What is wrong with a `.dockerignore` pattern.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PatternProblem {
    #[error("`!` without a pattern")]
    EmptyExclusion,
    #[error("{0:?} ends with a lone `\\`")]
    LoneBackslash(String),
    #[error("{0:?} has an unclosed `[`")]
    UnclosedClass(String),
}

/// The patterns of a `.dockerignore`, in file order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matcher {
    patterns: Vec<Pattern>,
}

impl Matcher {
    /// Parses the text of a `.dockerignore`.
    pub fn parse(text: &str) -> Result<Matcher, PatternError> {
        let mut patterns = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            if raw.starts_with('#') {
                continue;
            }
            let mut line = raw.trim();
            if line.is_empty() {
                continue;
            }
            let exclusion = line.starts_with('!');
            if exclusion {
                line = line[1..].trim();
                if line.is_empty() {
                    return Err(PatternError {
                        line: i + 1,
                        problem: PatternProblem::EmptyExclusion,
                    });
                }
            }
            let cleaned = clean(line);
            let cleaned = cleaned
                .strip_prefix('/')
                .filter(|rest| !rest.is_empty())
                .unwrap_or(&cleaned);
            let tokens = tokenize(cleaned).map_err(|problem| PatternError {
                line: i + 1,
                problem,
            })?;
            patterns.push(Pattern { exclusion, tokens });
        }
        Ok(Matcher { patterns })
    }

    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }

    /// Whether any line is an exception (`!pattern`): then an excluded
    /// directory must still be walked, since something below it may be
    /// re-included.
    pub fn has_exceptions(&self) -> bool {
        self.patterns.iter().any(|p| p.exclusion)
    }

    /// Whether `path` (relative to the context, `/`-separated) is left out
    /// of the context. A pattern matches a path or any of its parents.
    pub fn excludes(&self, path: &str) -> bool {
        let path = path.trim_start_matches("./");
        let parents: Vec<&str> = path.match_indices('/').map(|(i, _)| &path[..i]).collect();
        let mut excluded = false;
        for pattern in &self.patterns {
            // An exclusion can only flip an excluded path back, and a plain
            // pattern only an included one.
            if pattern.exclusion != excluded {
                continue;
            }
            let hit = matches(&pattern.tokens, path)
                || parents.iter().any(|p| matches(&pattern.tokens, p));
            if hit {
                excluded = !pattern.exclusion;
            }
        }
        excluded
    }
}

/// Go's `filepath.Clean` for `/`-separated paths.
fn clean(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

fn tokenize(pattern: &str) -> Result<Vec<Token>, PatternProblem> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '*' if chars.get(i + 1) == Some(&'*') => {
                i += 2;
                if chars.get(i) == Some(&'/') {
                    i += 1;
                }
                tokens.push(if i >= chars.len() {
                    Token::AnyRest
                } else {
                    Token::AnyDirs
                });
                continue;
            }
            '*' => tokens.push(Token::Star),
            '?' => tokens.push(Token::AnyOne),
            '\\' => {
                i += 1;
                let c = chars
                    .get(i)
                    .ok_or_else(|| PatternProblem::LoneBackslash(pattern.to_string()))?;
                tokens.push(Token::Char(*c));
            }
            '[' => {
                let (token, next) = class(&chars, i)
                    .ok_or_else(|| PatternProblem::UnclosedClass(pattern.to_string()))?;
                tokens.push(token);
                i = next;
                continue;
            }
            c => tokens.push(Token::Char(c)),
        }
        i += 1;
    }
    Ok(tokens)
}

/// Parses `[...]` starting at `start`; returns the token and the index after `]`.
fn class(chars: &[char], start: usize) -> Option<(Token, usize)> {
    let mut i = start + 1;
    let negated = matches!(chars.get(i), Some('^') | Some('!'));
    if negated {
        i += 1;
    }
    let mut ranges = Vec::new();
    let mut first = true;
    loop {
        let mut c = *chars.get(i)?;
        if c == ']' && !first {
            return Some((Token::Class { negated, ranges }, i + 1));
        }
        first = false;
        if c == '\\' {
            i += 1;
            c = *chars.get(i)?;
        }
        let mut hi = c;
        if chars.get(i + 1) == Some(&'-') && chars.get(i + 2).is_some_and(|n| *n != ']') {
            i += 2;
            hi = *chars.get(i)?;
            if hi == '\\' {
                i += 1;
                hi = *chars.get(i)?;
            }
        }
        ranges.push((c, hi));
        i += 1;
    }
}

/// Whether the whole of `path` matches `tokens` (backtracking; patterns
/// and paths are short).
fn matches(tokens: &[Token], path: &str) -> bool {
    let chars: Vec<char> = path.chars().collect();
    match_from(tokens, &chars)
}

fn match_from(tokens: &[Token], s: &[char]) -> bool {
    let Some((token, rest)) = tokens.split_first() else {
        return s.is_empty();
    };
    match token {
        Token::Char(c) => s.first() == Some(c) && match_from(rest, &s[1..]),
        Token::AnyOne => s.first().is_some_and(|c| *c != '/') && match_from(rest, &s[1..]),
        Token::Class { negated, ranges } => {
            s.first().is_some_and(|c| {
                let inside = ranges.iter().any(|(lo, hi)| lo <= c && c <= hi);
                *c != '/' && inside != *negated
            }) && match_from(rest, &s[1..])
        }
        Token::Star => {
            let mut i = 0;
            loop {
                if match_from(rest, &s[i..]) {
                    return true;
                }
                if i >= s.len() || s[i] == '/' {
                    return false;
                }
                i += 1;
            }
        }
        Token::AnyRest => true,
        // `(.*/)?`: nothing, or anything ending just after a `/`.
        Token::AnyDirs => {
            match_from(rest, s)
                || (0..s.len())
                    .filter(|i| s[*i] == '/')
                    .any(|i| match_from(rest, &s[i + 1..]))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(text: &str) -> Matcher {
        Matcher::parse(text).expect("valid patterns")
    }

    #[test]
    fn comments_blanks_and_cleaning() {
        let ig = m("# a comment\n\n  ./build//out/  \n/secret.txt\n");
        assert!(ig.excludes("build/out"));
        assert!(
            ig.excludes("build/out/x.o"),
            "a directory covers its contents"
        );
        assert!(ig.excludes("secret.txt"), "leading / is the context root");
        assert!(!ig.excludes("build"));
        assert!(
            !ig.excludes("a/secret.txt"),
            "a plain name is anchored at the root"
        );
        assert!(!m("# x.txt").excludes("# x.txt"));
    }

    #[test]
    fn star_and_question_stay_within_one_segment() {
        let ig = m("*.log\ndocs/?.md\n");
        assert!(ig.excludes("a.log"));
        assert!(!ig.excludes("sub/a.log"), "* does not cross /");
        assert!(ig.excludes("docs/a.md"));
        assert!(!ig.excludes("docs/ab.md"));
        assert!(m("*/*.tmp").excludes("x/y.tmp"));
        assert!(!m("*/*.tmp").excludes("y.tmp"));
    }

    #[test]
    fn double_star_spans_directories() {
        let ig = m("**/*.pyc\n");
        assert!(ig.excludes("a.pyc"), "**/ also matches zero directories");
        assert!(ig.excludes("a/b/c.pyc"));
        assert!(!ig.excludes("a/b/c.py"));
        let ig = m("data/**\n");
        assert!(ig.excludes("data/x"));
        assert!(ig.excludes("data/x/y/z"));
        assert!(m("a/**/z").excludes("a/z"));
        assert!(m("a/**/z").excludes("a/b/c/z"));
        assert!(!m("a/**/z").excludes("b/z"));
        assert!(m("**").excludes("anything/at/all"));
    }

    #[test]
    fn exceptions_and_last_match_wins() {
        let ig = m("*.md\n!README.md\n");
        assert!(ig.excludes("CHANGES.md"));
        assert!(!ig.excludes("README.md"));
        let ig = m("!README.md\n*.md\n");
        assert!(ig.excludes("README.md"), "the later plain line wins");
        let ig = m("docs\n!docs/keep.txt\n");
        assert!(ig.excludes("docs/other.txt"));
        assert!(!ig.excludes("docs/keep.txt"));
        assert!(ig.has_exceptions());
        assert!(!m("a\n").has_exceptions());
    }

    #[test]
    fn classes_and_escapes() {
        let ig = m("file[0-9].txt\nx[!a].y\nlit\\*.txt\n");
        assert!(ig.excludes("file3.txt"));
        assert!(!ig.excludes("filea.txt"));
        assert!(ig.excludes("xb.y"));
        assert!(!ig.excludes("xa.y"));
        assert!(ig.excludes("lit*.txt"));
        assert!(!ig.excludes("litX.txt"));
        assert!(!m("a[/]b").excludes("a/b"), "a class never matches /");
    }

    #[test]
    fn bad_lines_are_named() {
        let e = Matcher::parse("ok\n[abc\n").expect_err("unclosed class");
        assert_eq!(e.line, 2);
        assert_eq!(
            e.to_string(),
            ".dockerignore line 2: \"[abc\" has an unclosed `[`"
        );
        let message = |text| Matcher::parse(text).map(drop).map_err(|e| e.to_string());
        assert_eq!(
            message("!\n"),
            Err(".dockerignore line 1: `!` without a pattern".into())
        );
        assert_eq!(
            message("ok\na\\"),
            Err(".dockerignore line 2: \"a\\\\\" ends with a lone `\\`".into())
        );
    }

    #[test]
    fn clean_follows_go() {
        assert_eq!(clean("./a//b/"), "a/b");
        assert_eq!(clean("a/../b"), "b");
        assert_eq!(clean("../a"), "../a");
        assert_eq!(clean("/../a"), "/a");
        assert_eq!(clean("./"), ".");
    }
}
