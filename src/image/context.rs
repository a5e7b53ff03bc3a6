//! The build context: the context directory as a tar stream, filtered by
//! its `.dockerignore`, produced while the engine reads it (never whole in
//! memory). Entries carry uid/gid 0 like the docker CLI's, keep their mode
//! and mtime, and symlinks stay symlinks. The Dockerfile and `.dockerignore`
//! are always sent, even when a pattern excludes them; a Dockerfile outside
//! the context is added under [`OUTSIDE_DOCKERFILE`].

use super::dockerignore::Matcher;
use super::ImageError;
use bytes::Bytes;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Name in the tar of a Dockerfile that lives outside the context.
pub const OUTSIDE_DOCKERFILE: &str = ".dockerfile.everai";

/// Size of the chunks handed to the engine connection.
const CHUNK: usize = 64 * 1024;

/// What to send: the context root, its ignore rules and the Dockerfile.
#[derive(Debug, Clone)]
pub struct Context {
    pub root: PathBuf,
    matcher: Matcher,
    /// The Dockerfile's path inside the tar (the build's `dockerfile` option).
    pub dockerfile_name: String,
    /// Set when the Dockerfile is outside the context: its path on disk.
    outside_dockerfile: Option<PathBuf>,
}

/// Counts of what went into the tar.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Summary {
    pub files: u64,
    pub bytes: u64,
}

impl Context {
    /// Checks the context directory and the Dockerfile (both relative to the
    /// current directory unless absolute) and reads `.dockerignore`.
    pub fn new(root: &Path, dockerfile: &Path) -> Result<Context, ImageError> {
        let unreadable = |source| ImageError::Context {
            path: root.to_path_buf(),
            source,
        };
        if !fs::metadata(root).map_err(unreadable)?.is_dir() {
            return Err(ImageError::ContextNotDir(root.to_path_buf()));
        }
        let root = fs::canonicalize(root).map_err(unreadable)?;
        let dockerfile_abs =
            fs::canonicalize(dockerfile).map_err(|source| ImageError::Dockerfile {
                path: dockerfile.to_path_buf(),
                source,
            })?;
        if !dockerfile_abs.is_file() {
            return Err(ImageError::DockerfileNotFile(dockerfile.to_path_buf()));
        }
        let (dockerfile_name, outside_dockerfile) = match dockerfile_abs.strip_prefix(&root) {
            Ok(rel) => (slash_path(rel), None),
            Err(_) => (OUTSIDE_DOCKERFILE.to_string(), Some(dockerfile_abs)),
        };
        let matcher = match fs::read_to_string(root.join(".dockerignore")) {
            Ok(text) => Matcher::parse(&text)?,
            Err(e) if e.kind() == io::ErrorKind::NotFound => Matcher::default(),
            Err(source) => {
                return Err(ImageError::Context {
                    path: root.join(".dockerignore"),
                    source,
                })
            }
        };
        Ok(Context {
            root,
            matcher,
            dockerfile_name,
            outside_dockerfile,
        })
    }

    /// Whether the context entry `rel` is sent.
    pub fn includes(&self, rel: &str) -> bool {
        rel == self.dockerfile_name || rel == ".dockerignore" || !self.matcher.excludes(rel)
    }

    /// Writes the whole context as a tar to `out`.
    pub fn write_tar<W: Write>(&self, out: W) -> io::Result<Summary> {
        let mut tar = tar::Builder::new(out);
        tar.follow_symlinks(false);
        let mut summary = Summary::default();
        self.walk(&mut tar, &self.root, "", &mut summary)?;
        if let Some(path) = &self.outside_dockerfile {
            append(&mut tar, path, OUTSIDE_DOCKERFILE, &mut summary)?;
        }
        tar.into_inner()?.flush()?;
        Ok(summary)
    }

    fn walk<W: Write>(
        &self,
        tar: &mut tar::Builder<W>,
        dir: &Path,
        prefix: &str,
        summary: &mut Summary,
    ) -> io::Result<()> {
        let mut entries = fs::read_dir(dir)
            .and_then(|rd| rd.collect::<io::Result<Vec<_>>>())
            .map_err(|e| named(e, dir))?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let name = entry.file_name();
            let Some(name) = name.to_str() else {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("{}: the file name is not UTF-8", entry.path().display()),
                ));
            };
            let rel = format!("{prefix}{name}");
            let path = entry.path();
            let kind = entry.file_type().map_err(|e| named(e, &path))?;
            let included = self.includes(&rel);
            if kind.is_dir() {
                if included {
                    append(tar, &path, &rel, summary)?;
                } else if !self.matcher.has_exceptions() {
                    // Nothing below an excluded directory can come back.
                    continue;
                }
                self.walk(tar, &path, &format!("{rel}/"), summary)?;
            } else if included {
                append(tar, &path, &rel, summary)?;
            }
        }
        Ok(())
    }

    /// Streams the tar in chunks from a blocking thread. The stream ends with
    /// an error item if reading the context fails; the handle gives the
    /// summary.
    pub fn stream(
        self,
    ) -> (
        impl futures_util::Stream<Item = io::Result<Bytes>> + Send + 'static,
        tokio::task::JoinHandle<io::Result<Summary>>,
    ) {
        let (tx, rx) = tokio::sync::mpsc::channel::<io::Result<Bytes>>(4);
        let handle = tokio::task::spawn_blocking(move || {
            let mut writer = ChunkWriter {
                buf: Vec::with_capacity(CHUNK),
                tx: tx.clone(),
            };
            let result = self.write_tar(&mut writer);
            if let Err(e) = &result {
                let _ = tx.blocking_send(Err(io::Error::new(e.kind(), e.to_string())));
            }
            result
        });
        let stream = futures_util::stream::unfold(rx, |mut rx| async move {
            rx.recv().await.map(|item| (item, rx))
        });
        (stream, handle)
    }
}

fn append<W: Write>(
    tar: &mut tar::Builder<W>,
    path: &Path,
    name: &str,
    summary: &mut Summary,
) -> io::Result<()> {
    let meta = fs::symlink_metadata(path).map_err(|e| named(e, path))?;
    let mut header = tar::Header::new_gnu();
    header.set_metadata_in_mode(&meta, tar::HeaderMode::Complete);
    header.set_uid(0);
    header.set_gid(0);
    let _ = header.set_username("");
    let _ = header.set_groupname("");
    if meta.file_type().is_symlink() {
        let target = fs::read_link(path).map_err(|e| named(e, path))?;
        header.set_size(0);
        tar.append_link(&mut header, name, target)
            .map_err(|e| named(e, path))?;
    } else if meta.is_dir() {
        header.set_size(0);
        tar.append_data(&mut header, format!("{name}/"), io::empty())
            .map_err(|e| named(e, path))?;
    } else if meta.is_file() {
        let file = File::open(path).map_err(|e| named(e, path))?;
        tar.append_data(&mut header, name, file)
            .map_err(|e| named(e, path))?;
        summary.files += 1;
        summary.bytes += meta.len();
    }
    // Sockets, fifos and devices are not build input; the CLI skips them too.
    Ok(())
}

fn named(e: io::Error, path: &Path) -> io::Error {
    io::Error::new(e.kind(), format!("{}: {e}", path.display()))
}

fn slash_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Cuts the tar into chunks for the engine connection; a full channel blocks
/// the writer, so at most a few chunks are ever in memory.
struct ChunkWriter {
    buf: Vec<u8>,
    tx: tokio::sync::mpsc::Sender<io::Result<Bytes>>,
}

impl ChunkWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let chunk = Bytes::from(std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)));
        self.tx.blocking_send(Ok(chunk)).map_err(|_| {
            io::Error::new(
                io::ErrorKind::BrokenPipe,
                "the engine stopped reading the build context",
            )
        })
    }
}

impl Write for ChunkWriter {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        let room = CHUNK - self.buf.len();
        let n = room.min(data.len());
        self.buf.extend_from_slice(&data[..n]);
        if self.buf.len() >= CHUNK {
            self.send()?;
        }
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(ctx: &Context) -> Vec<String> {
        let mut buf = Vec::new();
        ctx.write_tar(&mut buf).expect("tar");
        let mut archive = tar::Archive::new(buf.as_slice());
        archive
            .entries()
            .expect("entries")
            .map(|e| {
                let e = e.expect("entry");
                assert_eq!(e.header().uid().expect("uid"), 0);
                e.path().expect("path").display().to_string()
            })
            .collect()
    }

    fn tree(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        for (name, content) in files {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            fs::write(path, content).expect("write");
        }
        dir
    }

    #[test]
    fn dockerignore_filters_but_dockerfile_and_ignore_file_stay() {
        let dir = tree(&[
            ("Dockerfile", "FROM scratch\n"),
            (".dockerignore", "*\n!keep/**\n!app.txt\n"),
            ("app.txt", "a"),
            ("secret.env", "s"),
            ("keep/sub/x.txt", "x"),
            ("drop/y.txt", "y"),
        ]);
        let ctx = Context::new(dir.path(), &dir.path().join("Dockerfile")).expect("context");
        assert_eq!(ctx.dockerfile_name, "Dockerfile");
        let got = entries(&ctx);
        assert_eq!(
            got,
            // `keep` itself matches `*` only; `keep/**` brings back what is below.
            [
                ".dockerignore",
                "Dockerfile",
                "app.txt",
                "keep/sub/",
                "keep/sub/x.txt"
            ]
        );
    }

    #[test]
    fn excluded_directories_are_not_walked_without_exceptions() {
        let dir = tree(&[
            ("Dockerfile", "FROM scratch\n"),
            (".dockerignore", "target\n"),
            ("target/big", "b"),
            ("src/main.rs", "m"),
        ]);
        let ctx = Context::new(dir.path(), &dir.path().join("Dockerfile")).expect("context");
        assert_eq!(
            entries(&ctx),
            [".dockerignore", "Dockerfile", "src/", "src/main.rs"]
        );
    }

    #[test]
    fn a_dockerfile_outside_the_context_is_added() {
        let ctx_dir = tree(&[("a.txt", "a")]);
        let other = tree(&[("build.Dockerfile", "FROM scratch\n")]);
        let ctx =
            Context::new(ctx_dir.path(), &other.path().join("build.Dockerfile")).expect("context");
        assert_eq!(ctx.dockerfile_name, OUTSIDE_DOCKERFILE);
        assert_eq!(entries(&ctx), ["a.txt", OUTSIDE_DOCKERFILE]);
    }

    #[test]
    fn missing_dockerfile_is_named() {
        let dir = tree(&[("a.txt", "a")]);
        let dockerfile = dir.path().join("Dockerfile");
        let e = Context::new(dir.path(), &dockerfile).expect_err("missing");
        assert_eq!(
            e.to_string(),
            format!(
                "Dockerfile {}: No such file or directory (os error 2); pass -f DOCKERFILE or set `dockerfile` in image_builder.yaml",
                dockerfile.display()
            )
        );
        let e = Context::new(dir.path(), dir.path()).expect_err("a directory");
        assert_eq!(
            e.to_string(),
            format!(
                "Dockerfile {}: not a file; pass -f DOCKERFILE or set `dockerfile` in image_builder.yaml",
                dir.path().display()
            )
        );
        let file = dir.path().join("a.txt");
        let e = Context::new(&file, &dockerfile).expect_err("a file");
        assert_eq!(
            e.to_string(),
            format!("build context {}: not a directory", file.display())
        );
    }

    #[tokio::test]
    async fn the_stream_carries_the_same_tar() {
        use futures_util::StreamExt;
        let dir = tree(&[
            ("Dockerfile", "FROM scratch\n"),
            ("big", &"z".repeat(300_000)),
        ]);
        let ctx = Context::new(dir.path(), &dir.path().join("Dockerfile")).expect("context");
        let mut expected = Vec::new();
        ctx.write_tar(&mut expected).expect("tar");
        let (stream, handle) = ctx.stream();
        let chunks: Vec<Bytes> = stream.map(|c| c.expect("chunk")).collect().await;
        assert!(chunks.iter().all(|c| c.len() <= CHUNK));
        assert_eq!(chunks.concat(), expected);
        let summary = handle.await.expect("join").expect("summary");
        assert_eq!(summary.files, 2);
    }
}
